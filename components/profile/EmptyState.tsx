interface EmptyStateProps {
  onPasteCv: () => void;
  onImport: () => void;
}

/** What a new person sees: why the profile matters and three ways to start it. */
export function EmptyState({ onPasteCv, onImport }: EmptyStateProps) {
  return (
    <div className="gp-empty">
      <h3 className="gp-panel-title">Your profile is empty</h3>
      <p className="gp-muted">
        Add the skills you have. On every job posting, Gapmark then marks what you have, what you lack and
        what is only nice to have. Your profile stays on this computer.
      </p>
      <ol className="gp-empty-steps">
        <li>Type a skill in “Add a skill” above (try “k8s”), or</li>
        <li>
          <button type="button" className="gp-link" onClick={onPasteCv}>
            paste your CV
          </button>{' '}
          and keep the skills found in it, or
        </li>
        <li>
          <button type="button" className="gp-link" onClick={onImport}>
            import a JSON Resume file
          </button>
          .
        </li>
      </ol>
    </div>
  );
}
