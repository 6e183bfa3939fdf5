import type { Chip } from './create-chip';

// The chip's gap list: one button per missing skill, each taking the reader to that skill's marks on the page
// in turn, so every gap mark is reachable from the keyboard without hunting through the posting.

export interface ChipGap {
  name: string;
  offsets: number[]; // text offsets of its marks, in page order
  required: boolean;
}

export interface GapList {
  update(gaps: readonly ChipGap[]): void;
  remove(): void;
}

/** Adds the list to the chip's panel, before its actions; `onGo` scrolls to the mark at a text offset. */
export function addGapList(chip: Chip, onGo: (offset: number) => void): GapList {
  const doc = chip.host.ownerDocument;
  const list = doc.createElement('ul');
  list.className = 'gaps';
  list.setAttribute('aria-label', 'Missing skills: go to each mark');
  chip.root.querySelector('.actions')?.before(list);
  return {
    update(gaps) {
      list.replaceChildren(
        ...gaps.map((gap) => {
          let next = 0;
          const item = doc.createElement('li');
          const button = doc.createElement('button');
          button.type = 'button';
          button.textContent = gap.offsets.length > 1 ? `${gap.name} (${gap.offsets.length})` : gap.name;
          button.className = gap.required ? 'gap req' : 'gap';
          button.setAttribute(
            'aria-label',
            `${button.textContent}, ${gap.required ? 'required' : 'nice to have'}: go to its mark`,
          );
          button.addEventListener('click', () => {
            onGo(gap.offsets[next % gap.offsets.length]!);
            next += 1;
          });
          item.append(button);
          return item;
        }),
      );
    },
    remove: () => list.remove(),
  };
}
