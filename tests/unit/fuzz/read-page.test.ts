import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTextMap } from '@/lib/highlight/text-map';
import { analyzeText } from '@/lib/requirements/analyze-text';
import { PageReadingDataSchema } from '@/lib/schemas/page';
import { readPage, toPageReadingData, type PageReading } from '@/lib/sites';
import { listSiteFixtures, readFixtureHtml } from '../../fixtures/sites';
import { loadDocument } from '../sites/load-document';
import { analysisProblems } from './analysis-invariants';
import { HOSTILE_SNIPPETS, binaryGarbage, fuzzParams, postingishText } from './fuzz-support';

// readPage (board readers, JSON-LD, generic reader) on the fixture pages mutated at random, and on random HTML:
// it never throws, returns a schema-valid reading, the same one twice, a text map that gives back its text,
// and text the engine can analyse. Documents are happy-dom with scripts off, as in the CLI.

// The pages of tests/fixtures/sites/*/*.html (the real captures kept in ../shared are left to the site tests).
const FIXTURES = listSiteFixtures()
  .filter((f) => !f.meta.htmlPath)
  .map((f) => ({ id: f.id, url: f.url, html: readFixtureHtml(f) }));

type DomEdit =
  | { kind: 'remove' | 'duplicate' | 'shuffle' | 'deep' | 'huge-attribute'; pick: number }
  | { kind: 'garbage' | 'markup'; pick: number; text: string };

const domEdit: fc.Arbitrary<DomEdit> = fc.oneof(
  fc.record({
    kind: fc.constantFrom(
      'remove' as const,
      'duplicate' as const,
      'shuffle' as const,
      'deep' as const,
      'huge-attribute' as const,
    ),
    pick: fc.nat(),
  }),
  fc.record({ kind: fc.constant('garbage' as const), pick: fc.nat(), text: postingishText(20) }),
  fc.record({
    kind: fc.constant('markup' as const),
    pick: fc.nat(),
    text: fc.constantFrom(...HOSTILE_SNIPPETS),
  }),
);

function applyDomEdit(doc: Document, edit: DomEdit): void {
  const all = doc.body ? Array.from(doc.body.querySelectorAll('*')) : [];
  const el = all.length > 0 ? all[edit.pick % all.length]! : doc.body;
  if (!el) return;
  switch (edit.kind) {
    case 'remove':
      el.remove();
      break;
    case 'duplicate':
      el.after(el.cloneNode(true));
      break;
    case 'shuffle': {
      const children = Array.from(el.children);
      for (const [i, child] of children.entries()) if (i % 2 === edit.pick % 2) el.append(child);
      break;
    }
    case 'deep': {
      // Wrap the element in 300 levels of nesting.
      let outer: Element = el;
      for (let i = 0; i < 300; i++) {
        const wrapper = doc.createElement(i % 2 ? 'div' : 'span');
        outer.replaceWith(wrapper);
        wrapper.append(outer);
        outer = wrapper;
      }
      break;
    }
    case 'huge-attribute':
      el.setAttribute(edit.pick % 2 ? 'class' : 'data-x', `a${'x'.repeat(100_000)}`);
      break;
    case 'garbage':
      el.append(doc.createTextNode(edit.text));
      break;
    case 'markup':
      el.insertAdjacentHTML('beforeend', edit.text);
      break;
  }
}

/** What is wrong with a reading (empty when nothing). */
function readingProblems(reading: PageReading): string[] {
  const problems: string[] = [];
  const parsed = PageReadingDataSchema.safeParse(toPageReadingData(reading));
  if (!parsed.success) problems.push(`schema: ${parsed.error.message.slice(0, 300)}`);
  if (reading.isJobPosting && reading.text.trim() === '') problems.push('a posting without text');
  if (reading.descriptionRoot) {
    if (reading.textMap?.text !== reading.text) problems.push('textMap.text is not the text');
    else if (buildTextMap(reading.descriptionRoot).text !== reading.text)
      problems.push('map rebuilt differs');
  }
  if (reading.isJobPosting) problems.push(...analysisProblems(analyzeText(reading.text), reading.text));
  return problems;
}

function readTwice(doc: Document, url: URL): PageReading {
  let first: PageReading | undefined;
  expect(() => {
    first = readPage(doc, url);
  }).not.toThrow();
  expect(toPageReadingData(readPage(doc, url))).toEqual(toPageReadingData(first!));
  return first!;
}

