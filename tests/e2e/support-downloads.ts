import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

export interface DownloadedFile {
  filename: string;
  text: string;
}

/** Runs `trigger` (a click on an export button) and returns the file the page downloaded, read as UTF-8. */
export async function downloadFrom(page: Page, trigger: () => Promise<void>): Promise<DownloadedFile> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), trigger()]);
  const failure = await download.failure();
  if (failure) throw new Error(`Download of ${download.suggestedFilename()} failed: ${failure}`);
  const path = await download.path();
  return { filename: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}
