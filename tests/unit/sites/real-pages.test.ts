import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extraFolders, listRealPages, readRealPage, SHARED_REAL_PAGES } from '../../fixtures/real-pages';
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

  it('reads a batch of captures beside boards/ and the folders named in GAPMARK_REAL_PAGES_EXTRA', () => {
    const shared = mkdtempSync(path.join(tmpdir(), 'gapmark-corpus-'));
    const header = 'file\turl\tisJobPosting\ttitle\tcompany\tsource repository\tcommit\tpath\tlicence\n';
    mkdirSync(path.join(shared, 'boards'));
    writeFileSync(path.join(shared, 'boards', 'index.tsv'), header);
    mkdirSync(path.join(shared, 'batch-2026'));
    writeFileSync(
      path.join(shared, 'batch-2026', 'index.tsv'),
      `${header}list.html\thttps://www.stepstone.at/jobs/manager\tfalse\t-\t-\to/r\tabc\tp.html\tMIT\n`,
    );
    writeFileSync(path.join(shared, 'batch-2026', 'list.html'), '<html><body></body></html>');
    mkdirSync(path.join(shared, 'no-index'));
    // The local index also lists the shared LinkedIn 2024 pages.
    cpSync(path.join(SHARED_REAL_PAGES, 'linkedin-2024'), path.join(shared, 'linkedin-2024'), {
      recursive: true,
    });
    expect(extraFolders(shared, '')).toEqual([path.join(shared, 'batch-2026')]);
    const listed = listRealPages(shared).find((p) => p.id === 'list.html');
    expect(listed).toMatchObject({ group: 'stepstone', isJobPosting: false, licence: 'MIT' });
    expect(() => extraFolders(shared, path.join(shared, 'no-index'))).toThrow(/holds no index.tsv/);
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
