import type { DealbreakerReport } from '@/lib/match/dealbreakers';

/** The posting's conflicts with the person's dealbreakers, each with the sentence that says so. */
export function DealbreakerList({ report }: { report: DealbreakerReport | null | undefined }) {
  if (!report || (report.conflicts.length === 0 && report.notes.length === 0)) return null;
  return (
    <section className="job-dealbreakers" aria-label="Dealbreakers">
      {report.conflicts.length > 0 && (
        <ul className="job-dealbreaker-list">
          {report.conflicts.map((flag) => (
            <li key={`${flag.kind}-${flag.text}`} className="job-dealbreaker">
              <span aria-hidden="true">⚠ </span>
              {flag.text}
              {flag.evidence && <q className="job-evidence">{flag.evidence}</q>}
            </li>
          ))}
        </ul>
      )}
      {report.notes.map((note) => (
        <p key={`${note.kind}-${note.text}`} className="job-dealbreaker-note">
          {note.text}
        </p>
      ))}
    </section>
  );
}
