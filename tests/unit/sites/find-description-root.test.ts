import { describe, expect, it } from 'vitest';
import { findDescriptionRoot } from '@/lib/sites/find-description-root';
import { loadDocument } from './load-document';

const PARAS = [
  'We build the software that keeps warehouse robot fleets moving across sixty sites.',
  'You will design backend services in Python and Go that handle twenty thousand requests per second.',
  'You bring five or more years of experience with distributed systems and PostgreSQL at scale.',
];
const LD_TEXT = PARAS.join('\n');

describe('findDescriptionRoot', () => {
  it('finds the smallest element holding the description, not the page around it', () => {
    const html = `<nav><a href="/">Home</a><p>${PARAS[0]}</p></nav><main><h1>Backend Engineer</h1><div class="rich"><p>${PARAS[0]}</p><ul><li>${PARAS[1]}</li><li>${PARAS[2]}</li></ul></div><aside>Apply now</aside></main>`;
    const doc = loadDocument(`<html><body>${html}</body></html>`, 'https://x.example/jobs/1');
    expect(findDescriptionRoot(doc, LD_TEXT)?.className).toBe('rich');
  });

  // A text node counts from 25 characters once normalised: whitespace collapsed and trimmed, lower-cased ('İ'
  // lower-cases to two characters, so 13 of them count and 12 do not).
  it.each([
    ['İ'.repeat(13), 'long'],
    [`  ${'x'.repeat(25)}  `, 'long'],
    ['İ'.repeat(12), undefined],
    [`${'x'.repeat(12)}   ${'y'.repeat(11)}`, undefined],
  ])('node text %j', (text, found) => {
    const html = `<div class="long">${`<p>${text}</p>`.repeat(4)}</div><div class="other"><p>${PARAS[0]}</p></div>`;
    const doc = loadDocument(`<html><body>${html}</body></html>`, 'https://x.example/jobs/1');
    const description = Array.from({ length: 4 }, () => text.trim()).join('\n');
    expect(findDescriptionRoot(doc, description)?.className).toBe(found);
  });

  it('weighs every level of a deeply nested page (the 1 MB page nests its blocks hundreds deep)', () => {
    // 40 levels, each one paragraph of the description and the next level: level k holds (40 - k) / 40 of it.
    let html = '';
    for (let level = 0; level < 40; level++) html += `<div class="level-${level}"><p>${PARAS[level % 3]}</p>`;
    html += '</div>'.repeat(40);
    const doc = loadDocument(`<html><body>${html}</body></html>`, 'https://x.example/jobs/1');
    // The deepest level that still holds 85% of the matched text the outermost holds (35 of 40 paragraphs).
    expect(findDescriptionRoot(doc, LD_TEXT)?.className).toBe('level-5');
  });

  it.each([
    ['only a teaser of it is on the page', `<p>${PARAS[0]}</p>`],
    [
      'none of it is on the page',
      '<p>Welcome to our careers site. We are hiring across many teams this year.</p>',
    ],
    ['it appears only inside a script', `<script>var d = "${PARAS.join(' ')}";</script>`],
  ])('null when %s', (_name, body) => {
    const doc = loadDocument(`<html><body>${body}</body></html>`, 'https://x.example/jobs/1');
    expect(findDescriptionRoot(doc, LD_TEXT)).toBeNull();
  });
});
