import { describe, expect, it } from 'vitest';
import { runSteps, runStepsInSlices, type Steps } from '@/lib/text/steps';

/** A walk of `n` steps whose every step costs `cost` ms on the fake clock. */
function* counting(n: number, clock: { t: number }, cost: number): Steps<number> {
  for (let i = 0; i < n; i++) {
    clock.t += cost;
    yield;
  }
  return n;
}

describe('runSteps', () => {
  it('runs a walk to its end in one go', () => {
    const clock = { t: 0 };
    expect(runSteps(counting(1000, clock, 1))).toBe(1000);
  });
});

describe('runStepsInSlices', () => {
  it('gives the page its thread back after each slice, and sums only the slices’ own time', async () => {
    const clock = { t: 0 };
    let pauses = 0;
    const result = await runStepsInSlices(counting(100, clock, 1), {
      sliceMs: 8,
      now: () => clock.t,
      yieldToPage: async () => {
        pauses += 1;
        clock.t += 50; // the page's own tasks between two slices
      },
    });
    expect(result.value).toBe(100);
    // 100 steps of 1 ms in slices of about 8 ms: a dozen slices, none much over 8 ms.
    expect(result.slices).toBeGreaterThanOrEqual(11);
    expect(result.slices).toBeLessThanOrEqual(13);
    expect(pauses).toBe(result.slices - 1);
    expect(result.longestSliceMs).toBeLessThanOrEqual(9);
    expect(result.workMs).toBe(100); // the 50 ms pauses between slices are the page’s, not counted
  });

  it('finishes a short walk in the calling task, without yielding', async () => {
    const clock = { t: 0 };
    let pauses = 0;
    const result = await runStepsInSlices(counting(5, clock, 1), {
      now: () => clock.t,
      yieldToPage: async () => {
        pauses += 1;
      },
    });
    expect(result).toMatchObject({ value: 5, slices: 1 });
    expect(pauses).toBe(0);
  });

  it('passes a throw in the walk on to the caller', async () => {
    function* failing(): Steps<number> {
      yield;
      throw new Error('broken page');
    }
    await expect(runStepsInSlices(failing(), { sliceMs: 0, yieldToPage: async () => {} })).rejects.toThrow(
      'broken page',
    );
  });
});
