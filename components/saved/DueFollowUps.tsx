import type { SavedJob } from '@/lib/schemas/saved-job';
import { formatDate } from './status-labels';

export interface DueFollowUpsProps {
  /** The jobs whose follow-up date has come (lib/saved/reminders' dueFollowUps). */
  due: readonly SavedJob[];
  onSelect: (id: string) => void;
}

/** What is due: each job whose follow-up date has come, longest overdue first; a click opens it. */
export function DueFollowUps({ due, onSelect }: DueFollowUpsProps) {
  if (due.length === 0) return null;
  return (
    <section className="gm-due" aria-labelledby="gm-due-title">
      <h2 id="gm-due-title" className="gm-due-title">
        Follow up ({due.length})
      </h2>
      <ul className="gm-due-list">
        {due.map((job) => (
          <li key={job.id}>
            <button type="button" className="gm-due-item" onClick={() => onSelect(job.id)}>
              {job.title}
              {job.company ? ` · ${job.company}` : ''}
              <span className="gm-due-date"> · due {formatDate(job.followUpAt ?? 0)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
