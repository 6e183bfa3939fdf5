/** Median, maximum and count of a list of timings (ms); zeros for an empty list. */
export interface Summary {
  median: number;
  max: number;
  count: number;
}

/** The median of a list of numbers (the mean of the two middle ones for an even count); 0 when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summarize(values: readonly number[]): Summary {
  return { median: median(values), max: values.length ? Math.max(...values) : 0, count: values.length };
}
