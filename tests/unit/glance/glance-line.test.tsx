// @vitest-environment happy-dom
import { act, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { GlanceLines } from '@/components/job/GlanceLines';
import { setGlanceLines } from '@/lib/chip/add-glance-line';
import { createChip, type Chip } from '@/lib/chip/create-chip';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let chip: Chip | null = null;

/** Renders into a fresh container (React 19 act) and returns it. */
function render(element: ReactElement): { container: HTMLElement } {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(element));
  return { container };
}
afterEach(() => {
  chip?.destroy();
  chip = null;
  document.body.innerHTML = '';
});

const HOSTILE = '<img src=x onerror="alert(1)">Evil Corp';

describe('the chip’s glance lines', () => {
  it('shows the saved line, the look-alike with its link and the age, as text', () => {
    chip = createChip(document, {}, { siteName: 'jobs.example' });
    setGlanceLines(chip, {
      saved: 'Saved 12 Nov · Applied 14 Nov',
      lookAlike: { line: `Looks like a job you saved 2 Nov (${HOSTILE})`, url: 'https://jobs.example/1' },
      age: 'Posted 1 Dec · first seen 4 Dec · reposted (first seen 2 Nov)',
    });
    const root = chip.root;
    expect(root.querySelector('.glance .saved-line')?.textContent).toBe('Saved 12 Nov · Applied 14 Nov');
    expect(root.querySelector('.glance .look-alike')?.textContent).toBe(
      `Looks like a job you saved 2 Nov (${HOSTILE}) Open it`,
    );
    expect(root.querySelector('.glance img')).toBeNull();
    const link = root.querySelector<HTMLAnchorElement>('.look-alike a')!;
    expect(link.href).toBe('https://jobs.example/1');
    expect(link.rel).toBe('noopener noreferrer');
    expect(root.querySelector('.glance .age')?.textContent).toContain('reposted');

    // Replaced, never stacked; gone when there is nothing to say.
    setGlanceLines(chip, { saved: 'Saved 12 Nov', lookAlike: null, age: null });
    expect(root.querySelectorAll('.glance')).toHaveLength(1);
    expect(root.querySelector('.glance')?.textContent).toBe('Saved 12 Nov');
    setGlanceLines(chip, { saved: null, lookAlike: null, age: null });
    expect(root.querySelector('.glance')).toBeNull();
  });
});

describe('GlanceLines in the popup', () => {
  it('renders the lines and the link, hostile text as text', () => {
    const { container } = render(
      <GlanceLines
        glance={{
          saved: { id: 'a', status: 'applied', line: 'Saved 12 Nov · Applied 14 Nov' },
          lookAlike: {
            id: 'b',
            url: 'https://jobs.example/1',
            title: 'Backend',
            company: HOSTILE,
            line: 'Looks like a job you saved 2 Nov (saved)',
          },
          age: 'Posted 1 Dec',
          reposted: false,
          stale: false,
        }}
      />,
    );
    expect(container.querySelector('.job-glance-saved')?.textContent).toBe('Saved 12 Nov · Applied 14 Nov');
    const link = container.querySelector('a')!;
    expect(link.textContent).toBe(`Backend · ${HOSTILE}`);
    expect(link.getAttribute('href')).toBe('https://jobs.example/1');
    expect(document.querySelector('.job-glance img')).toBeNull();
  });

  it('renders nothing without anything to say', () => {
    const { container } = render(
      <GlanceLines glance={{ saved: null, lookAlike: null, age: null, reposted: false, stale: false }} />,
    );
    expect(container.innerHTML).toBe('');
  });
});
