import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPostedText } from '@/lib/sites/read-posted-text';
import { loadDocument } from '../sites/load-document';
import { sharedFile } from '../saved/shared-path';

// The board's own "3 days ago" next to a posting, read from real captured pages (source URLs in index.tsv).
describe('readPostedText', () => {
  it.each([
    [
      new URL('../../fixtures/real-pages/linkedin-loggedin-serp-python-it-2025.html', import.meta.url),
      '2 settimane fa',
    ],
    [sharedFile('fixtures/real-pages/boards/linkedin-mindpal-cpp-developer-guest-it.html'), '10 mesi fa'],
    // The list cards of this search page say "7 ore fa"; the open posting says "1 ora fa".
    [sharedFile('fixtures/real-pages/boards/linkedin-loggedin-serp-lecco-it.html'), '1 ora fa'],
    [sharedFile('fixtures/real-pages/boards/greenhouse-alma-software-engineer-ii.html'), null],
  ])('%s → %s', (file, text) => {
    expect(readPostedText(loadDocument(readFileSync(file, 'utf8'), 'https://example.com/'))).toBe(text);
  });

  it('skips another job’s card and reads the posting’s own', () => {
    const doc = loadDocument(
      '<ul><li data-job-id="1"><time>2 days ago</time></li></ul><div class="top"><span class="posted-date">Posted 5 days ago</span></div>',
      'https://example.com/',
    );
    expect(readPostedText(doc)).toBe('Posted 5 days ago');
  });

  it('reads nothing from other dates or long text', () => {
    const doc = loadDocument(
      '<time>2026-11-02</time><span class="date">Apply by 3 days</span><div class="posted">Posted by our recruiting team 3 days ago, with love and a long text</div>',
      'https://example.com/',
    );
    expect(readPostedText(doc)).toBeNull();
  });
});
