import { useId } from 'react';
import type { Analysis } from '@/lib/schemas/analysis';
import { buildFactChips } from './build-fact-chips';

// The posting's facts as chips. Each chip is focusable and describes itself with the sentence it was read from:
// the tooltip shows on hover and on keyboard focus, and screen readers hear it through aria-describedby.
export function FactChips({ analysis }: { analysis: Analysis }) {
  const id = useId();
  const chips = buildFactChips(analysis);
  if (chips.length === 0) return null;
  return (
    <ul className="job-facts" aria-label="Also asked">
      {chips.map((chip, i) => {
        const tipId = `${id}-fact-${i}`;
        return (
          <li key={chip.key} className="job-fact">
            {chip.evidence ? (
              <>
                <span
                  className="job-fact-label"
                  tabIndex={0}
                  title={chip.evidence}
                  aria-describedby={tipId}
                  data-fact={chip.key}
                >
                  {chip.label}
                </span>
                <span className="job-fact-tip" role="tooltip" id={tipId}>
                  “{chip.evidence}”
                </span>
              </>
            ) : (
              <span className="job-fact-label" data-fact={chip.key}>
                {chip.label}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
