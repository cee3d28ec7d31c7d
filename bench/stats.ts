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

/**
 * Growth exponent of a time over doubling sizes: the slope of log(time) over
 * log(size) between the largest and the smallest size (1 linear, 2
 * quadratic). NaN when the smallest size's time is under `floorMs` (noise
 * would decide the slope) or the largest one's is not positive.
 *
 * The end points rather than a least-squares fit: with small additive noise
 * on each size, the widest-apart pair carries nearly all the information
 * about the slope, while a fit also weighs middle sizes whose lever arm is
 * short and lets one disturbed middle size tilt the line.
 */
export function growthExponent(sizes: readonly number[], timesMs: readonly number[], floorMs: number): number {
  const first = timesMs[0] as number;
  const last = timesMs[timesMs.length - 1] as number;
  if (!(first >= floorMs && first > 0 && last > 0)) return Number.NaN;
  return Math.log(last / first) / Math.log((sizes[sizes.length - 1] as number) / (sizes[0] as number));
}

/** Least-squares slope of log(y) over log(x), reported beside the end-point exponent. */
export function logLogSlope(xs: readonly number[], ys: readonly number[]): number {
  if (ys.some((y) => !(y > 0))) return Number.NaN;
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const mx = mean(lx);
  const my = mean(ly);
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += ((lx[i] as number) - mx) * ((ly[i] as number) - my);
    den += ((lx[i] as number) - mx) ** 2;
  }
  return num / den;
}
