import type { JobRows } from './build-job-rows';
import { THIN_PROFILE } from '@/lib/chip/chip-headline';
import './profile-hint.css';

// What "This job" says when the profile cannot carry a verdict yet: nothing in it (no score, the must-haves to
// add), or only a few skills (the score, and how few skills it rests on).

export function EmptyProfileBanner({ mustHaves, onOpen }: { mustHaves: number; onOpen?: () => void }) {
  return (
    <div className="job-empty-profile" role="note" aria-label="Your profile is empty">
      <p>
        <strong>
          This posting has {mustHaves} must-have{mustHaves === 1 ? '' : 's'}.
        </strong>{' '}
        Add your skills to see how you match: press <q>+ Add</q> beside the ones you have, or start your
        profile in a minute.
      </p>
      {onOpen && (
        <button type="button" className="job-button job-button-primary" onClick={onOpen}>
          Start your profile
        </button>
      )}
    </div>
  );
}

export function ThinProfileNote({ skills }: { skills: number }) {
  if (skills >= THIN_PROFILE) return null;
  return (
    <p className="job-thin-profile">
      based on {skills} skill{skills === 1 ? '' : 's'}: add more for a fairer figure
    </p>
  );
}

/** The rows without verdicts (an empty profile has none worth showing), every requirement offered to add. */
export function rowsWithoutVerdicts(rows: JobRows): JobRows {
  const strip = (list: JobRows['required']) =>
    list.map((row) => ({ ...row, verdict: null, verdictText: '' }));
  return {
    required: strip(rows.required),
    preferred: strip(rows.preferred),
    mentioned: strip(rows.mentioned),
  };
}
