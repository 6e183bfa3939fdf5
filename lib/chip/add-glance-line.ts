import type { Chip } from './create-chip';

// The glance lines under the chip's score: "Saved 12 Nov · Applied 14 Nov", "Looks like a job you saved" with a
// link to it, and the posting's age. Text only through textContent; the link is an http(s) URL the background
// checked, opened in a new tab without an opener.

export interface GlanceLines {
  saved: string | null;
  lookAlike: { line: string; url: string } | null;
  age: string | null;
}

const CSS = `.glance{margin:0;padding:0 12px 8px;font-size:12px;color:#374151}.glance a{color:#1d4ed8}
:host([data-theme=dark]) .glance{color:#d1d5db}:host([data-theme=dark]) .glance a{color:#93c5fd}`;

/** Shows (or replaces) the glance lines in the chip; nothing at all when every line is empty. */
export function setGlanceLines(chip: Chip, lines: GlanceLines): void {
  const doc = chip.host.ownerDocument;
  chip.root.querySelector('.glance')?.remove();
  if (!lines.saved && !lines.lookAlike && !lines.age) return;
  if (!chip.root.querySelector('style.glance-css')) {
    const style = doc.createElement('style');
    style.className = 'glance-css';
    style.textContent = CSS;
    chip.root.append(style);
  }
  const box = doc.createElement('div');
  box.className = 'glance';
  const line = (className: string, text: string) => {
    const p = doc.createElement('div');
    p.className = className;
    p.textContent = text;
    box.append(p);
    return p;
  };
  if (lines.saved) line('saved-line', lines.saved);
  if (lines.lookAlike) {
    const p = line('look-alike', `${lines.lookAlike.line} `);
    const link = doc.createElement('a');
    link.href = lines.lookAlike.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = 'Open it';
    p.append(link);
  }
  if (lines.age) line('age', lines.age);
  chip.root.querySelector('.head')?.after(box);
  chip.reposition();
}
