/**
 * Our blocks inside pages built with real CSS frameworks and classless
 * stylesheets (installed from npm as test material, served from this
 * machine): the article with every block in each framework's usual page, in
 * light and dark (`prefers-color-scheme` emulated both ways, and the
 * framework's own dark switch where it has one). Checked with axe-core (zero
 * violations, colour contrast included) and with what axe does not see
 * (`block-checks.ts`), at a desktop width and at 320 px.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Browser } from 'playwright-core';
import { blocks } from 'remark-newsroom/engine';
import { compile } from 'tailwindcss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockProblems } from './block-checks.js';
import { launch, openPage } from './chromium.js';
import { hostileRules } from './fixtures/hostile-host/rules.js';
import { articleBlocks, axe, copyNewsroomAssets } from './host-page.js';
import { type SiteServer, serveSite } from './server.js';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../test-results/framework-hosts/', import.meta.url));

/** A host page's frame: where the framework's stylesheets go, and its usual page around an article. */
interface Framework {
  /** What the framework is, as the Theming page lists it. */
  kind: string;
  /** Stylesheets of the framework (files in node_modules), in the order a site links them. */
  styles: string[];
  /** The page around the article, as the framework's docs show it. */
  body: (article: string) => string;
  /** The framework's own way to say dark, when it has one besides the reader's system. */
  dark?: { html?: string; styles?: string[] };
}

/** Tailwind as a site builds it: preflight and the utilities its page uses, dark by media query or by class. */
async function tailwind(darkByClass: boolean): Promise<string> {
  const compiler = await compile(
    `@import "tailwindcss";${darkByClass ? '\n@custom-variant dark (&:where(.dark, .dark *));' : ''}`,
    {
      base: root,
      loadStylesheet: async (id: string) => {
        const path = require.resolve(id === 'tailwindcss' ? 'tailwindcss/index.css' : id);
        return { path, base: dirname(path), content: readFileSync(path, 'utf8') };
      },
    },
  );
  return compiler.build([...tailwindBody.split(' '), ...tailwindMain.split(' ')]);
}
const tailwindBody = 'bg-white text-gray-900 dark:bg-gray-950 dark:text-gray-100';
const tailwindMain = 'mx-auto max-w-2xl px-4 py-8';

const frameworks: Record<string, Framework> = {
  bootstrap: {
    kind: 'Bootstrap 5 (Reboot; dark by `data-bs-theme`)',
    styles: [require.resolve('bootstrap/dist/css/bootstrap.min.css')],
    body: (article) =>
      `<main class="container py-4"><div class="row"><div class="col-lg-8">${article}</div></div></main>`,
    dark: { html: ' data-bs-theme="dark"' },
  },
  bulma: {
    kind: 'Bulma 1 (dark by media query, or `data-theme`)',
    styles: [require.resolve('bulma/css/bulma.min.css')],
    body: (article) =>
      `<section class="section"><div class="container"><div class="content">${article}</div></div></section>`,
    dark: { html: ' data-theme="dark"' },
  },
  pico: {
    kind: 'Pico 2 (classless-friendly; dark by media query, or `data-theme`)',
    styles: [require.resolve('@picocss/pico/css/pico.min.css')],
    body: (article) => `<main class="container"><article>${article}</article></main>`,
    dark: { html: ' data-theme="dark"' },
  },
  water: {
    kind: 'Water.css (classless; dark by media query, or its dark stylesheet)',
    styles: [require.resolve('water.css/out/water.min.css')],
    body: (article) => `<main>${article}</main>`,
    dark: { styles: [require.resolve('water.css/out/dark.min.css')] },
  },
  simple: {
    kind: 'Simple.css (classless; dark by media query)',
    styles: [require.resolve('simpledotcss/simple.min.css')],
    body: (article) => `<header><p>Newsroom</p></header><main>${article}</main>`,
  },
  sakura: {
    kind: 'Sakura (classless; a dark stylesheet with no color-scheme)',
    styles: [require.resolve('sakura.css/css/sakura.css')],
    body: (article) => `<main>${article}</main>`,
    dark: { styles: [require.resolve('sakura.css/css/sakura-dark.css')] },
  },
  tailwind: {
    kind: 'Tailwind CSS 4 (preflight; `dark:` by media query, or by `class="dark"`)',
    styles: [],
    body: (article) => `<main class="${tailwindMain}">${article}</main>`,
    dark: { html: ' class="dark"' },
  },
};

/**
 * Hosts whose own stylesheet fights ours: one with every hostile rule, and
 * generated ones with some of them, in a column of some width.
 */
const hostileHosts: { name: string; rules: string[]; column: number }[] = [
  { name: 'hostile', rules: Object.keys(hostileRules), column: 640 },
  ...fc
    .sample(
      fc.record({
        rules: fc.subarray(Object.keys(hostileRules), { minLength: 2 }),
        column: fc.integer({ min: 260, max: 760 }),
      }),
      2,
    )
    .map((host, index) => ({ name: `hostile-${index + 1}`, ...host })),
];

