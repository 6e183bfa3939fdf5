import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listRealPages, readRealPage } from '../../fixtures/real-pages';
import { judgeReading } from '../../fixtures/real-pages/judge';
import { readHtml } from '../../../scripts/read-html';

// Every real captured page read the CLI's way (happy-dom + readPage) must give what a person sees on it.
const pages = listRealPages();

describe('the real-page corpus', () => {
  it('holds the shared pages and ours, postings and pages that are not one', () => {
    expect(pages.length).toBeGreaterThanOrEqual(28);
    expect(pages.filter((p) => p.isJobPosting).length).toBeGreaterThanOrEqual(15);
    expect(pages.filter((p) => !p.isJobPosting).length).toBeGreaterThanOrEqual(13);
    for (const page of pages) expect(() => new URL(page.url), page.id).not.toThrow();
  });

  it('fails loudly when the shared corpus folder is missing', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'gapmark-no-corpus-'));
    expect(() => listRealPages(empty)).toThrow(/real-page corpus is missing/);
  });

  it.each(pages.map((p) => [p.id, p] as const))('%s is read right', async (_id, page) => {
    const reading = await readHtml(readRealPage(page), new URL(page.url));
    const problems = judgeReading(page, {
      isJobPosting: reading.isJobPosting,
      title: reading.posting.title,
      company: reading.posting.company,
      textLength: reading.text.length,
      text: reading.text,
    });
    expect(problems, `${reading.source}: ${reading.reason ?? ''}`).toEqual([]);
  });
});
