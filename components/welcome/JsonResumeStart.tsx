import { useRef } from 'react';

interface JsonResumeStartProps {
  onFile(file: File): void;
}

/** Quick start 2: a JSON Resume file (or Gapmark's own export), read with the Profile tab's import. */
export function JsonResumeStart({ onFile }: JsonResumeStartProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className="gw-card" aria-labelledby="gw-resume-title">
      <h3 id="gw-resume-title" className="gp-panel-title">
        Import a JSON Resume
      </h3>
      <p className="gp-muted">
        A <code>resume.json</code> file (jsonresume.org) or a Gapmark export. Its skills are added; nothing is
        uploaded.
      </p>
      <button type="button" className="gp-button gp-primary" onClick={() => input.current?.click()}>
        Choose a file…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="gp-sr-only"
        tabIndex={-1}
        aria-label="JSON Resume file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </section>
  );
}
