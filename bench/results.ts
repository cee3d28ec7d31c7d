/**
 * bench/results.json: per part, the run that measured it (machine, date,
 * rounds, wall time, load average); per budget id, its rounds and verdict.
 * A partial run (`--only=`) replaces its own parts and their budgets and
 * keeps every other part's entries, machine and date as they were.
 */
import type { Decision } from './protocol.ts';

export interface PartRecord {
  machine: Record<string, string | number>;
  date: string;
  rounds: number;
  /** Wall time of the part, seconds. */
  seconds: number;
  /** One-minute load average before and after: a busy machine shows here. */
  loadBefore: number;
  loadAfter: number;
  data: unknown;
}

export interface Results {
  parts: Record<string, PartRecord>;
  decisions: Record<string, Decision & { part: string }>;
}

export const emptyResults = (): Results => ({ parts: {}, decisions: {} });

export function mergeResults(
  previous: Results,
  parts: Record<string, PartRecord>,
  decisions: Record<string, Decision & { part: string }>,
): Results {
  const rerun = new Set(Object.keys(parts));
  const kept = Object.fromEntries(Object.entries(previous.decisions ?? {}).filter(([, d]) => !rerun.has(d.part)));
  return { parts: { ...previous.parts, ...parts }, decisions: { ...kept, ...decisions } };
}
