import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareText } from '@/lib/text/prepare-text';
import {
  HOSTILE_SNIPPETS,
  RTL_OVERRIDE,
  ZERO_WIDTH,
  binaryGarbage,
  bigInputs,
  fuzzParams,
  postingishText,
} from './fuzz-support';

// prepareText: raw posting input (HTML or text) to the engine's plain text. It runs in the service worker on
// whatever a page handed over, so it must return a string for anything, stay linear, and be idempotent.

// Invariants of its output, whatever the input.
function expectPreparedShape(out: string): void {
  expect(typeof out).toBe('string');
  expect(out).not.toMatch(/\r/);
  // No invisible separators, no control characters but the line break, no runs of spaces, no blank runs.
  // eslint-disable-next-line no-control-regex -- the point is that none is left
  expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u200b-\u200d\u2060\ufeff\u00ad]/);
  expect(out).not.toMatch(/ {2}/);
  expect(out).not.toMatch(/\n{3}/);
  expect(out).toBe(out.trim() === out ? out : out.trim());
  for (const line of out.split('\n')) expect(line).toBe(line.trim());
}

const htmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom('<p>', '</p>', '<li>', '</li>', '<ul>', '<br>', '<b>', '</b>', '<td>', '<tr>', '<div>'),
      fc.constantFrom(
        '<script>x()</script>',
        '<style>.a{}</style>',
        '<!-- c -->',
        '<',
        '>',
        '&amp;',
        '&#60;',
      ),
      fc.constantFrom('&nbsp;', '&#x1F600;', '&#0;', '&#xD800;', '&bogus;', '&', '\\n', '**', '__'),
      postingishText(4),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('prepareText fuzz', () => {
  it('returns normalised text for any string (binary, graphemes, posting words, hostile snippets)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), postingishText(60), htmlish),
        (raw) => {
          expectPreparedShape(prepareText(raw));
        },
      ),
      fuzzParams(400),
    );
  });

  it('is idempotent on text without markup (preparing prepared text changes nothing)', () => {
    fc.assert(
      fc.property(postingishText(60), (raw) => {
        const once = prepareText(raw);
        // A "<b>" or "&amp;" that survives once is text now; a second pass would read it as markup again.
        fc.pre(!/[<&]|\\[nrt]|\*\*|__/.test(once));
        expect(prepareText(once)).toBe(once);
      }),
      fuzzParams(400),
    );
  });

  it('keeps the words of HTML and drops script and style content', () => {
    const word = fc.stringMatching(/^[A-Za-z][a-z]{2,9}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.nat(), (words, n) => {
        const tags = ['p', 'li', 'div', 'b', 'span', 'h2', 'td'];
        const html = words
          .map((w, i) => {
            const tag = tags[(n + i) % tags.length]!;
            return `<${tag} class="x" onclick="evil()">${w}</${tag}><script>secret${i}()</script>`;
          })
          .join('');
        const out = prepareText(html);
        for (const w of words) expect(out).toContain(w);
        expect(out).not.toContain('secret');
        expect(out).not.toContain('<');
        expect(out).not.toContain('evil');
      }),
      fuzzParams(300),
    );
  });

  describe('hostile inputs', () => {
    it.each(HOSTILE_SNIPPETS.map((s) => [JSON.stringify(s).slice(0, 40), s]))(
      'snippet %s gives normalised text',
      (_name, snippet) => {
        expectPreparedShape(prepareText(`Python ${snippet} Docker`));
      },
    );

    it('strips <script> and event handlers, keeps javascript: only as inert text', () => {
      const out = prepareText(
        '<p>Go</p><script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">Rust</a>',
      );
      expect(out).toBe('Go\nRust');
    });

    it('drops zero-width characters and keeps an RTL override as a visible character', () => {
      expect(prepareText(`Py${ZERO_WIDTH}thon`)).toBe('Python');
      expect(prepareText(`a${RTL_OVERRIDE}b`)).toBe(`a${RTL_OVERRIDE}b`);
    });

    it('a 1 MB single word comes back whole', () => {
      const word = bigInputs.oneMegabyteWord();
      expect(prepareText(word)).toBe(word);
    });

    it('5 MB of text keeps its lines', () => {
      const text = bigInputs.fiveMegabytesOfText();
      const out = prepareText(text);
      expectPreparedShape(out.slice(0, 10_000));
      expect(out.split('\n').length).toBe(text.trimEnd().split('\n').length);
    });

    it('1 MB of binary garbage gives text without control characters', () => {
      const out = prepareText(binaryGarbage(1_000_000));
      expectPreparedShape(out);
      expect(out.length).toBeGreaterThan(500_000);
    });

    it('10,000 levels of nested HTML give the text inside', () => {
      expect(prepareText(bigInputs.deepHtml())).toBe('Python');
    });

    it('a 200 KB line of emphasis openers without closers stays linear (was quadratic: ~30 s)', () => {
      const out = prepareText('**a '.repeat(50_000));
      expect(out.length).toBe(200_000 - 1);
    });

    it('50,000 comment openers without a closer are text, read in linear time (was quadratic: ~4 s)', () => {
      const raw = `Python ${'<!--'.repeat(50_000)}`;
      const out = prepareText(raw);
      expect(out.length).toBe(raw.length);
      expect(prepareText(`${raw}<p>Go</p>`).startsWith('Python')).toBe(true);
      expect(prepareText(`Python <!-- x -->${'<!--'.repeat(50_000)}`)).toBe('Python');
    });
  });
});
