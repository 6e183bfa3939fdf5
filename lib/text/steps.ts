// Long walks over a page (the text map of a 1 MB description, the search for where a JSON-LD description is
// shown) are written once, as generators that `yield` every few hundred nodes. The CLI and the tests run them to
// the end at once (runSteps); the content script runs them in slices of a few milliseconds and gives the page
// its main thread back between slices (runStepsInSlices), so no task runs long. Same code, same result.

/** A walk that pauses at its `yield`s and ends with its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs a walk to its end in one go (the CLI, the tests, a small page). */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export interface SliceOptions {
  /** Work per slice (ms) before the page gets its main thread back. */
  sliceMs?: number;
  now?: () => number;
  /** Resolves in a later task (a test can pass its own). */
  yieldToPage?: () => Promise<void>;
  /** Told of each slice when it ends: its start and its length (ms). */
  onSlice?: (start: number, ms: number) => void;
}

export interface SlicedResult<T> {
  value: T;
  /** Main-thread time spent in the walk itself, summed over its slices (the time between them is the page's). */
  workMs: number;
  slices: number;
  longestSliceMs: number;
}

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * A later task: `scheduler.yield()` where the browser has it (Chromium: the walk goes on before other queued
 * work of the same priority), else a MessageChannel message. Not setTimeout: a background tab runs timers once a
 * second at best (Firefox), which would make a huge page take minutes to read.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs a walk in slices of about `sliceMs` (8 by default): a walk shorter than that finishes in the calling task,
 * without yielding at all.
 */
export async function runStepsInSlices<T>(
  steps: Steps<T>,
  options: SliceOptions = {},
): Promise<SlicedResult<T>> {
  const sliceMs = options.sliceMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const pause = options.yieldToPage ?? yieldToPage;
  let workMs = 0;
  let slices = 0;
  let longestSliceMs = 0;
  for (;;) {
    const started = now();
    const deadline = started + sliceMs;
    let next = steps.next();
    while (!next.done && now() < deadline) next = steps.next();
    const spent = now() - started;
    options.onSlice?.(started, spent);
    workMs += spent;
    slices += 1;
    longestSliceMs = Math.max(longestSliceMs, spent);
    if (next.done) return { value: next.value, workMs, slices, longestSliceMs };
    await pause();
  }
}
