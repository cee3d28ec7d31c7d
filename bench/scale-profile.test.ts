/** Splitting the on-demand server's CPU profile by batch and by part of the request. */
import { describe, expect, it } from 'vitest';
import { attribute, type Batch, type CpuProfile, other } from './scale-profile-parts.ts';

const frame = (functionName: string, url = 'file:///server/entry.mjs') => ({ functionName, url });

/** root → handler → renderOne → markdownToHtml; root → writeResponse → writev; root → (garbage collector); root → route. */
const nodes: CpuProfile['nodes'] = [
  { id: 1, callFrame: frame('(root)', ''), children: [2, 5, 7, 8] },
  { id: 2, callFrame: frame('handler'), children: [3] },
  { id: 3, callFrame: frame('renderOne'), children: [4] },
  { id: 4, callFrame: frame('markdownToHtml', 'file:///node_modules/satteri/dist/compile.js') },
  { id: 5, callFrame: frame('writeResponse'), children: [6] },
  { id: 6, callFrame: frame('writev', '') },
  { id: 7, callFrame: frame('(garbage collector)', '') },
  { id: 8, callFrame: frame('route') },
];

/** Samples every 100 µs from t = 1,000 µs; the sample at i lasts until the next one. */
function profileOf(samples: number[]): CpuProfile {
  return { nodes, startTime: 1000, samples, timeDeltas: samples.map((_, i) => (i === 0 ? 0 : 100)) };
}

describe('attribute', () => {
  it('gives each sample to its batch and to the part whose marker is on its stack, per request', () => {
    // Samples at 1000, 1100, … 1900 µs. Batch "with" holds 1000–1400 (2 requests), "without" 1500–1900 (1 request).
    const profile = profileOf([4, 4, 6, 7, 8, 4, 6, 6, 8, 8]);
    const batches: Batch[] = [
      { kind: 'with', start: 1000, end: 1450, requests: 2 },
      { kind: 'without', start: 1500, end: 1950, requests: 1 },
    ];
    const parts = attribute(profile, batches);
    expect(parts.get('Markdown render (renderNewsroom)')).toEqual({ with: 0.1, without: 0.1 });
    expect(parts.get('response write')).toEqual({ with: 0.05, without: 0.2 });
    expect(parts.get('(garbage collector)')).toEqual({ with: 0.05, without: 0 });
    // The last sample has no next one: it lasts nothing.
    expect(parts.get(other)).toEqual({ with: 0.05, without: 0.1 });
  });

  it('leaves out samples between batches and after the last one', () => {
    const profile = profileOf([4, 4, 4, 4]); // 1000, 1100, 1200, 1300 µs
    const parts = attribute(profile, [{ kind: 'with', start: 1050, end: 1150, requests: 1 }]);
    expect(parts.get('Markdown render (renderNewsroom)')).toEqual({ with: 0.1, without: 0 });
  });

  it('counts an async step of Sätteri that resumes without renderOne on its stack as the render', () => {
    const resumed: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', ''), children: [2] },
        { id: 2, callFrame: frame('processTicksAndRejections', 'node:internal/process/task_queues'), children: [3] },
        { id: 3, callFrame: frame('finalize', 'file:///node_modules/satteri/dist/compile.js') },
      ],
      startTime: 0,
      samples: [3, 3],
      timeDeltas: [0, 500],
    };
    const parts = attribute(resumed, [{ kind: 'without', start: 0, end: 10, requests: 1 }]);
    expect(parts.get('Markdown render (renderNewsroom)')).toEqual({ with: 0, without: 0.5 });
  });
});
