/**
 * Generated cases (fast-check) for every package's tests. CI is the gate for
 * main, so there every property draws the same cases from one seed: a red CI
 * is a regression, not a new draw. Anywhere else each run draws new cases,
 * and the soak scripts draw thousands; a failure prints its seed and path to
 * replay (`fc.assert(…, { seed, path })`). NEWSROOM_SEED sets the seed anywhere.
 */
import fc from 'fast-check';

const seed = process.env.NEWSROOM_SEED ?? (process.env.CI ? '20261201' : undefined);
if (seed !== undefined && !/^-?\d+$/.test(seed)) throw new Error(`NEWSROOM_SEED takes a whole number, got ${seed}`);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
