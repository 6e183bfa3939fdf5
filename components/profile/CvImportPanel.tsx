import { useId } from 'react';
import type { CvSkillFinding } from '@/lib/profile/extract-cv-skills';
import { useProfileUi } from './profile-store-context';

interface CvImportPanelProps {
  inProfile: ReadonlySet<string>;
  /** Finds skills in the text; null while the taxonomy is still loading. */
  extract: ((text: string) => CvSkillFinding[]) | null;
  onAddChosen: (findings: CvSkillFinding[]) => void;
}

function Evidence({ finding }: { finding: CvSkillFinding }) {
  const { evidence, evidenceStart: start, evidenceEnd: end } = finding;
  return (
    <span className="gp-evidence">
      {evidence.slice(0, start)}
      <mark>{evidence.slice(start, end)}</mark>
      {evidence.slice(end)}
    </span>
  );
}

/** Quick start: paste a CV, see the skills found with the line that shows each, keep the ticked ones. */
export function CvImportPanel({ inProfile, extract, onAddChosen }: CvImportPanelProps) {
  const text = useProfileUi((s) => s.profileCvText);
  const findings = useProfileUi((s) => s.profileCvFindings);
  const chosen = useProfileUi((s) => s.profileCvChosen);
  const setText = useProfileUi((s) => s.setProfileCvText);
  const setFindings = useProfileUi((s) => s.setProfileCvFindings);
  const toggle = useProfileUi((s) => s.toggleProfileCvChoice);
  const openPanel = useProfileUi((s) => s.openProfilePanel);
  const id = useId();

  const find = () => {
    if (!extract) return;
    const found = extract(text);
    // Words that are also ordinary English ("basic", "React") start unticked: the evidence line decides.
    setFindings(
      found,
      found.filter((f) => !inProfile.has(f.skillId) && !f.ambiguous).map((f) => f.skillId),
    );
  };
  const chosenFindings = (findings ?? []).filter(
    (f) => chosen.includes(f.skillId) && !inProfile.has(f.skillId),
  );

  return (
    <section className="gp-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="gp-panel-title">
        Start from your CV
      </h3>
      <label htmlFor={`${id}-text`} className="gp-muted">
        Paste your CV’s text. It is read here and never leaves this computer.
      </label>
      <textarea
        id={`${id}-text`}
        className="gp-input gp-cv-text"
        rows={6}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="gp-actions">
        <button
          type="button"
          className="gp-button gp-primary"
          disabled={!text.trim() || !extract}
          onClick={find}
        >
          {extract ? 'Find skills' : 'Loading skills…'}
        </button>
        <button type="button" className="gp-button" onClick={() => openPanel('none')}>
          Close
        </button>
      </div>
      {findings && findings.length === 0 && (
        <p className="gp-muted" role="status">
          No known skills found in this text.
        </p>
      )}
      {findings && findings.length > 0 && (
        <fieldset className="gp-findings">
          <legend>
            {findings.length} skill{findings.length === 1 ? '' : 's'} found: tick the ones to keep
          </legend>
          <ul>
            {findings.map((finding) => {
              const have = inProfile.has(finding.skillId);
              return (
                <li key={finding.skillId}>
                  <label className="gp-finding">
                    <input
                      type="checkbox"
                      checked={have || chosen.includes(finding.skillId)}
                      disabled={have}
                      onChange={() => toggle(finding.skillId)}
                    />
                    <span>
                      <strong>{finding.name}</strong>
                      {have && <span className="gp-badge">in profile</span>}
                      {!have && finding.ambiguous && (
                        <span className="gp-badge" title="Also an ordinary word: check the line below">
                          check
                        </span>
                      )}
                      <Evidence finding={finding} />
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
          <button
            type="button"
            className="gp-button gp-primary"
            disabled={chosenFindings.length === 0}
            onClick={() => onAddChosen(chosenFindings)}
          >
            Add {chosenFindings.length} skill{chosenFindings.length === 1 ? '' : 's'}
          </button>
        </fieldset>
      )}
    </section>
  );
}
