import type { E2EPage } from './harness';

// Keyboard journeys for the e2e tests: what Tab should reach (every enabled, visible control, in the order
// of the document, as nothing here sets a positive tabindex) and what it does reach, pressed key by key.

/** Tags every tabbable control of the page with its place in document order; returns the tags in order. */
export function focusableInOrder(page: E2EPage): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), textarea:not([disabled]), select:not([disabled]), details > summary, [tabindex]';
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) =>
        el.tabIndex >= 0 &&
        el.getClientRects().length > 0 &&
        getComputedStyle(el).visibility !== 'hidden' &&
        // The content of a closed <details> is not rendered (Firefox still gives it boxes).
        !el.parentElement?.closest('details:not([open])'),
    );
    return controls.map((el, i) => {
      const tag = `${i}:${el.tagName.toLowerCase()}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}`;
      el.dataset.kb = tag;
      return tag;
    });
  });
}

/**
 * Starts before the first control and presses Tab `presses` times; returns the tag of each control focused.
 * A scrolling container that the browser makes focusable itself (Firefox, newer Chromium) is passed over.
 */
export async function tabThrough(page: E2EPage, presses: number): Promise<string[]> {
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.id = 'kb-start';
    document.body.prepend(start);
    start.focus();
  });
  const visited: string[] = [];
  for (let i = 0; i < presses + 10 && visited.length < presses; i++) {
    await page.keyboard.press('Tab');
    const tag = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      if (el.dataset.kb) return el.dataset.kb;
      return el.scrollHeight > el.clientHeight
        ? ''
        : `unexpected:${el.tagName.toLowerCase()}.${el.className}`;
    });
    if (tag === null) break;
    if (tag !== '') visited.push(tag);
  }
  await page.evaluate(() => document.getElementById('kb-start')?.remove());
  return visited;
}

export interface ChipText {
  score: string;
  label: string;
  live: string;
}

/** What the chip shows collapsed, and what its polite status line last said. */
export function chipText(page: E2EPage): Promise<ChipText | null> {
  return page.evaluate(() => {
    const root = document.querySelector('gapmark-chip')?.shadowRoot;
    if (!root) return null;
    const text = (sel: string) => root.querySelector(sel)?.textContent ?? '';
    return { score: text('.score'), label: text('.label'), live: text('[role=status]') };
  });
}

/**
 * Focuses the chip, opens it with Enter, and Tabs through it until focus leaves; returns each control reached:
 * 'summary', 'gap:<name>', 'next', 'save', 'page-toggle', 'site-toggle' (their class names).
 */
export async function chipFocusOrder(page: E2EPage): Promise<string[]> {
  const focused = () =>
    page.evaluate(() => {
      const host = document.querySelector('gapmark-chip');
      if (!host || document.activeElement !== host) return null;
      const el = host.shadowRoot?.activeElement as HTMLElement | null;
      if (!el) return null;
      return el.classList.contains('gap')
        ? `gap:${el.textContent}`
        : (el.className.split(' ')[0] ?? el.tagName);
    });
  await page.evaluate(() =>
    document.querySelector('gapmark-chip')?.shadowRoot?.querySelector<HTMLElement>('.summary')?.focus(),
  );
  const expanded = await page.evaluate(
    () =>
      document
        .querySelector('gapmark-chip')
        ?.shadowRoot?.querySelector('.summary')
        ?.getAttribute('aria-expanded') === 'true',
  );
  if (!expanded) await page.keyboard.press('Enter');
  const order: string[] = [];
  for (let i = 0; i < 80; i++) {
    const now = await focused();
    if (now === null) break;
    order.push(now);
    await page.keyboard.press('Tab');
  }
  return order;
}
