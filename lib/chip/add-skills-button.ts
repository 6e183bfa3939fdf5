import type { Chip } from './create-chip';

// "Add your skills" in the chip of a person whose profile is empty: opens the welcome page's quick start (the
// background opens it; a web page cannot open an extension page).

/** Adds the button first among the chip's actions; returns a function that removes it. */
export function addSkillsButton(chip: Chip, onAdd: () => void): () => void {
  const button = chip.host.ownerDocument.createElement('button');
  button.type = 'button';
  button.className = 'add-skills';
  button.textContent = 'Add your skills';
  button.addEventListener('click', onAdd);
  chip.root.querySelector('.actions')?.prepend(button);
  return () => button.remove();
}
