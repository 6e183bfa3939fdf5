import type { ReactNode } from 'react';
import type { Analysis } from '@/lib/schemas/analysis';
import type { Match, Verdict } from '@/lib/schemas/match';
import type { DealbreakerReport } from '@/lib/match/dealbreakers';
import { DealbreakerList } from './DealbreakerList';
import { CouldNotRead } from './CouldNotRead';
import { buildJobRows, type AddableSkill, type JobRow } from './build-job-rows';
import { FactChips } from './FactChips';
import { EmptyProfileBanner, rowsWithoutVerdicts, ThinProfileNote } from './ProfileHint';
import './job-tab.css';

export type JobTabStatus = 'loading' | 'not-posting' | 'no-access' | 'ready';

export interface JobTabProps {
  status: JobTabStatus;
  analysis?: Analysis | null;
  match?: Match | null;
  /** Whether "Enable on this site" can be offered (an http(s) page the extension may ask to read). */
  canEnableSite?: boolean;
  saved?: boolean;
  /** The posting's conflicts with the person's dealbreakers. */
  dealbreakers?: DealbreakerReport | null;
  /** What the person already did with this posting and its age (components/job/GlanceLines.tsx). */
  glance?: ReactNode;
  onEnableSite?(): void;
  onAddToProfile?(skillId: string, skill: AddableSkill): void;
  onSave?(): void;
  /** The board whose posting this page is but could not be read ("LinkedIn"): say so, offer a report. */
  couldNotRead?: string | null;
  onSaveReport?(): void;
  /** How many skills the profile has (null while unknown): none shows no score, few a caveat. */
  profileSkills?: number | null;
  /** Opens the welcome page's quick start. */
  onStartProfile?(): void;
}

// Icon and words together: the verdict never rests on colour alone.
const VERDICT_ICON: Record<Verdict, string> = { have: '✓', related: '≈', short: '◔', missing: '✗' };

function scoreBand(score: number): string {
  return score >= 70 ? 'high' : score >= 40 ? 'mid' : 'low';
}

function EnableSite({ canEnableSite, onEnableSite }: Pick<JobTabProps, 'canEnableSite' | 'onEnableSite'>) {
  if (!canEnableSite || !onEnableSite) return null;
  return (
    <button type="button" className="job-button job-button-primary" onClick={onEnableSite}>
      Enable on this site
    </button>
  );
}

function RequirementRow({ row, onAdd }: { row: JobRow; onAdd?: JobTabProps['onAddToProfile'] }) {
  return (
    <li className={`job-row job-verdict-${row.verdict ?? 'none'}`}>
      <span className="job-row-icon" aria-hidden="true">
        {row.verdict ? VERDICT_ICON[row.verdict] : '·'}
      </span>
      <span className="job-row-main">
        <span className="job-row-label">{row.label}</span>
        {row.yearsAsked !== null && <span className="job-row-years">{row.yearsAsked}+ yrs</span>}
        {row.verdictText && <span className="job-row-verdict">{row.verdictText}</span>}
      </span>
      {onAdd && row.addable.length > 0 && (
        <span className="job-row-actions">
          {row.addable.map((skill) => (
            <button
              key={skill.skillId}
              type="button"
              className="job-button job-button-small"
              aria-label={`Add ${skill.name} to profile`}
              onClick={() => onAdd(skill.skillId, skill)}
            >
              {row.addable.length > 1 ? `+ ${skill.name}` : '+ Add'}
            </button>
          ))}
        </span>
      )}
    </li>
  );
}

function RequirementList({
  title,
  rows,
  onAdd,
}: {
  title: string;
  rows: JobRow[];
  onAdd?: JobTabProps['onAddToProfile'];
}) {
  if (rows.length === 0) return null;
  const id = `job-list-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className="job-section" aria-labelledby={id}>
      <h3 id={id} className="job-section-title">
        {title} <span className="job-count">({rows.length})</span>
      </h3>
      <ul className="job-list">
        {rows.map((row) => (
          <RequirementRow key={row.key} row={row} onAdd={onAdd} />
        ))}
      </ul>
    </section>
  );
}

function Message({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="job-tab job-message" role="status">
      <h2 className="job-message-title">{title}</h2>
      {children}
    </div>
  );
}

/** The popup's "This job" tab: what the posting asks, what you have, what you lack. */
export function JobTab(props: JobTabProps) {
  const { status, analysis, match, saved, onSave, onAddToProfile } = props;

  if (status === 'loading') {
    return (
      <div className="job-tab job-message" aria-busy="true">
        <p>Reading this page…</p>
      </div>
    );
  }
  if (status === 'no-access') {
    return (
      <Message title="Gapmark is not reading this site">
        <p>It reads known job boards by default. Allow it here to see your match on this page.</p>
        <EnableSite {...props} />
      </Message>
    );
  }
  if (status === 'not-posting' && props.couldNotRead) {
    return <CouldNotRead board={props.couldNotRead} onSaveReport={props.onSaveReport} />;
  }
  if (status === 'not-posting' || !analysis) {
    return (
      <Message title="This page is not a job posting">
        <p>Open a single job posting to see what it asks for and how you match.</p>
        <EnableSite {...props} />
      </Message>
    );
  }
  if (!analysis.isJobPosting) {
    return (
      <Message title="Couldn't read this posting">
        <p>{match?.reason ?? 'Gapmark could not find a job posting on this page.'}</p>
        <EnableSite {...props} />
      </Message>
    );
  }

  const emptyProfile = props.profileSkills === 0;
  const rows = emptyProfile
    ? rowsWithoutVerdicts(buildJobRows(analysis, match ?? null))
    : buildJobRows(analysis, match ?? null);
  const { posting } = analysis;

  return (
    <div className="job-tab">
      <header className="job-header">
        <div className="job-heading">
          <h2 className="job-title">{posting.title ?? 'Untitled posting'}</h2>
          {(posting.company || posting.location) && (
            <p className="job-company">{[posting.company, posting.location].filter(Boolean).join(' · ')}</p>
          )}
          {props.glance}
        </div>
        {onSave && (
          <button
            type="button"
            className="job-button job-button-primary"
            onClick={onSave}
            disabled={saved}
            aria-label={saved ? 'Saved to your jobs' : 'Save this job'}
          >
            {saved ? '✓ Saved' : 'Save'}
          </button>
        )}
      </header>

      <section className="job-summary" aria-label="Match">
        {emptyProfile ? (
          <EmptyProfileBanner mustHaves={match?.required.total ?? 0} onOpen={props.onStartProfile} />
        ) : match?.score !== null && match?.score !== undefined ? (
          <p className={`job-score job-score-${scoreBand(match.score)}`}>
            <span className="job-score-value">{match.score}%</span> match
          </p>
        ) : (
          <p className="job-score job-score-none">No score</p>
        )}
        {!emptyProfile && typeof props.profileSkills === 'number' && match?.score != null && (
          <ThinProfileNote skills={props.profileSkills} />
        )}
        {match && !emptyProfile && <p className="job-reason">{match.reason}</p>}
        <DealbreakerList report={props.dealbreakers} />
        <FactChips analysis={analysis} />
      </section>

      <RequirementList title="Required" rows={rows.required} onAdd={onAddToProfile} />
      <RequirementList title="Nice to have" rows={rows.preferred} onAdd={onAddToProfile} />
      {rows.mentioned.length > 0 && (
        <details className="job-mentioned">
          <summary>Also mentioned ({rows.mentioned.length})</summary>
          <RequirementList title="Mentioned" rows={rows.mentioned} onAdd={onAddToProfile} />
        </details>
      )}
    </div>
  );
}
