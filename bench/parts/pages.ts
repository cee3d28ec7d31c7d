/**
 * Astro 7 Markdown pages (`src/pages/*.md`), 100 and 1,000 generated
 * articles, on Sätteri and on unified: with the integration, without it, and
 * (at 1,000) the control: the same pages with our markup written by hand as
 * raw HTML, no integration. Each round builds every site once, the order
 * reversed every other round. The control is checked to print the markup
 * ours prints (on Sätteri; on unified remark does not parse raw HTML blocks
 * as Markdown, so there it is no control, only a figure).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleSource, astroConfig, type Site, timedBuild } from '../astro-site.ts';
import { corpus } from '../generate.ts';
import { interleaved, ratios } from '../protocol.ts';
import type { Part } from './part.ts';

type Processor = 'satteri' | 'unified';

export interface PageBuild {
  processor: Processor;
  articles: number;
  site: Site;
  round: number;
  ms: number;
  peakMemoryMB: number;
}

/** The article's markup as the page prints it, without what Astro or the integration put around it. */
export function articleMarkup(html: string): string {
  return html
    .replace(/<link[^>]*>|<style[^>]*>[\s\S]*?<\/style>|<script[^>]*>[\s\S]*?<\/script>|<meta[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

async function buildSite(here: string, processor: Processor, count: number, site: Site) {
  const root = join(here, '.sites', `${processor}-${site.replace(' ', '-')}-${count}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  const articles = corpus(count);
  for (const a of articles) writeFileSync(join(root, 'src/pages', `${a.slug}.md`), articleSource(a.markdown, site));
  writeFileSync(join(root, 'astro.config.mjs'), astroConfig(processor, site === 'with'));
  const { ms, rss } = await timedBuild(here, root);
  const first = readFileSync(join(root, 'dist', articles[0]!.slug, 'index.html'), 'utf8');
  rmSync(root, { recursive: true, force: true });
  return { ms, peakMemoryMB: Math.round(rss / 2 ** 20), first };
}

/** The control is a control only if it prints our markup: Sätteri's first page, with and by hand. */
function checkControl(firstPage: Record<string, string>): void {
  const ours = articleMarkup(firstPage['satteri with'] ?? '');
  const control = articleMarkup(firstPage['satteri by hand'] ?? '');
  if (ours !== control) {
    let at = 0;
    while (at < ours.length && ours[at] === control[at]) at++;
    at = Math.max(0, at - 120);
    throw new Error(
      `pages bench: the by-hand control does not print our markup on Sätteri, from character ${at}:\n  ours:  ${ours.slice(at, at + 240)}\n  control: ${control.slice(at, at + 240)}`,
    );
  }
}

export const part: Part = {
  id: 'pages',
  what: 'Astro Markdown pages, 100 and 1,000 articles, both processors: with, without, and our markup by hand',
  async run({ smoke, rounds, here }) {
    const [small, large] = smoke ? [3, 5] : [100, 1000];
    const builds: PageBuild[] = [];
    const firstPage: Record<string, string> = {};
    const measure = (processor: Processor, count: number, site: Site) => async () => {
      const round =
        builds.filter((b) => b.processor === processor && b.articles === count && b.site === site).length + 1;
      const { ms, peakMemoryMB, first } = await buildSite(here, processor, count, site);
      builds.push({ processor, articles: count, site, round, ms: Math.round(ms), peakMemoryMB });
      firstPage[`${processor} ${site}`] = first;
      return ms;
    };
    // The smoke run builds only what keeps the part from rotting: ours on both processors and the control it checks.
    const sites = {
      satteriWithoutLarge: measure('satteri', large, 'without'),
      satteriWithLarge: measure('satteri', large, 'with'),
      satteriByHandLarge: measure('satteri', large, 'by hand'),
      satteriWithSmall: measure('satteri', small, 'with'),
      unifiedWithoutLarge: measure('unified', large, 'without'),
      unifiedWithLarge: measure('unified', large, 'with'),
    };
    const runs = await interleaved(
      rounds,
      smoke
        ? {
            satteriWithLarge: sites.satteriWithLarge,
            satteriByHandLarge: sites.satteriByHandLarge,
            unifiedWithLarge: sites.unifiedWithLarge,
          }
        : sites,
    );
    const data = { builds };
    if (smoke) {
      checkControl(firstPage);
      return { measured: { 'pages-satteri-by-hand': ratios(runs.satteriWithLarge, runs.satteriByHandLarge) }, data };
    }
    checkControl(firstPage);
    const perArticle = (samples: number[], count: number) => samples.map((ms) => ms / count);
    return {
      measured: {
        'pages-satteri-by-hand': ratios(runs.satteriWithLarge, runs.satteriByHandLarge),
        'pages-satteri-vs-none': ratios(runs.satteriWithLarge, runs.satteriWithoutLarge),
        'pages-unified-vs-none': ratios(runs.unifiedWithLarge, runs.unifiedWithoutLarge),
        'pages-satteri-per-article': ratios(
          perArticle(runs.satteriWithLarge, large),
          perArticle(runs.satteriWithSmall, small),
        ),
      },
      data,
    };
  },
};
