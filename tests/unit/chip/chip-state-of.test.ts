import { describe, expect, it } from 'vitest';
import { chipStateOf } from '@/lib/chip/chip-state-of';
import { scoreMatch } from '@/lib/match/score-match';
import { noRelations } from '@/lib/match/skill-relations';
import { analysisOf, requirement } from '../match/build-fixtures';

describe('chipStateOf', () => {
  const posting = analysisOf([requirement('kafka', 'Kafka')]);
  const unread = analysisOf([], [], { isJobPosting: false });

  it.each([
    ['nothing yet', null, null, { status: 'loading', score: null, gaps: 0 }],
    ['not read', unread, scoreMatch(unread, [], noRelations), { status: 'unreadable', score: null, gaps: 0 }],
    ['scored', posting, scoreMatch(posting, [], noRelations), { status: 'ready', score: 0, gaps: 3 }],
  ] as const)('%s', (_case, analysis, match, expected) => {
    const state = chipStateOf(analysis, match, { 'missing-required': 2, 'missing-preferred': 1, have: 5 });
    expect(state).toMatchObject(expected);
    expect(state.reason).toBe(match?.reason ?? '');
  });
});
