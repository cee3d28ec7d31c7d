/**
 * Registers bench/ondemand.ts (the SCALE engineer's): the Node server over a
 * store of 100,000 articles and static builds up to 30,000. Hours at full
 * size: only with `--only=ondemand`, never in the smoke run. Its options:
 * --articles, --requests, --seconds, --static, --skip-static, --skip-server, --skip-memory.
 */
import { measureOnDemand } from '../ondemand.ts';
import type { Part } from './part.ts';

export const part: Part = {
  id: 'ondemand',
  what: 'on demand: Node server over 100,000 articles, static builds up to 30,000',
  onlyWhenAsked: true,
  skipInSmoke: true,
  async run({ option, flag }) {
    const results = await measureOnDemand({
      articles: Number(option('articles', '100000')),
      requests: Number(option('requests', '5000')),
      seconds: Number(option('seconds', '60')),
      staticSizes: option('static', '1000,10000,30000').split(',').map(Number),
      skipStatic: flag('skip-static'),
      skipServer: flag('skip-server'),
      skipMemory: flag('skip-memory'),
    });
    const ratio = results.ratios['uncached: req/s without / with blocks'];
    return {
      measured: ratio === undefined ? {} : { 'ondemand-uncached': [ratio] },
      data: results,
      notes: [results.note],
    };
  },
};
