// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChip, type Chip } from '@/lib/chip/create-chip';
import { chipHeadline, THIN_PROFILE } from '@/lib/chip/chip-headline';
import { addGapList } from '@/lib/chip/gap-list';
import { addSkillsButton } from '@/lib/chip/add-skills-button';
import { chipGaps, emptyProfileReason, neutralMatch } from '@/lib/chip/empty-profile';
import { markVerdictOf } from '@/lib/highlight/mark-verdict';
import type { Analysis } from '@/lib/schemas/analysis';
import type { Match } from '@/lib/schemas/match';

let chip: Chip | null = null;
afterEach(() => {
  chip?.destroy();
  chip = null;
  document.body.innerHTML = '';
});

const READY = {
  status: 'ready' as const,
  score: 12,
  reason: 'Meets 1 of 9 required; missing Kafka',
  gaps: 3,
  pageEnabled: true,
  siteEnabled: true,
  saved: false,
  flags: [],
};

describe('chipHeadline', () => {
  it('shows no score for an empty profile: the must-haves and a call to add skills', () => {
    const shown = chipHeadline({ ...READY, profileSkills: 0, mustHaves: 10 });
    expect(shown).toEqual({ score: '', band: null, label: '10 must-haves · Add your skills' });
    expect(chipHeadline({ ...READY, profileSkills: 0, mustHaves: 1 }).label).toBe(
      '1 must-have · Add your skills',
    );
  });

  it.each([
    [1, 'match · based on 1 skill'],
    [THIN_PROFILE - 1, `match · based on ${THIN_PROFILE - 1} skills`],
    [THIN_PROFILE, 'match'],
    [40, 'match'],
    [null, 'match'],
  ])('a profile of %s skills reads "%s"', (skills, label) => {
    const shown = chipHeadline({ ...READY, profileSkills: skills });
    expect(shown.score).toBe('12%');
    expect(shown.band).toBe('low');
    expect(shown.label).toBe(label);
  });

  it('says nothing about the profile before a posting is read', () => {
    expect(chipHeadline({ ...READY, status: 'loading', profileSkills: 0 }).label).toBe('Reading…');
  });
});

describe('the chip for a new person', () => {
  it('renders the empty-profile headline without a score band, and announces it politely once', () => {
    chip = createChip(document);
    chip.update({ ...READY, profileSkills: 0, mustHaves: 4 });
    const $ = (s: string) => chip!.root.querySelector(s) as HTMLElement;
    expect($('.score').textContent).toBe('');
    expect($('.score').dataset.band).toBeUndefined();
    expect($('.label').textContent).toBe('4 must-haves · Add your skills');
    const live = $('[aria-live="polite"][role="status"]');
    expect(live.textContent).toBe('Gapmark: 4 must-haves · Add your skills');
    chip.update({ ...READY, profileSkills: 3 });
    expect(live.textContent).toBe('Gapmark: 12% match · based on 3 skills');
  });

  it('"Add your skills" calls back and can be removed', () => {
    chip = createChip(document);
    const onAdd = vi.fn();
    const remove = addSkillsButton(chip, onAdd);
    const button = chip.root.querySelector<HTMLButtonElement>('.actions .add-skills')!;
    button.click();
    expect(onAdd).toHaveBeenCalledOnce();
    remove();
    expect(chip.root.querySelector('.add-skills')).toBeNull();
  });

  it('N in the chip goes to the next gap; not while typing in a toggle, not without gaps', () => {
    const onNextGap = vi.fn();
    chip = createChip(document, { onNextGap }, { expanded: true });
    chip.update(READY);
    const summary = chip.root.querySelector<HTMLElement>('.summary')!;
    summary.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true, composed: true }));
    expect(onNextGap).toHaveBeenCalledOnce();
    chip.update({ gaps: 0 });
    summary.dispatchEvent(new KeyboardEvent('keydown', { key: 'N', bubbles: true, composed: true }));
    expect(onNextGap).toHaveBeenCalledOnce();
    expect(chip.root.querySelector('.next')?.getAttribute('aria-keyshortcuts')).toBe('N');
  });

  it('the gap list has one button per gap, each visiting its marks in turn', () => {
    chip = createChip(document, {}, { expanded: true });
    const onGo = vi.fn();
    const list = addGapList(chip, onGo);
    list.update([
      { name: 'Kafka', offsets: [10, 50], required: true },
      { name: 'Go', offsets: [80], required: false },
    ]);
    const buttons = [...chip.root.querySelectorAll<HTMLButtonElement>('.gaps button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Kafka (2)', 'Go']);
    expect(buttons[0]!.getAttribute('aria-label')).toBe('Kafka (2), required: go to its mark');
    buttons[0]!.click();
    buttons[0]!.click();
    buttons[0]!.click();
    buttons[1]!.click();
    expect(onGo.mock.calls.map((c) => c[0])).toEqual([10, 50, 10, 80]);
    // The list sits in the panel, before the actions, so Tab reaches it after the reason.
    expect(chip.root.querySelector('.gaps + .actions')).not.toBeNull();
    list.update([]);
    expect(chip.root.querySelectorAll('.gaps li')).toHaveLength(0);
  });
});

