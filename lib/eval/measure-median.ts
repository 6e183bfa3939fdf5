/** Median wall time in ms of `runs` calls of `work` after `warmup` untimed calls. */
export function measureMedian(work: () => unknown, runs: number, warmup = 1): number {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = work();
  const times: number[] = [];
  for (let i = 0; i < Math.max(1, runs); i++) {
    const began = performance.now();
    sink = work();
    times.push(performance.now() - began);
  }
  keep(sink);
  times.sort((a, b) => a - b);
  const middle = times.length >> 1;
  return times.length % 2 === 1
    ? (times[middle] ?? 0)
    : ((times[middle - 1] ?? 0) + (times[middle] ?? 0)) / 2;
}

let kept: unknown;
// Holds the last result so the optimiser cannot drop the measured work.
function keep(value: unknown): void {
  kept = value;
}
export function lastKept(): unknown {
  return kept;
}
