import type { ChipState } from './create-chip';

// What the collapsed chip says. An empty profile gets no score (every skill would read as missing, a verdict
// about the profile and not the person): the posting's must-have count and a call to add skills instead. A thin
// profile's score says how few skills it rests on, so a low figure is not read as a verdict.

export const UNREADABLE_TEXT = "Couldn't read this posting";

/** Below this many profile skills the score carries "based on N skills". */
export const THIN_PROFILE = 5;

export interface ChipHeadline {
  score: string; // "72%", or '' when there is no score
  band: 'high' | 'mid' | 'low' | null;
  label: string;
}

export function chipHeadline(state: ChipState): ChipHeadline {
  const skills = state.profileSkills;
  if (state.status === 'ready' && skills === 0) {
    const n = state.mustHaves ?? 0;
    return { score: '', band: null, label: `${n} must-have${n === 1 ? '' : 's'} · Add your skills` };
  }
  if (state.status !== 'ready' || state.score === null) {
    const label =
      state.status === 'loading'
        ? 'Reading…'
        : state.status === 'unreadable'
          ? state.headline || UNREADABLE_TEXT
          : state.reason;
    return { score: '', band: null, label };
  }
  const s = state.score;
  return {
    score: `${s}%`,
    band: s >= 70 ? 'high' : s >= 40 ? 'mid' : 'low',
    label:
      skills !== undefined && skills !== null && skills < THIN_PROFILE
        ? `match · based on ${skills} skill${skills === 1 ? '' : 's'}`
        : 'match',
  };
}