const analysis = {
  isJobPosting: true,
  requirements: [
    {
      id: 'kafka',
      skill: 'Kafka',
      importance: 'required',
      group: null,
      mentions: [
        { start: 40, end: 45 },
        { start: 5, end: 10 },
      ],
    },
    { id: 'go', skill: 'Go', importance: 'preferred', group: null, mentions: [{ start: 60, end: 62 }] },
    { id: 'php', skill: 'PHP', importance: 'required', group: null, mentions: [{ start: 70, end: 73 }] },
    {
      id: 'python',
      skill: 'Python',
      importance: 'required',
      group: 'g1',
      mentions: [{ start: 80, end: 86 }],
    },
    { id: 'ruby', skill: 'Ruby', importance: 'required', group: 'g1', mentions: [{ start: 90, end: 94 }] },
    {
      id: 'teamwork',
      skill: 'Teamwork',
      importance: 'required',
      group: null,
      mentions: [{ start: 99, end: 107 }],
    },
  ],
  groups: [{ id: 'g1', mode: 'any', requirementIds: ['python', 'ruby'] }],
} as unknown as Analysis;
const verdict = (requirementId: string, v: string, importance?: string) => ({
  requirementId,
  verdict: v,
  credit: v === 'have' ? 1 : 0,
  via: null,
  profileYears: null,
  yearsAsked: null,
  ...(importance ? { importance } : {}),
});
const match = {
  score: 40,
  reason: '',
  verdicts: [
    verdict('kafka', 'missing', 'required'),
    verdict('go', 'missing', 'preferred'),
    verdict('php', 'have', 'required'),
    verdict('python', 'have', 'required'),
    verdict('ruby', 'missing', 'required'),
    verdict('teamwork', 'missing', 'mentioned'),
  ],
  required: { met: 2, total: 4 },
  preferred: { met: 0, total: 1 },
  missingRequired: ['Kafka'],
  missingPreferred: ['Go'],
  groups: [{ groupId: 'g1', verdict: 'have', credit: 1, bestRequirementId: 'python' }],
} as unknown as Match;

describe('chipGaps and neutralMatch', () => {
  it('lists the missing required and nice-to-have skills with their mark offsets in page order', () => {
    expect(chipGaps({ analysis, match })).toEqual([
      { name: 'Kafka', offsets: [5, 40], required: true },
      { name: 'Go', offsets: [60], required: false },
    ]);
  });

  it('an empty profile marks every requirement neutrally: no missing-required or missing-preferred mark', () => {
    const neutral = neutralMatch(match);
    const marks = neutral.verdicts.map((v) => markVerdictOf(v.verdict, v.importance ?? 'required'));
    expect(marks).not.toContain('missing-required');
    expect(marks).not.toContain('missing-preferred');
    expect(neutral.score).toBe(match.score);
    expect(chipGaps({ analysis, match: neutral })).toEqual([]);
  });
});

describe('emptyProfileReason', () => {
  it('says what the posting asks for and what to do, never a "Meets 0 of N" verdict', () => {
    const line = emptyProfileReason({ required: { met: 0, total: 23 }, preferred: { met: 0, total: 9 } });
    expect(line).toBe(
      'No score yet: your profile has no skills. This posting asks for 23 must-haves and 9 nice-to-haves; add the skills you have to see how you match.',
    );
    expect(line).not.toMatch(/Meets|missing/i);
    expect(emptyProfileReason({ required: { met: 0, total: 1 }, preferred: { met: 0, total: 0 } })).toContain(
      'asks for 1 must-have;',
    );
  });
});
