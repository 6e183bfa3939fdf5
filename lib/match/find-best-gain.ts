import type { ReasonUnit } from './format-reason';

/** The one change to the profile that would raise the score most, and by how many points. */
export interface BestGain {
  unit: ReasonUnit;
  points: number;
}

/**
 * Of the units not fully met, the one whose full credit would raise the rounded score most (ties: must-haves
 * first, then concrete before broad, then the first listed), or null when nothing would add a point.
 */
export function findBestGain<T extends ReasonUnit & { credit: number }>(
  units: readonly T[],
  weightOf: (unit: T) => number,
  earned: number,
  possible: number,
): BestGain | null {
  if (possible <= 0) return null;
  const score = Math.round((100 * earned) / possible);
  let best: BestGain | null = null;
  let bestRaw = 0;
  for (const unit of units) {
    if (unit.credit >= 1) continue;
    const raw = weightOf(unit) * (1 - unit.credit);
    const points = Math.round((100 * (earned + raw)) / possible) - score;
    if (points >= 1 && raw > bestRaw + 1e-9) {
      best = { unit, points };
      bestRaw = raw;
    }
  }
  return best;
}
