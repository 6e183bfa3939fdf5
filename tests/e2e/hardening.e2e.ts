import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importProfileThroughPopup } from '../../scripts/browser/demo-profile';
import { startE2E, type E2E } from './harness';

// Issue 8 in Chromium: hostile postings never run or render as markup in the chip or the popup; a whole
// journey (postings, profile, save, export, import) makes no request of its own; 100 single-page navigations
// on a LinkedIn-like split view leave no stale marks, no extra chip or listener, and no console error.

const HOSTILE_DIR = new URL('../fixtures/hostile/', import.meta.url);
const LONG_WORD = 'x'.repeat(1_000_000); // one 1 MB "word": no space, no punctuation
const hostilePage = (file: string) =>
  readFileSync(new URL(file, HOSTILE_DIR), 'utf8').replaceAll('{{LONG_WORD}}', LONG_WORD);

/** Collects every dialog (alert, confirm, prompt, beforeunload) a page opens, and dismisses it. */
function watchDialogs(page: Page, into: string[]) {
  page.on('dialog', (dialog) => {
    into.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
}

/** Elements that would only exist if hostile text had been parsed as markup, in a document or a shadow root. */
const INJECTED =
  'img[src="x"], img[onerror], svg[onload], iframe, [onmouseover], a[href^="javascript:" i], b';

describe('hostile postings', () => {
  let e2e: E2E;
  const dialogs: string[] = [];

  beforeAll(async () => {
    e2e = await startE2E();
    expect(await importProfileThroughPopup(e2e)).toBe(8);
    e2e.server.route('/hostile/json-ld-posting.html', hostilePage('json-ld-posting.html'));
    e2e.server.route('/hostile/dom-only-posting.html', hostilePage('dom-only-posting.html'));
  });
  afterAll(async () => {
    await e2e?.teardown();
  });

  it.each([
    [
      'json-ld-posting.html',
      'json-ld',
      '<script>alert(1)</script>Senior <img src=x onerror=alert(1)> Engineer',
    ],
    ['dom-only-posting.html', 'generic', '<img src=x onerror=alert(1)>Backend'],
  ])('%s: read as text, shown as text, nothing runs', async (file, source, titleStart) => {
    const pageDialogs: string[] = [];
    const { page, tabId } = await e2e.openTab(e2e.server.url(`/hostile/${file}`));
    watchDialogs(page, pageDialogs);
    const state = await e2e.settledState(tabId, 30_000);

    // The content script's state: a posting, read from the expected source, with the literal hostile text.
    expect(state).toMatchObject({ status: 'ready', isJobPosting: true, source, error: null });
    expect(state.title?.startsWith(titleStart)).toBe(true);
    expect(state.title).toMatch(/\u202e/); // the RTL override is kept as a character, not interpreted
    expect(state.textLength).toBeGreaterThan(1_000_000); // the 1 MB word is in the analysed text
    const skills = state.analysis!.requirements.map((r) => r.skill.toLowerCase());
    // Zero-width characters inside "Py\u200bthon", "Ka\u200dfka", "My\u200cSQL" do not split the words; the whole
    // description is read, not only the list item holding the 1 MB word.
    expect(skills).toEqual(
      expect.arrayContaining(['php', 'python', 'apache kafka', 'mysql', 'docker', 'kubernetes', 'terraform']),
    );
    expect(skills).not.toContain('sql');
    expect(state.match!.score).not.toBeNull();

    // The page: no element appeared that the fixture does not have, and the chip holds only its own markup.
    const page_ = await page.evaluate(
      (selector) => {
        const chips = [...document.querySelectorAll('gapmark-chip')];
        const shadow = chips[0]?.shadowRoot ?? null;
        return {
          injected: [...document.querySelectorAll(selector)].map((e) => e.outerHTML.slice(0, 160)),
          scripts: document.scripts.length,
          chips: chips.length,
          shadowInjected: shadow
            ? [...shadow.querySelectorAll(`${selector}, script`)].map((e) => e.outerHTML.slice(0, 160))
            : null,
          shadowTags: shadow ? [...new Set([...shadow.querySelectorAll('*')].map((e) => e.localName))] : [],
          pwned: (window as unknown as { __pwned?: boolean }).__pwned === true,
        };
      },
      INJECTED.replace(', a[href^="javascript:" i], b', ''),
    );
    expect(page_).toMatchObject({ injected: [], chips: 1, shadowInjected: [], pwned: false });
    expect(page_.scripts).toBe(file === 'json-ld-posting.html' ? 1 : 0); // the JSON-LD block only
    expect(page_.shadowTags.sort()).toEqual(expect.arrayContaining(['button', 'section', 'span', 'style']));
    for (const tag of page_.shadowTags)
      expect(['img', 'iframe', 'script', 'svg', 'a', 'b']).not.toContain(tag);

    // Expand the chip: the reason shows as text.
    await page.locator('gapmark-chip').getByRole('button', { name: /match/i }).first().click();
    const chipText = await page.evaluate(
      () => document.querySelector('gapmark-chip')?.shadowRoot?.textContent ?? '',
    );
    expect(chipText).toContain(state.match!.reason.slice(0, 20));

    // The popup's This job tab: the literal title, the literal company, nothing parsed.
    const popup = await e2e.openPopup(tabId);
    watchDialogs(popup, pageDialogs);
    const title = popup.locator('.job-title');
    await expect.poll(() => title.textContent(), { timeout: 10_000 }).toBe(state.title);
    expect(await title.textContent()).toContain(file === 'json-ld-posting.html' ? '<script>' : '<img src=x');
    if (state.company) expect(await popup.locator('.job-company').textContent()).toContain(state.company);
    const popupInjected = await popup.evaluate(
      (selector) => ({
        injected: [...document.querySelectorAll(selector)].map((e) => e.outerHTML.slice(0, 160)),
        scripts: [...document.scripts].map((s) => s.src.replace(/^chrome-extension:\/\/[^/]+/, '')),
      }),
      INJECTED,
    );
    expect(popupInjected.injected).toEqual([]);
    for (const src of popupInjected.scripts) expect(src).toMatch(/^\/chunks\/[\w-]+\.js$/);

    // Save it, then the Saved tab: still text, in the list and in the detail.
    await popup.getByRole('button', { name: 'Save this job' }).click();
    await popup.getByRole('button', { name: 'Saved to your jobs' }).waitFor();
    await popup.getByRole('tab', { name: 'Saved' }).click();
    const row = popup.locator('.gm-saved-row').filter({ hasText: titleStart });
    await row.first().waitFor();
    expect(await row.first().locator('.gm-saved-row-title').textContent()).toBe(state.title);
    await row.first().click();
    const detail = popup.locator('.gm-saved-detail');
    await detail.waitFor();
    expect(await detail.locator('h3').textContent()).toBe(state.title);
    const detailCheck = await popup.evaluate(
      (selector) => ({
        injected: [...document.querySelectorAll(selector)].map((e) => e.outerHTML.slice(0, 160)),
        links: [...document.querySelectorAll('.gm-saved-detail a')].map((a) => a.getAttribute('href')),
      }),
      INJECTED,
    );
    expect(detailCheck.injected).toEqual([]);
    for (const href of detailCheck.links) expect(href).toMatch(/^https?:\/\//);

    await page.waitForTimeout(300); // a late onerror / onload would fire by now
    expect(pageDialogs).toEqual([]);
    dialogs.push(...pageDialogs);
    await popup.close();
    await page.close();
  });

  it('the dialog watcher does see a dialog (so "no dialog" above means something)', async () => {
    const { page } = await e2e.openTab(e2e.server.url('/jobs/unrelated-article.html'));
    const seen: string[] = [];
    watchDialogs(page, seen);
    await page.evaluate(() => setTimeout(() => alert('canary'), 0));
    await expect.poll(() => seen.length).toBe(1);
    await page.close();
  });

  it('a backup whose saved job carries a javascript: URL and markup imports as text, with no such link', async () => {
    // A saved job of its own to copy (this test does not depend on the ones above).
    const { page, tabId } = await e2e.openTab(e2e.server.url('/jobs/snapfix-senior-backend-engineer.html'));
    await e2e.settledState(tabId);
    const popup = await e2e.openPopup(tabId);
    const popupDialogs: string[] = [];
    watchDialogs(popup, popupDialogs);
    await popup.getByRole('button', { name: 'Save this job' }).click();
    await popup
      .getByRole('button', { name: 'Saved to your jobs' })
      .waitFor()
      .catch(async (error) => {
        await popup.screenshot({ path: '/tmp/hard-save-fail.png' });
        throw error;
      });
    await page.close();
    await popup.getByRole('tab', { name: 'Saved' }).click();
    // Take the app's own backup (so the file is valid), then make its first job hostile.
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'JSON backup' }).click(),
    ]);
    const backup = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      savedJobs?: {
        id: string;
        title: string;
        company: string | null;
        url: string;
        canonicalUrl: string | null;
        identifier: string | null;
      }[];
    } & Record<string, unknown>;
    const jobs = backup.savedJobs;
    expect(Array.isArray(jobs) && jobs.length > 0).toBe(true);
    const evil = jobs![0]!;
    evil.id = `${evil.id}-evil`;
    evil.title = '<img src=x onerror=alert(1)>Imported <script>alert(1)</script>';
    evil.url = 'javascript:alert(1)';
    evil.canonicalUrl = 'javascript:alert(2)';
    evil.identifier = null; // a posting of its own, not a re-save of the one it was copied from
    evil.company = '<b onmouseover=alert(1)>Import</b> Co';
    backup.savedJobs = [evil];
    await popup.getByLabel('Backup file to import').setInputFiles({
      name: 'hostile-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    await popup.getByText(/^Imported\./).waitFor({ timeout: 10_000 });
    const row = popup.locator('.gm-saved-row').filter({ hasText: 'Imported <script>' });
    await row.first().click();
    const detail = popup.locator('.gm-saved-detail');
    await detail.waitFor();
    expect(await detail.locator('h3').textContent()).toBe(evil.title);
    const check = await popup.evaluate(
      (selector) => ({
        injected: [...document.querySelectorAll(selector)].map((e) => e.outerHTML.slice(0, 160)),
        links: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      }),
      INJECTED,
    );
    expect(check.injected).toEqual([]);
    for (const href of check.links) expect(href ?? '').not.toMatch(/^\s*javascript:/i);
    expect(popupDialogs).toEqual([]);
    await popup.close();
  });
});
