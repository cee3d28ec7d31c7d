/**
 * A CPU profile of the on-demand server (scale-profile.ts) split by part of
 * the request and by kind of page: each sample goes to the batch of requests
 * it fell in, and to the first part whose marker is anywhere on its stack.
 */

export interface CallFrame {
  functionName: string;
  url: string;
}
export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
export type Kind = 'with' | 'without';
export interface Batch {
  kind: Kind;
  start: number;
  end: number;
  requests: number;
}

/** The parts, first match wins; a part's marker anywhere on the stack claims the sample. */
export const parts: [string, (frame: CallFrame) => boolean][] = [
  // Sätteri's frames too: an awaited step resumes without renderOne on its stack.
  ['Markdown render (renderNewsroom)', (f) => f.functionName === 'renderOne' || /satteri/i.test(f.url)],
  ['frontmatter schema (zod)', (f) => f.functionName === 'articleData'],
  ['store read (SQLite)', (f) => /sqlite/i.test(f.url)],
  ['JSON-LD component', (f) => /jsonld/i.test(f.functionName) || /jsonld/i.test(f.url)],
  ['Revisions component', (f) => /Revisions/.test(f.functionName) || /Revisions/.test(f.url)],
  [
    'static-file lookup (@astrojs/node stat)',
    (f) => f.functionName === 'sendIndex' || f.functionName === 'onStatError',
  ],
  [
    'response write',
    (f) => f.functionName === 'writeResponse' || f.url === 'node:_http_outgoing' || f.url === 'node:net',
  ],
  ['Astro page render (page, layout, components)', (f) => f.functionName === 'renderPage'],
  ['request in (HTTP parser, Request)', (f) => f.functionName === 'parserOnIncoming'],
];
export const other = 'other (router, route cache, middleware, microtasks)';

/** The part each profile node's stack belongs to. */
function partsOf(profile: CpuProfile): Map<number, string> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const result = new Map<number, string>();
  for (const node of profile.nodes) {
    const stack: CallFrame[] = [];
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)?.callFrame;
      if (frame) stack.push(frame);
    }
    const leaf = node.callFrame.functionName;
    const part = /^\((garbage collector|idle|program)\)$/.test(leaf)
      ? leaf
      : (parts.find(([, marker]) => stack.some(marker))?.[0] ?? other);
    result.set(node.id, part);
  }
  return result;
}

/** ms per request of each part, with and without blocks. */
export function attribute(profile: CpuProfile, batches: Batch[]): Map<string, Record<Kind, number>> {
  const part = partsOf(profile);
  const requests = { with: 0, without: 0 };
  for (const batch of batches) requests[batch.kind] += batch.requests;
  const sums = new Map<string, Record<Kind, number>>();
  let time = profile.startTime;
  let index = 0;
  profile.samples.forEach((node, i) => {
    time += profile.timeDeltas[i] ?? 0;
    while (index < batches.length && (batches[index]?.end ?? 0) < time) index++;
    const batch = batches[index];
    if (!batch || time < batch.start) return;
    const name = part.get(node) ?? other;
    const row = sums.get(name) ?? { with: 0, without: 0 };
    row[batch.kind] += (profile.timeDeltas[i + 1] ?? 0) / 1000 / requests[batch.kind];
    sums.set(name, row);
  });
  return sums;
}
