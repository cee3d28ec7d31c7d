/**
 * The resident set of a process and all its descendants (Linux /proc),
 * sampled while it runs: a build that hands work to child processes or
 * workers counts them too.
 */
import { readdirSync, readFileSync } from 'node:fs';

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function rssKB(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The summed resident set (MB) of `root` and its descendants now. */
export function treeRssMB(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let total = 0;
  const pending = [root];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    total += rssKB(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return total / 1024;
}

/** Samples the tree every `everyMs` until stopped; `stop()` gives the peak (MB). */
export function sampleTree(root: number, everyMs = 250): { stop(): number } {
  let peak = treeRssMB(root);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssMB(root));
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.round(peak);
    },
  };
}
