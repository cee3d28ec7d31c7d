/**
 * The budgets: one row per figure the bench decides on, read by id by the
 * runner (bench/run.ts) and by the docs' Performance page, which renders this
 * table. Data only (no imports), so the docs can import it as it is.
 *
 * - `limit`: a budget. Met when the median of the rounds is inside `limit`
 *   AND the rounds' spread (largest − smallest value, in the budget's unit)
 *   is inside `margin`; with a wider spread it is "not decided".
 * - `contract`: a figure the contract names against no integration at all.
 *   Reported with its figure, never a limit: the markup the HTML contract
 *   requires costs part of it by itself (issue 22).
 * - `size`: bytes, the same on any machine; also checked by the smoke run.
 */
export type BudgetKind = 'limit' | 'contract' | 'size';

export interface Budget {
  /** Stable id: results.json, the runner and the docs refer to it. */
  id: string;
  /** The part of the bench that measures it (bench/parts/<part>.ts). */
  part: string;
  /** What is measured, against what. */
  what: string;
  limit: number;
  /** `at most`: lower is better; `at least`: higher is better. */
  direction: 'at most' | 'at least';
  /** Widest spread of the rounds (max − min, in the budget's unit) that still decides. */
  margin: number;
  kind: BudgetKind;
}

/** Growth shapes measured on both processors (see bench/parts/growth.ts). */
export const growthShapes = [
  { id: 'quote-letters', name: 'quote mark + n letters' },
  { id: 'foreign-directives', name: 'n directives not ours in one paragraph (a:b)' },
  { id: 'credit-lines', name: 'n lines of "Zitat" :credit[dpa] a:b in one paragraph' },
  { id: 'our-directives', name: 'n of our text directives (:credit[dpa]) in one paragraph' },
  { id: 'foreign-directives-in-quote', name: 'n directives not ours (a:b) in one paragraph inside :::quote{by="A"}' },
] as const;

const growth: Budget[] = growthShapes.flatMap((shape) =>
  (['unified', 'satteri'] as const).map(
    (processor): Budget => ({
      id: `growth-${shape.id}-${processor}`,
      part: 'growth',
      what: `${processor}: growth exponent of the time we add (ours − the processor's control: on Sätteri a plugin that does nothing, on unified one that prints our markup where a shape holds a:b; see bench/parts/growth.ts), ${shape.name}`,
      limit: 1.1,
      direction: 'at most',
      margin: 0.2,
      kind: 'limit',
    }),
  ),
);

