import { describe, expect, it } from 'vitest';
import { markVerdictOf } from '@/lib/highlight/mark-verdict';
import { buildHighlightCss, VERDICT_STYLES } from '@/lib/highlight/verdict-styles';
import { luminanceOf } from '@/lib/highlight/detect-page-theme';

describe('markVerdictOf', () => {
  it.each([
    ['have', 'required', false, 'have'],
    ['related', 'preferred', false, 'related'],
    ['short', 'required', false, 'short'],
    ['missing', 'required', false, 'missing-required'],
    ['missing', 'preferred', false, 'missing-preferred'],
    ['missing', 'mentioned', false, 'mentioned'],
    // Go is missing but the group "one of Python / Go" is met by Python: not a gap.
    ['missing', 'required', true, 'mentioned'],
  ] as const)('%s + %s (group met: %s) → %s', (verdict, importance, groupMet, expected) => {
    expect(markVerdictOf(verdict, importance, groupMet)).toBe(expected);
  });
});

describe('verdict styles', () => {
  it('tells the three main verdicts apart by underline style, not colour alone', () => {
    const lines = new Set(
      (['have', 'missing-required', 'missing-preferred', 'related'] as const).map(
        (v) => VERDICT_STYLES[v].line,
      ),
    );
    expect(lines.size).toBe(4);
  });

  it.each(['light', 'dark'] as const)(
    'writes one ::highlight and one mark rule per verdict (%s)',
    (theme) => {
      const css = buildHighlightCss('gm', theme);
      for (const verdict of Object.keys(VERDICT_STYLES)) {
        expect(css).toContain(`::highlight(gm-${verdict})`);
        expect(css).toContain(`mark.gm-mark.gm-${verdict}`);
      }
      expect(css).toContain(VERDICT_STYLES.have[theme].underline);
      expect(css).not.toMatch(/[;{]\s*color:(?!\s*inherit)/); // never overrides the page's text colour
    },
  );
});

describe('luminanceOf', () => {
  it.each([
    ['rgb(255, 255, 255)', 1],
    ['rgb(0, 0, 0)', 0],
    ['rgba(0, 0, 0, 0)', null],
    ['rgba(255, 255, 255, 0.2)', null],
    ['rgb(0 0 0 / 100%)', 0],
    ['transparent', null],
  ])('%s → %s', (color, expected) => {
    const value = luminanceOf(color);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 3);
  });
});
