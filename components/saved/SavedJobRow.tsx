import type { SavedJob } from '@/lib/schemas/saved-job';
import { formatDate, STATUS_LABELS } from './status-labels';

export interface SavedJobRowProps {
  job: SavedJob;
  selected: boolean;
  onSelect: (id: string) => void;
}

export function SavedJobRow({ job, selected, onSelect }: SavedJobRowProps) {
  const score = job.match?.score;
  return (
    <button
      type="button"
      className={`gm-saved-row${selected ? ' is-selected' : ''}`}
      aria-pressed={selected}
      onClick={() => onSelect(job.id)}
      title={job.title}
    >
      <span
        className="gm-saved-score"
        data-band={score == null ? 'none' : score >= 75 ? 'high' : score >= 50 ? 'mid' : 'low'}
      >
        {score == null ? '–' : Math.round(score)}
      </span>
      <span className="gm-saved-row-text">
        <span className="gm-saved-row-title">{job.title}</span>
        <span className="gm-saved-row-meta">
          {[job.company, job.location, formatDate(job.savedAt)].filter(Boolean).join(' · ')}
        </span>
      </span>
      <span className={`gm-saved-status is-${job.status}`}>{STATUS_LABELS[job.status]}</span>
    </button>
  );
}
