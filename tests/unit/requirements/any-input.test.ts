import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText, safeAnalyzeText } from '@/lib/requirements/analyze-text';
import { AnalysisSchema } from '@/lib/schemas/analysis';
import { prepareText } from '@/lib/text/prepare-text';

// Any input gives a schema-valid Analysis whose offsets fit the text, or a clear Error; never a throw past
// the boundary and never a hang. Runs are seeded and bounded.
const SETTINGS = { seed: 20261124, numRuns: 150 };

function expectValid(text: string): void {
  const result = safeAnalyzeText(text);
  if (result instanceof Error) throw result; // an Error is allowed by the contract, but these inputs should not need one
  const analysis = AnalysisSchema.parse(result);
  expect(analysis.text).toBe(text);
  for (const requirement of analysis.requirements)
    for (const m of requirement.mentions) {
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
}

const skillWords = fc.constantFrom(
  'Python',
  'Go',
  'C++',
  'C#',
  '.NET',
  'Node.js',
  'k8s',
  'R',
  'React',
  'AWS',
  'Excel',
  '5+ years',
  'preferred',
  'one or more of:',
  'Requirements:',
  'Nice to have',
  '\\n',
  '\n',
  '•',
  ',',
  ' or ',
  '(',
  ')',
);

describe('analyzeText on any input', () => {
  it('handles arbitrary Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), expectValid), SETTINGS);
  });

  it('handles posting-like word soup', () => {
    fc.assert(
      fc.property(fc.array(skillWords, { maxLength: 80 }), (words) => expectValid(words.join(' '))),
      SETTINGS,
    );
  });

  it('handles binary garbage', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) =>
        expectValid(new TextDecoder().decode(bytes)),
      ),
      { ...SETTINGS, numRuns: 50 },
    );
  });

  it('handles the empty string and a 5 MB posting', { timeout: 90_000 }, () => {
    expectValid('');
    const big = 'Requirements:\n• 5+ years with Python, Go or Node.js; AWS preferred.\n'.repeat(80_000);
    expect(big.length).toBeGreaterThan(5_000_000);
    const analysis = analyzeText(big);
    expect(analysis.requirements.find((r) => r.id === 'python')?.mentions).toHaveLength(80_000);
  });
});

describe('prepareText on any input', () => {
  it('returns a string for arbitrary and deeply nested HTML', () => {
    const html = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string({ maxLength: 20 }),
        fc
          .tuple(
            fc.constantFrom('div', 'p', 'ul', 'li', 'b', 'script', 'br', 'table', 'td'),
            fc.array(tie('node'), { maxLength: 4 }),
          )
          .map(([tag, children]) => `<${tag} class="x">${children.join('')}</${tag}>`),
      ),
    })).node;
    fc.assert(
      fc.property(html, (markup) => {
        const text = prepareText(markup);
        expect(typeof text).toBe('string');
        expect(text).not.toMatch(/<(?:div|p|ul|li|b|br|table|td) class="x">/);
        expectValid(text);
      }),
      SETTINGS,
    );
  });

  it('returns a string for unclosed and broken markup', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        expect(typeof prepareText(`<script>${s}<div${s}<!--${s}&#x${s};`)).toBe('string');
      }),
      SETTINGS,
    );
  });
});
