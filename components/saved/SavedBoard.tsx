import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { cardAge, neighbourStatus, nextStep } from '@/lib/saved/board-card';
import { JobStatusSchema, type JobStatus, type SavedJob } from '@/lib/schemas/saved-job';
import { formatDate, STATUS_LABELS } from './status-labels';

const STATUSES = JobStatusSchema.options;
const DRAG_TYPE = 'application/x-gapmark-job';

export interface SavedBoardProps {
  jobs: readonly SavedJob[];
  selectedId: string | null;
  now: number;
  onMove: (id: string, status: JobStatus) => void;
  onSelect: (id: string) => void;
}

/**
 * Saved jobs as one column per status. A card moves by drag and drop onto another column, or from the
 * keyboard: focus it and press ← or → (it keeps the focus in its new column). Enter opens it.
 */
export function SavedBoard({ jobs, selectedId, now, onMove, onSelect }: SavedBoardProps) {
  const [announcement, setAnnouncement] = useState('');
  const [dropTarget, setDropTarget] = useState<JobStatus | null>(null);
  const follow = useRef<string | null>(null);
  const board = useRef<HTMLDivElement>(null);

  // After a keyboard move the card is rendered in its new column: give it the focus back.
  useEffect(() => {
    const id = follow.current;
    if (!id || !board.current) return;
    const card = board.current.querySelector<HTMLElement>(`[data-job-id="${CSS.escape(id)}"]`);
    if (card && card.dataset.status === jobs.find((job) => job.id === id)?.status) {
      card.focus();
      follow.current = null;
    }
  }, [jobs]);

  const move = (job: SavedJob, status: JobStatus) => {
    if (job.status === status) return;
    onMove(job.id, status);
    setAnnouncement(`Moved “${job.title}” to ${STATUS_LABELS[status]}`);
  };

  const onCardKey = (event: KeyboardEvent<HTMLElement>, job: SavedJob) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(job.id);
      return;
    }
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const target = neighbourStatus(STATUSES, job.status, step);
    if (!target) return;
    follow.current = job.id;
    move(job, target);
  };

  const onDrop = (event: DragEvent<HTMLElement>, status: JobStatus) => {
    event.preventDefault();
    setDropTarget(null);
    const id = event.dataTransfer.getData(DRAG_TYPE) || event.dataTransfer.getData('text/plain');
    const job = jobs.find((candidate) => candidate.id === id);
    if (job) move(job, status);
  };

  return (
    <div className="gm-board-wrap">
      <p className="gm-board-hint" id="gm-board-hint">
        Drag a card to another column, or focus it and press ← or → to move it; Enter opens it.
      </p>
      <div className="gm-board" ref={board}>
        {STATUSES.map((status) => {
          const column = jobs.filter((job) => job.status === status);
          return (
            <section
              key={status}
              className={`gm-board-column${dropTarget === status ? ' is-drop-target' : ''}`}
              data-status={status}
              aria-label={`${STATUS_LABELS[status]} (${column.length})`}
              onDragOver={(event) => {
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                setDropTarget(status);
              }}
              onDragLeave={() => setDropTarget((current) => (current === status ? null : current))}
              onDrop={(event) => onDrop(event, status)}
            >
              <h3 className="gm-board-title">
                {STATUS_LABELS[status]} <span className="gm-board-count">{column.length}</span>
              </h3>
              <ul className="gm-board-cards">
                {column.map((job) => {
                  const score = job.match?.score;
                  const step = nextStep(job, now, formatDate);
                  return (
                    <li key={job.id}>
                      <article
                        className={`gm-board-card${job.id === selectedId ? ' is-selected' : ''}`}
                        tabIndex={0}
                        draggable
                        data-job-id={job.id}
                        data-status={job.status}
                        aria-label={`${job.title}${job.company ? `, ${job.company}` : ''}, ${STATUS_LABELS[job.status]}`}
                        aria-describedby="gm-board-hint"
                        aria-keyshortcuts="ArrowLeft ArrowRight Enter"
                        onDragStart={(event) => {
                          event.dataTransfer.setData(DRAG_TYPE, job.id);
                          event.dataTransfer.setData('text/plain', job.id);
                          event.dataTransfer.effectAllowed = 'move';
                        }}
                        onDragEnd={() => setDropTarget(null)}
                        onKeyDown={(event) => onCardKey(event, job)}
                        onClick={() => onSelect(job.id)}
                      >
                        <span
                          className="gm-saved-score"
                          data-band={
                            score == null ? 'none' : score >= 75 ? 'high' : score >= 50 ? 'mid' : 'low'
                          }
                        >
                          {score == null ? '–' : Math.round(score)}
                        </span>
                        <span className="gm-board-card-text">
                          <span className="gm-board-card-title">{job.title}</span>
                          {job.company && <span className="gm-board-card-meta">{job.company}</span>}
                          <span className="gm-board-card-meta">{cardAge(job, now)}</span>
                          {step && (
                            <span className={`gm-board-next${step.due ? ' is-due' : ''}`}>
                              Next: {step.text}
                            </span>
                          )}
                        </span>
                      </article>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
      <p className="gm-sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
