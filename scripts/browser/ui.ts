import type { BrowserPage as E2EPage } from './page';

// Finding things the way a person names them (a button by its label, a tab by its name, a line of text), in
// both browsers, with only the shared page API: the element is found inside the page (document and open shadow
// roots), tagged with a data attribute, and then clicked or typed into through the browser's own input.

type Pattern = string | RegExp;

export interface Target {
  /** ARIA role, explicit or implied by the element (button, tab, checkbox, combobox, textbox, option, …). */
  role?: string;
  /** Accessible name: a string matches case-insensitively as a part (exact: the whole), a RegExp as itself. */
  name?: Pattern;
  /** Text content: as for name. */
  text?: Pattern;
  exact?: boolean;
  /** A CSS selector the element must match. */
  selector?: string;
  /** Only inside the element this target finds. */
  within?: Target;
  /** Which of several matches (0 by default). */
  nth?: number;
}

interface WirePattern {
  source: string;
  flags: string;
  literal: boolean;
}
interface WireTarget {
  role?: string;
  name?: WirePattern;
  text?: WirePattern;
  exact?: boolean;
  selector?: string;
  within?: WireTarget;
  nth?: number;
}

const wire = (pattern: Pattern | undefined): WirePattern | undefined =>
  pattern === undefined
    ? undefined
    : typeof pattern === 'string'
      ? { source: pattern, flags: 'i', literal: true }
      : { source: pattern.source, flags: pattern.flags, literal: false };
const toWire = (t: Target): WireTarget => ({
  role: t.role,
  name: wire(t.name),
  text: wire(t.text),
  exact: t.exact,
  selector: t.selector,
  within: t.within ? toWire(t.within) : undefined,
  nth: t.nth,
});

const describeTarget = (t: Target): string =>
  [
    t.role,
    t.name !== undefined ? `named ${String(t.name)}` : '',
    t.text !== undefined ? `with text ${String(t.text)}` : '',
    t.selector ?? '',
    t.within ? `within (${describeTarget(t.within)})` : '',
  ]
    .filter(Boolean)
    .join(' ');

let counter = 0;

/** Every match of `target` in the page, tagged; returns their selectors (empty when none). */
export async function findAll(page: E2EPage, target: Target): Promise<string[]> {
  const tag = `e${++counter}`;
  const count = await page.evaluate(
    ({ target, tag }: { target: WireTarget; tag: string }) => {
      const IMPLIED: Record<string, string> = {
        button: 'button, input[type=button], input[type=submit], input[type=reset]',
        checkbox: 'input[type=checkbox]',
        radio: 'input[type=radio]',
        combobox: 'select:not([multiple]), input[role=combobox], input[list]',
        textbox:
          'textarea, input:not([type]):not([role]):not([list]), input[type=text]:not([role]), input[type=search]:not([role]), input[type=email]:not([role]), input[type=number]:not([role])',
        link: 'a[href]',
        list: 'ul, ol',
        listitem: 'li',
        heading: 'h1, h2, h3, h4, h5, h6',
        region: 'section[aria-label], section[aria-labelledby]',
        status: 'output',
        listbox: 'select[multiple]',
        option: 'option',
      };
      const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
      const test = (p: WirePattern | undefined, value: string, exact?: boolean) => {
        if (!p) return true;
        if (!p.literal) return new RegExp(p.source, p.flags).test(value);
        return exact
          ? value === p.source
          : value.toLowerCase().includes(p.source.toLowerCase().replace(/\s+/g, ' '));
      };
      const all = (root: Document | ShadowRoot | Element): Element[] => {
        const out: Element[] = [];
        const walk = (node: Document | ShadowRoot | Element) => {
          for (const el of node.querySelectorAll('*')) {
            out.push(el);
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
        walk(root);
        return out;
      };
      const rootOf = (el: Element) => el.getRootNode() as Document | ShadowRoot;
      const byId = (el: Element, id: string) => rootOf(el).getElementById?.(id) ?? null;
      const name = (el: Element): string => {
        const label = el.getAttribute('aria-label');
        if (label) return norm(label);
        const labelledby = el.getAttribute('aria-labelledby');
        if (labelledby)
          return norm(
            labelledby
              .split(/\s+/)
              .map((id) => byId(el, id)?.textContent ?? '')
              .join(' '),
          );
        if (
          el instanceof HTMLInputElement ||
          el instanceof HTMLSelectElement ||
          el instanceof HTMLTextAreaElement
        ) {
          const labels = el.labels ? [...el.labels].map((l) => l.textContent).join(' ') : '';
          if (labels) return norm(labels);
          if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type))
            return norm(el.value);
          return norm(el.getAttribute('title') ?? el.getAttribute('placeholder') ?? '');
        }
        return norm(el.textContent);
      };
      const roleOf = (el: Element): string | null => {
        const explicit = el.getAttribute('role');
        if (explicit) return explicit;
        for (const [role, selector] of Object.entries(IMPLIED)) if (el.matches(selector)) return role;
        return null;
      };
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      };
      const match = (t: WireTarget, scope: Element[] | null): Element[] => {
        let inside: Element[] | null = null;
        if (t.within) {
          const outer = match(t.within, scope)[t.within.nth ?? 0];
          if (!outer) return [];
          inside = all(outer);
        }
        const pool = inside ?? scope ?? all(document);
        return pool.filter(
          (el) =>
            (!t.selector || el.matches(t.selector)) &&
            (!t.role || roleOf(el) === t.role) &&
            (!t.name || test(t.name, name(el), t.exact)) &&
            (!t.text || test(t.text, norm(el.textContent), t.exact)),
        );
      };
      let found = match(target, null);
      // A text match names the innermost element that carries it, as a person reads it.
      if (target.text && !target.role && !target.selector)
        found = found.filter((el) => !found.some((other) => other !== el && el.contains(other)));
      // Visible matches first (a hidden duplicate must not be the one clicked).
      found = [...found.filter(visible), ...found.filter((el) => !visible(el))];
      if (target.nth) found = found.slice(target.nth);
      found.forEach((el, i) => el.setAttribute('data-e2e', `${tag}-${i}`));
      return found.length;
    },
    { target: toWire(target), tag },
  );
  return Array.from({ length: count }, (_, i) => `[data-e2e="${tag}-${i}"]`);
}