describe('readPage fuzz', () => {
  it('has fixture pages to mutate', () => {
    expect(FIXTURES.length).toBeGreaterThan(20);
    expect(
      FIXTURES.filter((f) => readPage(loadDocument(f.html, f.url), new URL(f.url)).isJobPosting).length,
    ).toBeGreaterThan(10);
  });

  it('mutated fixture pages give a valid reading, the same twice', () => {
    let postings = 0;
    fc.assert(
      fc.property(
        fc.nat(FIXTURES.length - 1),
        fc.array(domEdit, { minLength: 1, maxLength: 6 }),
        (index, edits) => {
          const fixture = FIXTURES[index]!;
          const doc = loadDocument(fixture.html, fixture.url);
          for (const edit of edits) applyDomEdit(doc, edit);
          const reading = readTwice(doc, new URL(fixture.url));
          expect(readingProblems(reading)).toEqual([]);
          if (reading.isJobPosting) postings++;
        },
      ),
      fuzzParams(100),
    );
    // Most mutations keep a posting a posting: the properties were checked on real readings too.
    expect(postings).toBeGreaterThan(30);
  });

  it('text-mutated fixture HTML (cut, repeated, spliced source) gives a valid reading', () => {
    fc.assert(
      fc.property(
        fc.nat(FIXTURES.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.nat(300), fc.constantFrom(...HOSTILE_SNIPPETS, '', '<div>', '</p>')), {
          maxLength: 5,
        }),
        (index, cuts) => {
          const fixture = FIXTURES[index]!;
          let html = fixture.html;
          for (const [at, length, insert] of cuts) {
            const start = at % (html.length + 1);
            html = html.slice(0, start) + insert + html.slice(start + length);
          }
          const reading = readTwice(loadDocument(html, fixture.url), new URL(fixture.url));
          expect(readingProblems(reading)).toEqual([]);
        },
      ),
      fuzzParams(100),
    );
  });

  it('random HTML at board, careers and random URLs gives a valid reading', () => {
    const urls = [...new Set(FIXTURES.map((f) => f.url))];
    const tag = fc.constantFrom(
      'div',
      'p',
      'ul',
      'li',
      'h1',
      'h2',
      'section',
      'article',
      'main',
      'span',
      'table',
    );
    const chunk = fc.oneof(
      fc.tuple(tag, postingishText(15)).map(([t, text]) => `<${t} class="description">${text}</${t}>`),
      fc.constantFrom(
        ...HOSTILE_SNIPPETS,
        '<h1>Senior Backend Engineer</h1>',
        '<ul><li>5+ years of Python</li>',
      ),
      fc.string({ unit: 'binary', maxLength: 40 }),
    );
    fc.assert(
      fc.property(
        fc.array(chunk, { maxLength: 30 }),
        fc.oneof(fc.constantFrom(...urls), fc.webUrl()),
        (chunks, url) => {
          const reading = readTwice(
            loadDocument(`<html><body>${chunks.join('')}</body></html>`, url),
            new URL(url),
          );
          expect(readingProblems(reading)).toEqual([]);
        },
      ),
      fuzzParams(120),
    );
  });

  describe('hostile pages', () => {
    const board = FIXTURES.find((f) => f.id === 'lever/posting')!;

    it.each([
      ['binary garbage', () => binaryGarbage(200_000)],
      [
        'a 1 MB single word in the description',
        () => board.html.replace('<body', `<body><p>${'x'.repeat(1_000_000)}</p`),
      ],
      [
        '1 MB of posting text',
        () => board.html.replace('</body>', `${'<p>We need Python and SQL. </p>'.repeat(35_000)}</body>`),
      ],
      [
        '10,000 levels of nesting',
        () => `<html><body>${'<div>'.repeat(10_000)}Python${'</div>'.repeat(10_000)}</body></html>`,
      ],
      [
        'script, onerror and javascript: everywhere',
        () => board.html.replaceAll('<p>', `<p>${HOSTILE_SNIPPETS.slice(0, 5).join('')}`),
      ],
    ])('%s: a valid reading, nothing thrown', (_name, make) => {
      const html = make();
      const reading = readTwice(loadDocument(html, board.url), new URL(board.url));
      expect(readingProblems(reading)).toEqual([]);
      expect(reading.text).not.toContain('alert(');
    });
  });
});
