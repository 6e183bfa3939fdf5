import type { MarkVerdict } from './mark-verdict';

// One look per verdict, distinct by colour AND by underline style, so the marks read without colour vision.
// Backgrounds are translucent and the text colour is never set: the page's own text colour stays, so marks
// stay legible on light and dark pages; the underline colours are brighter on dark pages.

export type PageTheme = 'light' | 'dark';

export interface VerdictStyle {
  label: string; // legend text
  line: 'solid' | 'dotted' | 'dashed' | 'wavy';
  light: { background: string; underline: string };
  dark: { background: string; underline: string };
}

export const VERDICT_STYLES: Record<MarkVerdict, VerdictStyle> = {
  have: {
    label: 'You have it',
    line: 'solid',
    light: { background: 'rgba(22, 163, 74, 0.16)', underline: '#15803d' },
    dark: { background: 'rgba(74, 222, 128, 0.2)', underline: '#4ade80' },
  },
  related: {
    label: 'Related skill',
    line: 'dotted',
    light: { background: 'rgba(37, 99, 235, 0.13)', underline: '#1d4ed8' },
    dark: { background: 'rgba(96, 165, 250, 0.2)', underline: '#93c5fd' },
  },
  short: {
    label: 'Fewer years',
    line: 'dotted',
    light: { background: 'rgba(37, 99, 235, 0.13)', underline: '#1d4ed8' },
    dark: { background: 'rgba(96, 165, 250, 0.2)', underline: '#93c5fd' },
  },
  'missing-required': {
    label: 'Missing, required',
    line: 'wavy',
    light: { background: 'rgba(220, 38, 38, 0.14)', underline: '#b91c1c' },
    dark: { background: 'rgba(248, 113, 113, 0.22)', underline: '#f87171' },
  },
  'missing-preferred': {
    label: 'Missing, nice to have',
    line: 'dashed',
    light: { background: 'rgba(217, 119, 6, 0.16)', underline: '#b45309' },
    dark: { background: 'rgba(251, 191, 36, 0.2)', underline: '#fbbf24' },
  },
  mentioned: {
    label: 'Mentioned',
    line: 'dotted',
    light: { background: 'transparent', underline: '#64748b' },
    dark: { background: 'transparent', underline: '#cbd5e1' },
  },
};

/** Which mark wins where two overlap (Highlight.priority, and the fallback's choice). */
export const VERDICT_PRIORITY: Record<MarkVerdict, number> = {
  'missing-required': 6,
  'missing-preferred': 5,
  short: 4,
  related: 3,
  have: 2,
  mentioned: 1,
};

const FLASH = { light: 'rgba(250, 204, 21, 0.6)', dark: 'rgba(250, 204, 21, 0.45)' };

function declarations(style: VerdictStyle, theme: PageTheme): string {
  const { background, underline } = style[theme];
  return `background-color: ${background}; text-decoration: underline ${style.line} ${underline}; text-decoration-thickness: 2px;`;
}

/**
 * The stylesheet for both paths: `::highlight(<prefix>-<verdict>)` for the Custom Highlight API, and
 * `mark.<prefix>-mark.<prefix>-<verdict>` for the fallback (two classes, to win over a page's `mark` rules).
 */
export function buildHighlightCss(prefix: string, theme: PageTheme): string {
  const rules: string[] = [];
  for (const [verdict, style] of Object.entries(VERDICT_STYLES) as [MarkVerdict, VerdictStyle][]) {
    rules.push(`::highlight(${prefix}-${verdict}) { ${declarations(style, theme)} }`);
    rules.push(
      `mark.${prefix}-mark.${prefix}-${verdict} { ${declarations(style, theme)} color: inherit; padding: 0; margin: 0; border-radius: 2px; }`,
    );
  }
  rules.push(`::highlight(${prefix}-flash) { background-color: ${FLASH[theme]}; }`);
  rules.push(
    `mark.${prefix}-mark.${prefix}-flash { background-color: ${FLASH[theme]}; transition: background-color 0.2s; }`,
  );
  return rules.join('\n');
}
