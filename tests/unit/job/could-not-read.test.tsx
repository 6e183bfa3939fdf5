// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { JobTab } from '@/components/job/JobTab';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('This job on a board posting Gapmark could not read', () => {
  it('says so, shows no score and offers "Save a report"', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const onSaveReport = vi.fn();
    act(() =>
      root.render(<JobTab status="not-posting" couldNotRead="LinkedIn" onSaveReport={onSaveReport} />),
    );
    expect(container.querySelector('h2')?.textContent).toBe('Gapmark could not read this LinkedIn page');
    expect(container.querySelector('.job-score')).toBeNull();
    const button = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Save a report');
    act(() => button?.click());
    expect(onSaveReport).toHaveBeenCalledTimes(1);
    act(() => root.render(<JobTab status="not-posting" />));
    expect(container.querySelector('h2')?.textContent).toBe('This page is not a job posting');
    act(() => root.unmount());
    container.remove();
  });
});
