/**
 * The docs site (Starlight + astro-newsroom): it built, its internal links
 * resolve, its pages pass axe-core, our blocks and Starlight's asides render
 * side by side, and every option, rule id, label and CSS custom property in
 * the code is documented, so the docs cannot fall behind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { labels, ruleIds } from 'remark-newsroom/engine';
import { optionNames, providerFields } from 'remark-newsroom/options';
import { describe, expect, it } from 'vitest';
// The integration's option schema is internal (users get the `NewsroomOptions` type from `astro-newsroom`): from the build.
import { optionsSchema } from '../../packages/astro-newsroom/dist/options.js';
import { openPage } from '../browser/chromium.js';
import { brokenLinks } from '../browser/links.js';
import { htmlPages } from '../browser/server.js';
import { browserAndSite } from '../browser/setup.js';

const docsDist = fileURLToPath(new URL('../../docs/dist/', import.meta.url));
const docsSource = fileURLToPath(new URL('../../docs/src/content/docs/', import.meta.url));
const css = readFileSync(
  fileURLToPath(new URL('../../packages/astro-newsroom/styles/newsroom.css', import.meta.url)),
  'utf8',
);
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const text = (readdirSync(docsSource, { recursive: true }) as string[])
  .filter((file) => /\.mdx?$/.test(file))
  .map((file) => readFileSync(join(docsSource, file), 'utf8'))
  .join('\n');
const pages = htmlPages(docsDist);

describe('docs: what the code has, the docs say', () => {
  it.each([...optionNames])('remark-newsroom option `%s`', (name) => expect(text).toContain(`\`${name}\``));
  it.each(Object.keys(optionsSchema.shape))('astro-newsroom option `%s`', (name) =>
    expect(text).toContain(`\`${name}\``),
  );
  it.each([...ruleIds])('rule id `%s`', (rule) => expect(text).toContain(`\`${rule}\``));
  it.each(Object.keys(labels.de))('label `%s`', (label) => expect(text).toContain(`\`${label}\``));
  it.each([...providerFields])('provider field `%s`', (field) => expect(text).toContain(`\`${field}\``));
  it.each([...new Set(css.match(/--nr-[a-z-]+(?=:)/g))])('CSS custom property `%s`', (property) =>
    expect(text).toContain(`\`${property}\``),
  );
});

/** The backticked names in the first column of the tables under a `## heading` of a docs page, up to the next `## `. */
function tableNames(page: string, heading: string): string[] {
  const source = readFileSync(join(docsSource, page), 'utf8');
  const start = source.indexOf(`## ${heading}`);
  const end = source.indexOf('\n## ', start + 3);
  const section = source.slice(start, end === -1 ? undefined : end).split('\n### ')[0] ?? '';
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1] as string).sort();
}

describe('docs: what the docs say, the code has', () => {
  it('the remark-newsroom options table lists exactly its options', () => {
    expect(tableNames('configuration.md', 'remark-newsroom')).toEqual([...optionNames].sort());
  });
  it('the astro-newsroom options table lists exactly its options', () => {
    expect(tableNames('configuration.md', 'astro-newsroom')).toEqual(Object.keys(optionsSchema.shape).sort());
  });
  it('the diagnostics table lists exactly the rule ids', () => {
    const source = readFileSync(join(docsSource, 'diagnostics.md'), 'utf8');
    const documented = [...source.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]).sort();
    expect(documented).toEqual([...ruleIds].sort());
  });
  it('every option value the docs show for `locale` and `headingIds` is accepted', () => {
    for (const locale of ['de', 'de-CH', 'en', 'fr', 'fr-CH', 'it', 'it-CH'])
      expect(optionsSchema.safeParse({ locale }).success).toBe(true);
    for (const headingIds of [true, false, 'auto']) expect(optionsSchema.safeParse({ headingIds }).success).toBe(true);
    expect(optionsSchema.safeParse({ locale: 'es' }).success).toBe(false);
  });
});

