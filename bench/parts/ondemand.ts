/**
 * Registers bench/ondemand.ts (the SCALE engineer's): one Node server over a
 * store of 100,000 articles (`--scale=N`), half with blocks, half the same
 * articles without our directives, and (uncached) the articles with blocks
 * with our markup by hand as raw HTML (only our blocks: the budget's
 * control; and the whole body); uncached and cached, in the rounds of the
 * run (alternating with and without); its memory over every article once.
 * The smoke run takes 400 articles. Options: --scale, --requests, --seconds, --skip-memory.
 */
import { measureOnDemand } from '../ondemand.ts';
import type { Part } from './part.ts';

export const part: Part = {
  id: 'ondemand',
  what: 'on demand: Node server over 100,000 articles, uncached and cached, memory over every article',
  async run({ smoke, rounds, option, flag }) {
    const results = await measureOnDemand({
      articles: Number(option('scale', smoke ? '400' : '100000')),
      requests: Number(option('requests', smoke ? '40' : '2000')),
      seconds: Number(option('seconds', smoke ? '20' : '60')),
      rounds,
      skipMemory: flag('skip-memory'),
    });
    return {
      measured: {
        'ondemand-uncached': results.perRound.requestsPerSecondRatio,
        'ondemand-uncached-cpu': results.perRound.cpuRatio,
        'ondemand-uncached-cpu-by-hand': results.perRound.cpuByHandRatio,
      },
      data: results,
      notes: [results.note],
    };
  },
};
