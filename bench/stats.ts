/** What the benchmarks report of repeated samples. */

/** The middle sample (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** How far the samples spread: largest / smallest − 1. */
export function spread(values: readonly number[]): number {
  return Math.max(...values) / Math.min(...values) - 1;
}
