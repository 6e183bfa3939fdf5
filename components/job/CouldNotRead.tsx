import { couldNotReadText } from '@/lib/sites/read-report';

/** A known board's posting that Gapmark could not read: no score, and a local report for a bug report. */
export function CouldNotRead({ board, onSaveReport }: { board: string; onSaveReport?: () => void }) {
  return (
    <div className="job-tab job-message" role="status">
      <h2 className="job-message-title">{couldNotReadText(board)}</h2>
      <p>
        The page did not show Gapmark a posting it could read, so there is no score. A report (the address,
        what Gapmark looked for, the page&apos;s first 200 characters, nothing from your profile) helps fix
        it. It is saved as a file on this computer and never sent.
      </p>
      {onSaveReport && (
        <button type="button" className="job-button job-button-primary" onClick={onSaveReport}>
          Save a report
        </button>
      )}
    </div>
  );
}