export const budgets: readonly Budget[] = [
  {
    id: 'unified-engine-share',
    part: 'unified',
    what: 'unified: engine share, (ours − markup-only control) / baseline, 1,000 generated articles',
    limit: 0.05,
    direction: 'at most',
    margin: 0.03,
    kind: 'limit',
  },
  {
    id: 'unified-prose',
    part: 'unified',
    what: 'unified, prose only (no blocks, so no markup to emit): ours / baseline',
    limit: 1.05,
    direction: 'at most',
    margin: 0.05,
    kind: 'limit',
  },
  {
    id: 'unified-vs-none',
    part: 'unified',
    what: 'unified: ours / remark-directive alone (contract figure, no limit)',
    limit: 1.1,
    direction: 'at most',
    margin: 0.05,
    kind: 'contract',
  },
  {
    id: 'unified-typography-vs-smartypants',
    part: 'unified',
    what: 'unified, typography on: ours / remark-directive + remark-smartypants (contract figure)',
    limit: 1.1,
    direction: 'at most',
    margin: 0.05,
    kind: 'contract',
  },
  {
    id: 'pages-satteri-by-hand',
    part: 'pages',
    what: 'Astro pages on Sätteri, 1,000 articles: build with / our markup written by hand',
    limit: 1.05,
    direction: 'at most',
    margin: 0.05,
    kind: 'limit',
  },
  {
    id: 'pages-satteri-vs-none',
    part: 'pages',
    what: 'Astro pages on Sätteri, 1,000 articles: build with / without the integration (contract figure)',
    limit: 1.15,
    direction: 'at most',
    margin: 0.05,
    kind: 'contract',
  },
  {
    id: 'pages-unified-vs-none',
    part: 'pages',
    what: 'Astro pages on unified, 1,000 articles: build with / without the integration (contract figure)',
    limit: 1.15,
    direction: 'at most',
    margin: 0.05,
    kind: 'contract',
  },
  {
    id: 'pages-satteri-per-article',
    part: 'pages',
    what: 'Astro pages on Sätteri with the integration: ms per article, 1,000 vs 100 articles',
    limit: 1.15,
    direction: 'at most',
    margin: 0.1,
    kind: 'limit',
  },
  ...(['cold', 'warm', 'edit'] as const).map(
    (build): Budget => ({
      id: `collection-satteri-${build}-by-hand`,
      part: 'collection',
      what: `content collection on Sätteri, 3,000 articles, ${{ cold: 'cold build', warm: 'warm rebuild (nothing changed)', edit: 'rebuild after one edit' }[build]}: with / markup by hand`,
      limit: 1.05,
      direction: 'at most',
      margin: 0.05,
      kind: 'limit',
    }),
  ),
  {
    id: 'collection-satteri-cold-vs-none',
    part: 'collection',
    what: 'content collection on Sätteri, cold build: with / without the integration (contract figure)',
    limit: 1.15,
    direction: 'at most',
    margin: 0.05,
    kind: 'contract',
  },
  {
    id: 'collection-unified-cold-vs-none',
    part: 'collection',
    what: 'content collection on unified, cold build: with / without the integration (contract figure)',
    limit: 1.15,
    direction: 'at most',
    margin: 0.05,
    kind: 'contract',
  },
  ...(['unified', 'satteri'] as const).map(
    (processor): Budget => ({
      id: `peer-${processor}`,
      part: 'peer',
      what: `${processor}: cost per block at 6 blocks an article (marginal + a sixth of the per-article pass), ours / Starlight's asides`,
      limit: 1,
      direction: 'at most',
      margin: 0.25,
      kind: 'limit',
    }),
  ),
  ...growth,
  {
    id: 'check-files-per-second',
    part: 'check',
    what: 'newsroom check: files per second (a pre-commit hook)',
    limit: 100,
    direction: 'at least',
    margin: 50,
    kind: 'limit',
  },
  {
    id: 'weight-js-without-poll',
    part: 'weight',
    what: 'example site: JS bytes on pages without a poll',
    limit: 0,
    direction: 'at most',
    margin: 0,
    kind: 'size',
  },
  {
    id: 'weight-js-gzip-with-poll',
    part: 'weight',
    what: 'example site: JS bytes gzip on pages with a poll, CMP support included',
    limit: 2048,
    direction: 'at most',
    margin: 0,
    kind: 'size',
  },
  {
    id: 'weight-css-gzip',
    part: 'weight',
    what: 'astro-newsroom stylesheet, bytes gzip',
    limit: 4096,
    direction: 'at most',
    margin: 0,
    kind: 'size',
  },
  ...(['performance', 'accessibility', 'best-practices', 'seo'] as const).map(
    (category): Budget => ({
      id: `lighthouse-${category}`,
      part: 'lighthouse',
      what: `Lighthouse ${category}, example article`,
      limit: 100,
      direction: 'at least',
      margin: 2,
      kind: 'limit',
    }),
  ),
  // Registered for the SCALE engineer's parts (bench/scale.ts, bench/ondemand.ts).
  {
    id: 'scale-satteri-per-article',
    part: 'scale',
    what: 'Sätteri in-process: ms per article with the plugin, 10,000 vs 100 articles',
    limit: 1.15,
    direction: 'at most',
    margin: 0.1,
    kind: 'limit',
  },
  {
    id: 'ondemand-uncached',
    part: 'ondemand',
    what: 'on demand, Node server, uncached: requests per second without / with blocks',
    limit: 1.1,
    direction: 'at most',
    margin: 0.1,
    kind: 'limit',
  },
  {
    id: 'ondemand-uncached-cpu',
    part: 'ondemand',
    what: "on demand, Node server, uncached: the server's CPU time per request with / without blocks",
    limit: 1.1,
    direction: 'at most',
    margin: 0.1,
    kind: 'limit',
  },
  {
    id: 'ondemand-uncached-cpu-by-hand',
    part: 'ondemand',
    what: "on demand, Node server, uncached: the server's CPU time per request with blocks / our blocks written by hand as raw HTML, the prose as Markdown (the same article HTML)",
    limit: 1.05,
    direction: 'at most',
    margin: 0.05,
    kind: 'limit',
  },
];

/** A budget by id; throws on an unknown id, so a typo fails the smoke run. */
export function budgetById(id: string): Budget {
  const found = budgets.find((budget) => budget.id === id);
  if (!found) throw new Error(`bench: no budget with id "${id}" in bench/budgets.ts`);
  return found;
}
