/**
 * Where newsrooms keep articles: a content collection of 3,000 generated
 * articles, cold, warm and after one edit. On Sätteri three sites: with the
 * integration, without it, and the control (our markup written by hand as raw
 * HTML, what a newsroom without us would store); on unified with and without
 * (its by-hand control is no control: remark keeps raw HTML unparsed).
 */
import { buildCollection, type CollectionBuild } from '../collection-site.ts';
import { interleaved, ratios } from '../protocol.ts';
import type { Part } from './part.ts';

export const part: Part = {
  id: 'collection',
  what: 'content collection, 3,000 articles: cold, warm, one edit; with, without, and our markup by hand',
  async run({ smoke, rounds, here }) {
    const count = smoke ? 5 : 3000;
    const builds: CollectionBuild[] = [];
    const build = (processor: 'satteri' | 'unified', site: 'with' | 'without' | 'by hand') => async () => {
      const round = builds.filter((b) => b.processor === processor && b.site === site).length + 1;
      const result = await buildCollection(here, processor, site, count, round);
      builds.push(result);
      return result.coldMs;
    };
    const sites = {
      satteriWithout: build('satteri', 'without'),
      satteriWith: build('satteri', 'with'),
      satteriByHand: build('satteri', 'by hand'),
      unifiedWithout: build('unified', 'without'),
      unifiedWith: build('unified', 'with'),
    };
    // The smoke run builds ours on Sätteri only (the pages part builds unified): enough to keep the part from rotting.
    await interleaved(rounds, smoke ? { satteriWith: sites.satteriWith } : sites);
    if (smoke) return { measured: {}, data: { builds } };
    const series = (processor: string, site: string, measure: 'coldMs' | 'warmMs' | 'editMs') =>
      builds.filter((b) => b.processor === processor && b.site === site).map((b) => b[measure]);
    return {
      measured: {
        'collection-satteri-cold-by-hand': ratios(
          series('satteri', 'with', 'coldMs'),
          series('satteri', 'by hand', 'coldMs'),
        ),
        'collection-satteri-warm-by-hand': ratios(
          series('satteri', 'with', 'warmMs'),
          series('satteri', 'by hand', 'warmMs'),
        ),
        'collection-satteri-edit-by-hand': ratios(
          series('satteri', 'with', 'editMs'),
          series('satteri', 'by hand', 'editMs'),
        ),
        'collection-satteri-cold-vs-none': ratios(
          series('satteri', 'with', 'coldMs'),
          series('satteri', 'without', 'coldMs'),
        ),
        'collection-unified-cold-vs-none': ratios(
          series('unified', 'with', 'coldMs'),
          series('unified', 'without', 'coldMs'),
        ),
      },
      data: { builds },
    };
  },
};
