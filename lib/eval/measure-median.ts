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

/**
 * Medians of several pieces of work measured in alternation (a, b, a, b, ...), so a burst of load from
 * elsewhere on the machine lands on all of them alike instead of on whichever ran at that moment.
 */
export function measureMediansInterleaved(works: (() => unknown)[], runs: number, warmup = 1): number[] {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) for (const work of works) sink = work();
  const times = works.map((): number[] => []);
  for (let i = 0; i < Math.max(1, runs); i++) {
    works.forEach((work, w) => {
      const began = performance.now();
      sink = work();
      times[w]?.push(performance.now() - began);
    });
  }
  keepInterleaved(sink);
  return times.map((list) => {
    list.sort((a, b) => a - b);
    const middle = list.length >> 1;
    return list.length % 2 === 1 ? (list[middle] ?? 0) : ((list[middle - 1] ?? 0) + (list[middle] ?? 0)) / 2;
  });
}

let keptInterleaved: unknown;
function keepInterleaved(value: unknown): void {
  keptInterleaved = value;
}
export function lastKeptInterleaved(): unknown {
  return keptInterleaved;
}