/** One page per framework and way of being dark: `<name>.html`, `<name>-dark.html`. */
async function writeFrameworkHosts(): Promise<string[]> {
  const article = await articleBlocks();
  copyNewsroomAssets(root);
  mkdirSync(join(root, 'vendor'), { recursive: true });
  writeFileSync(join(root, 'vendor/tailwind.css'), await tailwind(false));
  writeFileSync(join(root, 'vendor/tailwind-dark.css'), await tailwind(true));
  const pages: string[] = [];
  for (const [name, framework] of Object.entries(frameworks)) {
    for (const dark of framework.dark ? [false, true] : [false]) {
      const styles = dark && framework.dark?.styles ? framework.dark.styles : framework.styles;
      const links = styles.map((file) => {
        copyFileSync(file, join(root, 'vendor', `${name}-${basename(file)}`));
        return `/vendor/${name}-${basename(file)}`;
      });
      if (name === 'tailwind') links.push(dark ? '/vendor/tailwind-dark.css' : '/vendor/tailwind.css');
      const page = `${name}${dark ? '-dark' : ''}.html`;
      writeFileSync(
        join(root, page),
        `<!doctype html>\n<html lang="de-CH"${dark ? (framework.dark?.html ?? '') : ''}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${name} host</title>${links.map((href) => `<link rel="stylesheet" href="${href}">`).join('')}<link rel="stylesheet" href="/_newsroom/newsroom.css"></head><body${name === 'tailwind' ? ` class="${tailwindBody}"` : ''}>${framework.body(`<h1>Putin in Nordkorea</h1>\n${article}`)}</body></html>\n`,
      );
      pages.push(page);
    }
  }
  for (const host of hostileHosts) {
    const css = host.rules.map((rule) => hostileRules[rule]).join('\n');
    writeFileSync(
      join(root, `${host.name}.html`),
      `<!doctype html>\n<html lang="de-CH"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${host.name}: ${host.rules.join(', ')}</title><style>${css}\nmain { max-width: ${host.column}px; margin: 0 auto }</style><link rel="stylesheet" href="/_newsroom/newsroom.css"></head><body><main><h1>Putin in Nordkorea</h1>\n${article}</main></body></html>\n`,
    );
    pages.push(`${host.name}.html`);
  }
  writeFileSync(join(root, '404.html'), '<!doctype html><html lang="en"><title>Not found</title><p>Not found</p>');
  return pages;
}

let browser: Browser;
let server: SiteServer;
/** Problems per page and scheme, for the record (`test-results/hosts-frameworks.json`). */
const counts: Record<string, number> = {};
beforeAll(async () => {
  await writeFrameworkHosts();
  browser = await launch();
  server = await serveSite(undefined, root);
});
afterAll(async () => {
  writeFileSync(
    new URL('../test-results/hosts-frameworks.json', import.meta.url),
    `${JSON.stringify(counts, null, 2)}\n`,
  );
  await browser?.close();
  await server?.close();
});

type Scheme = 'light' | 'dark';
/**
 * Every page with the reader's system light and dark; a framework's own dark
 * switch (which wins over the system) with the system light, where the two disagree.
 */
const pages: [path: string, colorScheme: Scheme][] = [
  ...Object.entries(frameworks).flatMap(([name, framework]): [string, Scheme][] => [
    [`${name}.html`, 'light'],
    [`${name}.html`, 'dark'],
    ...(framework.dark ? [[`${name}-dark.html`, 'light'] as [string, Scheme]] : []),
  ]),
  ...hostileHosts.flatMap((host): [string, Scheme][] => [
    [`${host.name}.html`, 'light'],
    [`${host.name}.html`, 'dark'],
  ]),
];

describe('the blocks in CSS frameworks', () => {
  for (const [path, colorScheme] of pages) {
    const rules = hostileHosts.find((host) => `${host.name}.html` === path)?.rules.join(', ');
    it.concurrent(`${path}${rules ? ` [${rules}]` : ''} (${colorScheme}): zero axe violations, every block readable and usable`, async () => {
      const { context, page, requests } = await openPage(browser, server.origin, { colorScheme });
      await page.goto(`${server.origin}/${path}`);
      const present = await page
        .locator('[data-nr]')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-nr')));
      expect(new Set(present)).toEqual(new Set(Object.keys(blocks)));
      const wide = await blockProblems(page);
      // Every rule on the blocks, colour contrast included.
      const found = { axe: await axe(page, 'blocks'), ...wide };
      await page.setViewportSize({ width: 320, height: 640 });
      const narrow = await blockProblems(page);
      for (const [check, problems] of Object.entries(narrow) as [keyof typeof narrow, string[]][])
        found[check].push(...problems.map((problem) => `at 320 px: ${problem}`));
      for (const [check, problems] of Object.entries(found))
        counts[`${path} ${colorScheme} ${check}`] = problems.length;
      // Only this machine: the framework's own web fonts or CDNs are never fetched.
      expect(requests.filter((url) => !url.startsWith(server.origin))).toEqual([]);
      expect(found).toEqual({ axe: [], text: [], quotes: [], overflow: [], badge: [], focus: [] });
      await context.close();
    });
  }
});

describe('the checks can fail', () => {
  it('the hostile host without our stylesheet: host quote marks, a stretched badge, no focus outline, unreadable text, bare lists', async () => {
    const { context, page } = await openPage(browser, server.origin, { colorScheme: 'dark' });
    await page.goto(`${server.origin}/hostile.html`);
    await page.evaluate(() => document.querySelector('link[href="/_newsroom/newsroom.css"]')?.remove());
    const found = await blockProblems(page);
    expect(found.quotes.join('\n')).toContain('::before: content "“"');
    expect(found.badge.join('\n')).toMatch(/badge [\d.]+ × [\d.]+ px, not 64 × 64/);
    expect(found.focus.join('\n')).toContain('outline none');
    expect(found.text.join('\n')).toContain('contrast');
    expect(found.text.join('\n')).toContain('no marker');
    expect((await axe(page, 'blocks')).join('\n')).toContain('color-contrast');
    await page.setViewportSize({ width: 320, height: 640 });
    await page.addStyleTag({ content: '.nr-quote { width: 400px }' });
    expect((await blockProblems(page)).overflow.join('\n')).toContain('page scrolls sideways');
    await context.close();
  });
});
