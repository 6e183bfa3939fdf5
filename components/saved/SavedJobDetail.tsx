import { useEffect, useState } from 'react';
import { JobStatusSchema, type JobStatus, type SavedJob } from '@/lib/schemas/saved-job';
import { fromDateInput, toDateInput } from '@/lib/saved/follow-up-date';
import { formatDate, STATUS_LABELS } from './status-labels';

const NOTES_DELAY_MS = 400;

/** Only web addresses become links: a saved job's URL may come from an imported file and be any string. */
function webUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export interface SavedJobDetailProps {
  job: SavedJob;
  onStatus: (status: JobStatus) => void;
  onNotes: (notes: string) => void;
  onDelete: () => void;
  onClose: () => void;
  /** Sets (ms) or clears (null) the follow-up date; without it the field is not shown. */
  onFollowUp?: (at: number | null) => void;
}

export function SavedJobDetail({
  job,
  onStatus,
  onNotes,
  onDelete,
  onClose,
  onFollowUp,
}: SavedJobDetailProps) {
  // Notes are edited locally and written on blur, so typing does not write to the database on every key.
  // The parent keys this component by job id, so another job starts with its own notes.
  const [notes, setNotes] = useState(job.notes);
  // Also written shortly after typing stops: a popup closes on focus loss, possibly before blur is handled.
  useEffect(() => {
    if (notes === job.notes) return;
    const timer = setTimeout(() => onNotes(notes), NOTES_DELAY_MS);
    return () => clearTimeout(timer);
  }, [notes, job.notes, onNotes]);
  const missing = job.match
    ? job.requirements.filter((r) =>
        job.match?.verdicts.some((v) => v.requirementId === r.id && v.verdict === 'missing'),
      )
    : [];
  const link = webUrl(job.url);
  return (
    <section className="gm-saved-detail" aria-label={`Saved job: ${job.title}`}>
      <div className="gm-saved-detail-head">
        <button type="button" className="gm-saved-back" onClick={onClose} aria-label="Back to the list">
          ←
        </button>
        <h3>
          {link ? (
            <a href={link} target="_blank" rel="noreferrer noopener">
              {job.title}
            </a>
          ) : (
            job.title
          )}
        </h3>
      </div>
      <p className="gm-saved-detail-meta">
        {[job.company, job.location, job.remote ? 'Remote' : null, job.employmentType, job.salary]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {job.match && job.match.score !== null && (
        <p className="gm-saved-detail-score">
          Score {Math.round(job.match.score)} · {job.match.reason}
        </p>
      )}
      {missing.length > 0 && (
        <p className="gm-saved-detail-missing">
          Missing:{' '}
          {missing
            .map((r) => `${r.skill}${r.importance === 'preferred' ? ' (nice to have)' : ''}`)
            .join(', ')}
        </p>
      )}
      <label className="gm-saved-field">
        Status
        <select value={job.status} onChange={(event) => onStatus(event.target.value as JobStatus)}>
          {JobStatusSchema.options.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      {onFollowUp && (
        <div className="gm-saved-followup">
          <label className="gm-saved-field">
            Follow up on
            <input
              type="date"
              name="followUp"
              value={job.followUpAt != null ? toDateInput(job.followUpAt) : ''}
              onChange={(event) => {
                const at = fromDateInput(event.target.value);
                if (at !== null || event.target.value === '') onFollowUp(at);
              }}
            />
          </label>
          {job.followUpAt != null && (
            <button type="button" onClick={() => onFollowUp(null)}>
              No reminder
            </button>
          )}
        </div>
      )}
      <ol className="gm-saved-history" aria-label="Status history">
        {job.statusHistory.map((change, index) => (
          <li key={`${change.status}-${change.at}-${index}`}>
            {STATUS_LABELS[change.status]}{' '}
            <time dateTime={new Date(change.at).toISOString()}>{formatDate(change.at)}</time>
          </li>
        ))}
      </ol>
      <label className="gm-saved-field">
        Notes
        <textarea
          rows={3}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          onBlur={() => notes !== job.notes && onNotes(notes)}
        />
      </label>
      <p className="gm-saved-detail-dates">
        Saved {formatDate(job.savedAt)}
        {job.datePosted ? ` · posted ${job.datePosted}` : ''}
        {job.firstSeenAt != null ? ` · first seen ${formatDate(job.firstSeenAt)}` : ''}
      </p>
      <button type="button" className="gm-saved-delete" onClick={onDelete}>
        Delete
      </button>
    </section>
  );
}
