// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFactChips } from '@/components/job/build-fact-chips';
import { FactChips } from '@/components/job/FactChips';
import { analyzeText } from '@/lib/requirements/analyze-text';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const analysis = analyzeText(
  [
    'Senior Data Engineer',
    'Requirements',
    '- 4+ years of experience with data pipelines.',
    "- A Master's degree in a quantitative field is a plus.",
    '- Fluent English; Spanish would be an advantage.',
    '- You must be authorised to work in the UK.',
    'Benefits',
    '- This is a fully remote role.',
    '- £60,000 - £75,000 a year.',
    '- We cannot sponsor visas.',
  ].join('\n'),
);

describe('buildFactChips', () => {
  it('gives each fact a label and the sentence it came from', () => {
    expect(buildFactChips(analysis).map((c) => [c.label, c.evidence])).toEqual([
      ['4+ years overall', '- 4+ years of experience with data pipelines.'],
      ['Senior', 'Senior Data Engineer'],
      ["Master's preferred", "- A Master's degree in a quantitative field is a plus."],
      ['English', '- Fluent English; Spanish would be an advantage.'],
      ['Spanish (a plus)', '- Fluent English; Spanish would be an advantage.'],
      ['Remote', '- This is a fully remote role.'],
      ['No visa sponsorship', '- We cannot sponsor visas.'],
      ['Must be authorised to work', '- You must be authorised to work in the UK.'],
      ['£60,000–£75,000 a year', '- £60,000 - £75,000 a year.'],
    ]);
  });

  it('shows nothing the posting does not say', () => {
    expect(buildFactChips(analyzeText('Backend Developer\nYou write Go with the team.'))).toEqual([]);
  });

  it('still shows an older analysis without evidence', () => {
    const older = { ...analysis, evidence: undefined, languageRequirements: undefined, workplace: undefined };
    const chips = buildFactChips(older);
    expect(chips.find((c) => c.key === 'minYears')).toEqual({
      key: 'minYears',
      label: '4+ years overall',
      evidence: null,
    });
    expect(chips.map((c) => c.label)).toContain('Spanish');
  });
});

describe('FactChips', () => {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('makes each chip focusable and described by its evidence', () => {
    act(() => root.render(<FactChips analysis={analysis} />));
    const chip = container.querySelector<HTMLElement>('[data-fact="workplace"]');
    expect(chip?.textContent).toBe('Remote');
    expect(chip?.tabIndex).toBe(0);
    expect(chip?.title).toBe('- This is a fully remote role.');
    const tip = document.getElementById(chip?.getAttribute('aria-describedby') ?? '');
    expect(tip?.getAttribute('role')).toBe('tooltip');
    expect(tip?.textContent).toContain('This is a fully remote role.');
    chip?.focus();
    expect(document.activeElement).toBe(chip);
  });
});
