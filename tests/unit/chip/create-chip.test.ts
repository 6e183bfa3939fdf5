// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  chipStyleText,
  createChip,
  UNREADABLE_TEXT,
  type Chip,
  type ChipHandlers,
} from '@/lib/chip/create-chip';

let chip: Chip | null = null;
afterEach(() => {
  chip?.destroy();
  chip = null;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

function open(handlers: ChipHandlers = {}, options: Parameters<typeof createChip>[2] = {}) {
  chip = createChip(document, handlers, { siteName: 'jobs.example', ...options });
  const $ = <T extends Element = HTMLElement>(selector: string) => chip!.root.querySelector(selector) as T;
  return { chip, $ };
}

const READY = {
  status: 'ready' as const,
  score: 72,
  reason: 'Meets 7 of 9 required; missing Kafka',
  gaps: 3,
};

describe('createChip', () => {
  it('parses its stylesheet once per page: a chip made again adopts the same sheet', () => {
    const first = createChip(document);
    const sheetsOfFirst = [...first.root.adoptedStyleSheets];
    first.destroy();
    const second = createChip(document);
    if (sheetsOfFirst.length === 1) expect(second.root.adoptedStyleSheets[0]).toBe(sheetsOfFirst[0]);
    else expect(second.root.querySelector('style')?.textContent).toBe(chipStyleText());
    second.destroy();
  });

  it('mounts a shadow-root chip at the bottom right', () => {
    const { chip } = open();
    expect(document.querySelector('gapmark-chip')).toBe(chip.host);
    expect(chip.host.shadowRoot).toBe(chip.root);
    expect(chip.corner).toBe('bottom-right');
    expect(chip.host.style.right).toBe('16px');
  });

  it('shows the score, and the reason once clicked', () => {
    const { chip, $ } = open();
    chip.update(READY);
    expect($('.score').textContent).toBe('72%');
    expect($('.score').dataset.band).toBe('high');
    expect($('.summary').getAttribute('aria-label')).toBe('72% match Gapmark. Show details');
    expect($('.panel').hidden).toBe(true);
    $<HTMLButtonElement>('.summary').click();
    expect($('.panel').hidden).toBe(false);
    expect($('.summary').getAttribute('aria-expanded')).toBe('true');
    expect($('.reason').textContent).toBe(READY.reason);
  });

  it('Escape folds the panel and gives focus back to the summary', () => {
    const { $ } = open({}, { expanded: true });
    expect($('.panel').hidden).toBe(false);
    $('.chip').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect($('.panel').hidden).toBe(true);
    expect(chip!.root.activeElement).toBe($('.summary'));
  });

  it.each([
    [{ status: 'unreadable' as const, score: null, reason: '' }, UNREADABLE_TEXT, true],
    // Still a posting, so it can be saved; it just names no skills.
    [
      { status: 'ready' as const, score: null, reason: 'No skills found in this posting' },
      'No skills found in this posting',
      false,
    ],
    [{ status: 'loading' as const, score: null, reason: '' }, 'Reading…', true],
  ])('without a score says why: %j', (state, text, saveDisabled) => {
    const { chip, $ } = open();
    chip.update(state);
    expect($('.score').textContent).toBe('');
    expect($('.label').textContent).toBe(text);
    expect($<HTMLButtonElement>('.save').disabled).toBe(saveDisabled);
  });

  it('renders hostile posting text as text, never as markup', () => {
    const { chip, $ } = open();
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    chip.update({ ...READY, reason: `missing ${hostile}` });
    expect($('.reason').textContent).toBe(`missing ${hostile}`);
    expect(chip.root.querySelector('img, script')).toBeNull();
  });

  it('calls its handlers', () => {
    const handlers = { onNextGap: vi.fn(), onSave: vi.fn(), onTogglePage: vi.fn(), onToggleSite: vi.fn() };
    const { chip, $ } = open(handlers);
    chip.update(READY);
    $<HTMLButtonElement>('.next').click();
    $<HTMLButtonElement>('.save').click();
    $<HTMLInputElement>('.page-toggle').click();
    $<HTMLInputElement>('.site-toggle').click();
    expect(handlers.onNextGap).toHaveBeenCalledTimes(1);
    expect(handlers.onSave).toHaveBeenCalledTimes(1);
    expect(handlers.onTogglePage).toHaveBeenCalledWith(false);
    expect(handlers.onToggleSite).toHaveBeenCalledWith(false);
  });

  it.each([
    [{ gaps: 0 }, true],
    [{ gaps: 2, pageEnabled: false }, true],
    [{ gaps: 2, pageEnabled: true }, false],
  ])('"Next gap" disabled for %j: %s', (state, disabled) => {
    const { chip, $ } = open();
    chip.update({ ...READY, ...state });
    expect($<HTMLButtonElement>('.next').disabled).toBe(disabled);
  });

  it('shows each dealbreaker on its own line with its sentence, as text, and none while loading', () => {
    const { chip, $ } = open();
    const flags = [
      'Says: no visa sponsorship: “We cannot sponsor <b>visas</b>.”',
      'Acme is on your hidden list',
    ];
    chip.update({ ...READY, flags });
    const lines = [...chip.root.querySelectorAll('.flags li')].map((li) => li.textContent);
    expect(lines).toEqual([
      '⚠ Says: no visa sponsorship: “We cannot sponsor <b>visas</b>.”',
      '⚠ Acme is on your hidden list',
    ]);
    expect($('.flags b')).toBeNull();
    chip.update({ status: 'loading' });
    expect(chip.root.querySelectorAll('.flags li')).toHaveLength(0);
    chip.update({ ...READY, flags: [] });
    expect(chip.root.querySelectorAll('.flags li')).toHaveLength(0);
  });

  it('shows Saved once saved', () => {
    const { chip, $ } = open();
    chip.update({ ...READY, saved: true });
    expect($('.save').textContent).toBe('Saved');
    expect($<HTMLButtonElement>('.save').disabled).toBe(true);
  });

  it('names every control for assistive technology', () => {
    const { chip } = open();
    chip.update(READY);
    for (const control of chip.root.querySelectorAll('button')) {
      expect(control.getAttribute('aria-label') ?? control.textContent).toBeTruthy();
    }
    for (const input of chip.root.querySelectorAll('input')) {
      expect(input.closest('label')?.textContent).toMatch(/Marks on (this page|jobs\.example)/);
    }
    expect(chip.root.querySelectorAll('.legend li')).toHaveLength(5);
    // The legend samples carry the marks' own underline styles, light and dark.
    // Its styles: one sheet adopted by the shadow root, or a <style> where adoption is refused.
    expect(chip.root.adoptedStyleSheets.length + chip.root.querySelectorAll('style').length).toBe(1);
    const css = chipStyleText();
    expect(css).toMatch(/\.swatch-missing-required \{[^}]*wavy/);
    // Dark follows the page the chip sits on (data-theme, set by the content script from the page's colours).
    expect(css).toMatch(/:host\(\[data-theme=dark\]\) \.swatch-have \{[^}]*#4ade80/);
  });

  it('moves off the board apply button (happy-dom has no layout: rects are given)', async () => {
    document.body.innerHTML = '<button class="apply">Apply</button>';
    const apply = document.querySelector('.apply')!;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      return this === apply
        ? DOMRect.fromRect({ x: innerWidth - 200, y: innerHeight - 60, width: 180, height: 44 })
        : DOMRect.fromRect({ x: 0, y: 0, width: 220, height: 48 });
    });
    // happy-dom's IntersectionObserver never reports: this one reports each target's rect a task later.
    class ReportingObserver {
      constructor(private readonly callback: (entries: IntersectionObserverEntry[]) => void) {}
      observe(target: Element) {
        setTimeout(() =>
          this.callback([{ target, boundingClientRect: target.getBoundingClientRect() } as never]),
        );
      }
      disconnect() {}
    }
    vi.stubGlobal('IntersectionObserver', ReportingObserver);
    const { chip } = open({}, { avoid: '.apply' });
    // No layout read while the chip is added: the corner moves once the observer reports.
    expect(chip.corner).toBe('bottom-right');
    await vi.waitFor(() => expect(chip.corner).toBe('bottom-left'));
    expect(chip.host.style.left).toBe('16px');
    expect(chip.host.style.right).toBe('auto');
  });

  it('destroy() removes the chip', () => {
    const { chip } = open();
    chip.destroy();
    expect(document.querySelector('gapmark-chip')).toBeNull();
  });
});
