import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText, safeAnalyzeText } from '@/lib/requirements/analyze-text';
import { prepareText } from '@/lib/text/prepare-text';
import { sharedFile } from '../requirements/shared-path';
import { analysisProblems, expectValidAnalysis } from './analysis-invariants';
import {
  HOSTILE_SNIPPETS,
  binaryGarbage,
  bigInputs,
  fuzzParams,
  mutatedText,
  postingishText,
} from './fuzz-support';

// The skills engine on random and mutated postings: it returns a schema-valid Analysis whose offsets all point
// into the text it was given, the same one twice, and stays linear on megabytes of hostile input.

const SEEDS = ['internations-backend-developer', 'snapfix-senior-backend-engineer'].map((name) =>
  prepareText(readFileSync(sharedFile('fixtures/seeds', `${name}.txt`), 'utf8')),
);

describe('analyzeText fuzz', () => {
  it('the seed postings are real postings with requirements (so the mutations start from something)', () => {
    for (const seed of SEEDS) {
      const analysis = analyzeText(seed);
      expect(analysis.isJobPosting).toBe(true);
      expect(analysis.requirements.length).toBeGreaterThan(5);
    }
  });

  it('the invariant check catches a shifted offset, a foreign text and a dangling group', () => {
    const seed = SEEDS[1]!;
    const good = analyzeText(seed);
    expect(analysisProblems(good, seed)).toEqual([]);
    const shifted = structuredClone(good);
    shifted.requirements[0]!.mentions[0]!.start += 1;
    expect(analysisProblems(shifted, seed).join()).toMatch(/is not/);
    expect(analysisProblems(good, `${seed} `).join()).toMatch(/not the text given/);
    const dangling = structuredClone(good);
    dangling.groups.push({ id: 'any-x', mode: 'any', requirementIds: ['nope', 'nope2'] });
    expect(analysisProblems(dangling, seed).join()).toMatch(/unknown member/);
  });

  it('random text gives a valid analysis with in-bounds offsets', () => {
    fc.assert(
      fc.property(fc.oneof(postingishText(80), fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
        expectValidAnalysis(analyzeText(text), text);
      }),
      fuzzParams(200),
    );
  });

  it('prepared random text (the pipeline order) gives a valid analysis', () => {
    fc.assert(
      fc.property(postingishText(80), (raw) => {
        const text = prepareText(raw);
        expectValidAnalysis(analyzeText(text), text);
      }),
      fuzzParams(200),
    );
  });

  it('mutated seed postings give a valid analysis, the same one twice', () => {
    fc.assert(
      fc.property(mutatedText(SEEDS, 10), fc.boolean(), (text, forced) => {
        const options = forced ? { isJobPosting: true, source: 'fuzz' } : {};
        const first = analyzeText(text, options);
        expectValidAnalysis(first, text);
        expect(analyzeText(text, options)).toEqual(first);
      }),
      fuzzParams(80),
    );
  });

  it('safeAnalyzeText returns an Analysis or an Error for odd options, never throws', () => {
    fc.assert(
      fc.property(
        postingishText(30),
        fc.record(
          {
            confidence: fc.double(),
            source: fc.string({ maxLength: 8 }),
            isJobPosting: fc.boolean(),
            posting: fc.record(
              { title: fc.option(fc.string({ maxLength: 30 })), url: fc.option(fc.webUrl()) },
              { requiredKeys: [] },
            ),
          },
          { requiredKeys: [] },
        ),
        (text, options) => {
          const result = safeAnalyzeText(text, options);
          if (result instanceof Error) {
            // Only a schema problem of the caller's own options (an empty source) may fail, and it says so.
            expect(result.message).toMatch(/schema/);
            expect(options.source).toBe('');
          } else {
            expectValidAnalysis(result, text);
            expect(result.confidence).toBeGreaterThanOrEqual(0);
            expect(result.confidence).toBeLessThanOrEqual(1);
          }
        },
      ),
      fuzzParams(150),
    );
  });

  describe('hostile inputs', () => {
    it.each(HOSTILE_SNIPPETS.map((s) => [JSON.stringify(s).slice(0, 40), s]))(
      'snippet %s inside a seed posting',
      (_name, snippet) => {
        const seed = SEEDS[0]!;
        const text = `${snippet}\n${seed.slice(0, 800)}${snippet}${seed.slice(800)}\n${snippet}`;
        expectValidAnalysis(analyzeText(text), text);
      },
    );

    it('a 1 MB single word', () => {
      const text = bigInputs.oneMegabyteWord();
      const analysis = analyzeText(text);
      expectValidAnalysis(analysis, text);
      expect(analysis.requirements).toEqual([]);
    });

    it('5 MB of posting lines (was quadratic: over a minute for 1.7 MB)', () => {
      const text = bigInputs.fiveMegabytesOfText();
      const analysis = analyzeText(text, { isJobPosting: true });
      expectValidAnalysis(analysis, text);
      expect(analysis.requirements.map((r) => r.id)).toEqual(
        expect.arrayContaining(['python', 'sql', 'docker', 'kubernetes']),
      );
    });

    it('a 1 MB line without a line break (was quadratic)', () => {
      const text = bigInputs.fiveMegabytesOneLine().slice(0, 1_000_000);
      const analysis = analyzeText(text, { isJobPosting: true });
      expectValidAnalysis(analysis, text);
      expect(analysis.requirements.find((r) => r.id === 'python')?.mentions.length).toBeGreaterThan(10_000);
    });

    it.each([
      ['skills joined by "or"', 'Python or '],
      ['soft skills', 'teamwork or communication '],
      ['ambiguous words', 'Go or Spring '],
      ['spoken languages', 'German or English '],
      ['a labelled line', 'Tech stack: Go Spring R '],
      ['brackets never closed', '(Python '],
      ['years phrases', '5 years of Python, '],
    ])('400 KB of %s on one line (was quadratic)', (_name, unit) => {
      const text = unit.repeat(Math.ceil(400_000 / unit.length));
      expectValidAnalysis(analyzeText(text, { isJobPosting: true }), text);
    });

    it('1 MB of binary garbage, prepared as the pipeline does', () => {
      const text = prepareText(binaryGarbage(1_000_000));
      expectValidAnalysis(analyzeText(text), text);
    });
  });
});
