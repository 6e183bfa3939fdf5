// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addReportButton } from '@/lib/chip/add-report-button';
import { createChip, UNREADABLE_TEXT } from '@/lib/chip/create-chip';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the chip on a board posting Gapmark could not read', () => {
  it('says so in place of a score and offers "Save a report"', () => {
    const chip = createChip(document, {}, { siteName: 'www.linkedin.com' });
    chip.update({ status: 'unreadable', headline: 'Gapmark could not read this LinkedIn page', score: null });
    expect(chip.root.querySelector('.label')?.textContent).toBe('Gapmark could not read this LinkedIn page');
    expect(chip.root.querySelector('.score')?.textContent).toBe('');
    const onReport = vi.fn();
    const remove = addReportButton(chip, onReport);
    const button = chip.root.querySelector<HTMLButtonElement>('button.report');
    expect(button?.textContent).toBe('Save a report');
    button?.click();
    expect(onReport).toHaveBeenCalledTimes(1);
    chip.update({ status: 'unreadable', reason: 'x' }); // a re-render keeps the button
    expect(chip.root.querySelector('button.report')).not.toBeNull();
    remove();
    expect(chip.root.querySelector('button.report')).toBeNull();
    chip.destroy();
  });

  it('keeps the old wording for other unreadable pages', () => {
    const chip = createChip(document);
    chip.update({ status: 'unreadable', reason: 'reading failed' });
    expect(chip.root.querySelector('.label')?.textContent).toBe(UNREADABLE_TEXT);
    chip.destroy();
  });
});
