import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readPage, readPageInSlices, toPageReadingData } from '@/lib/sites/index';
import { listRealPages, readRealPage } from '../../fixtures/real-pages';
import { dropSvgStyleAndScript } from '../../../scripts/read-html';
import { oneMegabytePage } from '../../../scripts/browser/one-megabyte-page';

// The content script reads in slices (readPageInSlices), the CLI and the other tests in one go (readPage): the
// same walk, so the same reading, however often the walk is paused.

function parse(html: string, url: URL): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url: url.href,
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  const document = new window.DOMParser().parseFromString(dropSvgStyleAndScript(html), 'text/html');
  return { document: document as unknown as Document, close: () => window.happyDOM.close() };
}

describe('readPageInSlices', () => {
  const pages = listRealPages().filter((p) => p.isJobPosting);

  it.each(pages.map((p) => [p.id, p] as const))(
    '%s: the same reading as readPage, paused after every step',
    async (_id, page) => {
      const url = new URL(page.url);
      const { document, close } = parse(readRealPage(page), url);
      try {
        const once = readPage(document, url);
        const { reading, workMs } = await readPageInSlices(document, url, {
          sliceMs: 0,
          yieldToPage: async () => {},
        });
        expect(toPageReadingData(reading)).toEqual(toPageReadingData(once));
        expect(reading.descriptionRoot).toBe(once.descriptionRoot);
        expect(reading.textMap?.text ?? null).toBe(once.textMap?.text ?? null);
        expect(workMs).toBeGreaterThanOrEqual(0);
      } finally {
        await close();
      }
    },
  );

  it('reads the 1 MB page in many slices to the same text and the same ranges', async () => {
    const url = new URL('http://127.0.0.1/jobs/one-megabyte.html');
    const { document, close } = parse(oneMegabytePage(), url);
    try {
      const once = readPage(document, url);
      let pauses = 0;
      const { reading } = await readPageInSlices(document, url, {
        sliceMs: 1,
        yieldToPage: async () => {
          pauses += 1;
        },
      });
      expect(reading.text.length).toBeGreaterThan(500_000);
      expect(reading.text).toBe(once.text);
      expect(pauses).toBeGreaterThan(10);
      for (const offset of [0, 1000, 250_000, reading.text.length - 20]) {
        expect(reading.textMap!.rangeFor(offset, offset + 10)).toEqual(
          once.textMap!.rangeFor(offset, offset + 10),
        );
      }
    } finally {
      await close();
    }
  });
});