/** The first match of `target`, or null. */
export async function find(page: E2EPage, target: Target): Promise<string | null> {
  return (await findAll(page, target))[0] ?? null;
}

/** Polls until `target` is there; returns its selector. */
export async function waitFor(page: E2EPage, target: Target, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find(page, target);
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(`Not found within ${timeoutMs} ms: ${describeTarget(target)} at ${page.url()}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Clicks `target` once it is there (a real click, through the browser's input). */
export async function clickOn(page: E2EPage, target: Target): Promise<void> {
  await page.click(await waitFor(page, target));
}

/** Replaces the value of a text field with `text`, typed key by key as a person would. */
export async function fill(page: E2EPage, target: Target, text: string): Promise<void> {
  const selector = await waitFor(page, target);
  await page.click(selector);
  await page.evaluate((sel) => {
    const field = [document, ...deepRoots()]
      .map((root) => root.querySelector<HTMLInputElement | HTMLTextAreaElement>(sel))
      .find(Boolean)!;
    // React tracks the value through the prototype's setter: clear it the same way, then say so.
    const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
    Object.getOwnPropertyDescriptor(proto.prototype, 'value')!.set!.call(field, '');
    field.dispatchEvent(new Event('input', { bubbles: true }));
    function deepRoots(): ShadowRoot[] {
      return [...document.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []));
    }
  }, selector);
  if (text) await page.type(selector, text);
}

/** Chooses an option of a <select> by value, as the browser does when a person picks it. */
export async function selectOption(page: E2EPage, target: Target, value: string): Promise<void> {
  const selector = await waitFor(page, target);
  await page.evaluate(
    ({ sel, value }) => {
      const select = document.querySelector<HTMLSelectElement>(sel)!;
      select.focus();
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
      if (select.value !== value) throw new Error(`no option "${value}" in ${sel}`);
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { sel: selector, value },
  );
}

/** Moves the focus away from `target` (as a click elsewhere would). */
export async function blur(page: E2EPage, target: Target): Promise<void> {
  const selector = await waitFor(page, target);
  await page.evaluate((sel) => document.querySelector<HTMLElement>(sel)?.blur(), selector);
}

export interface FileToUpload {
  name: string;
  mimeType: string;
  text: string;
}

/** Chooses files in an <input type=file>, as the file picker would, and fires its change event. */
export async function setInputFiles(page: E2EPage, target: Target, files: FileToUpload[]): Promise<void> {
  const selector = await waitFor(page, target);
  await page.evaluate(
    ({ sel, files }) => {
      const input = document.querySelector<HTMLInputElement>(sel)!;
      const transfer = new DataTransfer();
      for (const f of files) transfer.items.add(new File([f.text], f.name, { type: f.mimeType }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { sel: selector, files },
  );
}

/** The text content of every match of a CSS selector (document and shadow roots), in order. */
export function textsOf(page: E2EPage, target: Target): Promise<string[]> {
  return findAll(page, target).then((selectors) =>
    page.evaluate(
      (sels) =>
        sels.map((sel) => {
          const el = findDeep(sel);
          return el?.textContent ?? '';
          function findDeep(s: string): Element | null {
            const hit = document.querySelector(s);
            if (hit) return hit;
            for (const host of document.querySelectorAll('*')) {
              const inner = host.shadowRoot?.querySelector(s);
              if (inner) return inner;
            }
            return null;
          }
        }),
      selectors,
    ),
  );
}

/** The text content of the first match, or null. */
export async function textOf(page: E2EPage, target: Target): Promise<string | null> {
  const texts = await textsOf(page, target);
  return texts[0] ?? null;
}

/** How many elements match. */
export async function count(page: E2EPage, target: Target): Promise<number> {
  return (await findAll(page, target)).length;
}

/** A property of the first match (value, disabled, checked…) or an attribute (when `attribute` is set). */
export async function propertyOf<T = unknown>(
  page: E2EPage,
  target: Target,
  property: string,
  attribute = false,
): Promise<T> {
  const selector = await waitFor(page, target);
  return page.evaluate(
    ({ sel, property, attribute }) => {
      let el: Element | null = document.querySelector(sel);
      if (!el)
        for (const host of document.querySelectorAll('*')) {
          el = host.shadowRoot?.querySelector(sel) ?? null;
          if (el) break;
        }
      if (!el) return null as never;
      return (
        attribute ? el.getAttribute(property) : (el as unknown as Record<string, unknown>)[property]
      ) as never;
    },
    { sel: selector, property, attribute },
  );
}

/** Waits until some element's text (document and shadow roots) matches. */
export const waitForText = (page: E2EPage, text: Pattern, timeoutMs = 10_000) =>
  waitFor(page, { text }, timeoutMs);
