import type { Chip } from './create-chip';

// "Save a report" in the chip of a page Gapmark could not read. Added beside the chip's own actions (the chip
// renders its buttons once, so this one stays), removed when the page is read after all.

/** Adds the button; returns a function that removes it. */
export function addReportButton(chip: Chip, onReport: () => void): () => void {
  const actions = chip.root.querySelector('.actions');
  if (!actions) return () => {};
  const doc = chip.host.ownerDocument;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'report';
  button.textContent = 'Save a report';
  button.addEventListener('click', onReport);
  actions.prepend(button);
  return () => button.remove();
}