describe('docs site', () => {
  it('built every page', () => {
    expect(pages.length).toBeGreaterThan(15);
    expect(pages).toContain('/blocks/quote/');
    expect(pages).toContain('/performance/');
  });

  it('includes the example site under /example/, linked from the home page and every block page', () => {
    expect(pages).toContain('/example/artikel/putin-nordkorea/');
    const article = '/example/artikel/putin-nordkorea/';
    // The update block's page links to the running story instead.
    const live = '/example/artikel/putin-nordkorea-live/';
    expect(pages).toContain(live);
    const linksTo = (page: string, target = article) =>
      selectAll('a[href]', fromHtml(readFileSync(join(docsDist, page, 'index.html'), 'utf8'))).some(
        (a) => a.properties.href === target,
      );
    expect(linksTo('')).toBe(true);
    const blockPages = pages.filter((page) => page.startsWith('/blocks/'));
    expect(blockPages).toHaveLength(8);
    for (const page of blockPages) expect(linksTo(page, page === '/blocks/update/' ? live : article), page).toBe(true);
  });

  it('every internal link resolves', () => {
    const { broken, checked } = brokenLinks(docsDist, pages, 'http://localhost:4322', { skipCanonical: true });
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it("our blocks and Starlight's asides render on the same page", () => {
    const quote = readFileSync(join(docsDist, 'blocks/quote/index.html'), 'utf8');
    expect(quote).toContain('starlight-aside');
    expect(quote).toContain('data-nr="quote"');
    const summary = readFileSync(join(docsDist, 'blocks/summary/index.html'), 'utf8');
    expect(summary.match(/data-nr="summary"/g)).toHaveLength(4);
  });

  it('a summary title joins neither "On this page" nor takes an anchor link', () => {
    const tree = fromHtml(readFileSync(join(docsDist, 'blocks/summary/index.html'), 'utf8'));
    const titles = selectAll('.nr-summary__title', tree);
    expect(titles.length).toBeGreaterThan(0);
    const ids = titles.map((title) => String(title.properties.id));
    for (const link of selectAll('starlight-toc a, .sl-anchor-link', tree)) {
      expect(ids).not.toContain(String(link.properties.href).slice(1));
    }
    expect(selectAll('.sl-heading-wrapper .nr-summary__title', tree)).toHaveLength(0);
  });

  it('blocks carry their locale, so German quote marks stay German on an English page', () => {
    const tree = fromHtml(readFileSync(join(docsDist, 'blocks/quote/index.html'), 'utf8'));
    expect(select('html', tree)?.properties.lang).toBe('en');
    expect(selectAll('[data-nr="quote"][lang="de-CH"]', tree).length).toBeGreaterThan(0);
    expect(selectAll('[data-nr="quote"][lang="en"]', tree).length).toBeGreaterThan(0);
  });

  it("the Starlight preset maps our colours onto Starlight's", () => {
    const cssFiles = (readdirSync(join(docsDist, '_astro')) as string[]).filter((file) => file.endsWith('.css'));
    const bundled = cssFiles.map((file) => readFileSync(join(docsDist, '_astro', file), 'utf8')).join('\n');
    expect(bundled).toMatch(/--nr-text:\s*var\(--sl-color-white\)/);
  });
});

describe('docs: axe-core', () => {
  const site = browserAndSite(docsDist);

  it('zero violations on every page', async () => {
    const { context, page } = await openPage(site.browser, site.server.origin);
    const violations: string[] = [];
    for (const path of pages) {
      await page.goto(site.server.origin + path);
      await page.evaluate(axeSource);
      const found = await page.evaluate(async () => {
        // Starlight's own search button (not our markup) names itself "Search" while showing a
        // keyboard hint too; everything else on the page is checked.
        const result = await (
          window as unknown as {
            axe: { run(context: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
          }
        ).axe.run({ exclude: [['button[data-open-modal]']] });
        return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
      });
      violations.push(...found.map((v) => `${path}: ${v}`));
    }
    expect(violations).toEqual([]);
    await context.close();
  });
});
