/**
 * Our blocks on pages that are not ours: axe-core (colour contrast on every
 * block, and the full rule set) in light and dark (`prefers-color-scheme`
 * emulated both ways) on
 * - a plain host page with no site CSS, and plain pages that say dark in the
 *   documented ways (`color-scheme` on the root, `data-theme="dark"`,
 *   `class="dark"`), one of them on a white page that has no dark styles,
 * - Starlight (the docs site) and the example site.
 * Also takes the screenshots of a plain host page in dark mode the docs show
 * (written under docs/ with NEWSROOM_UPDATE_SCREENSHOTS=1), and checks in the
 * picture itself that the blocks are dark only where the host says so.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { blocks } from 'remark-newsroom/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './chromium.js';
import { articleBlocks, axe, copyNewsroomAssets } from './host-page.js';
import { type SiteServer, serveSite, siteDist } from './server.js';

const docsDist = fileURLToPath(new URL('../../docs/dist/', import.meta.url));
const plainRoot = fileURLToPath(new URL('../test-results/plain-host/', import.meta.url));
const screenshots =
  process.env.NEWSROOM_UPDATE_SCREENSHOTS === '1'
    ? fileURLToPath(new URL('../../docs/public/screenshots/', import.meta.url))
    : fileURLToPath(new URL('../test-results/', import.meta.url));

/** Every block there is: the plain host's article holds each one, and Starlight has a page for each. */
const blockNames = Object.keys(blocks);

/** The plain host pages: the same article, each host saying (or not saying) dark its own way. */
const plainPages: Record<string, { html: string; head?: string; body?: string }> = {
  'plain.html': { html: '<html lang="de-CH">' },
  // A host that follows the reader's system: the documented opt-in.
  'color-scheme.html': { html: '<html lang="de-CH">', head: '<style>:root { color-scheme: light dark }</style>' },
  // Dark by attribute or class, on a page whose own styles stayed white: blocks carry their own background.
  'data-theme-white.html': { html: '<html lang="de-CH" data-theme="dark">', body: ' style="background:#fff"' },
  'class-dark.html': { html: '<html lang="de-CH" class="dark">', body: ' style="background:#121212;color:#eee"' },
  // A host's own dark colours, as the Theming page shows them.
  'own-dark.html': { html: '<html lang="de-CH" class="dark">', head: '<link rel="stylesheet" href="/own-dark.css">' },
};

async function writePlainHost(): Promise<void> {
  const blocks = await articleBlocks();
  copyNewsroomAssets(plainRoot);
  copyFileSync(new URL('./fixtures/plain-host/own-dark.css', import.meta.url), join(plainRoot, 'own-dark.css'));
  for (const [name, page] of Object.entries(plainPages)) {
    writeFileSync(
      join(plainRoot, name),
      `<!doctype html>\n${page.html}<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Plain host</title>${page.head ?? ''}<link rel="stylesheet" href="/_newsroom/newsroom.css"></head><body${page.body ?? ''}><main><h1>Putin in Nordkorea</h1>\n${blocks}</main></body></html>\n`,
    );
  }
  writeFileSync(join(plainRoot, '404.html'), '<!doctype html><html lang="en"><title>Not found</title><p>Not found</p>');
}

let browser: Browser;
const servers: Record<string, SiteServer> = {};
/** Failing nodes per host and scheme, for the record (`test-results/hosts-axe.json`). */
const counts: Record<string, number> = {};
beforeAll(async () => {
  await writePlainHost();
  browser = await launch();
  servers.plain = await serveSite(undefined, plainRoot);
  servers.starlight = await serveSite(undefined, docsDist);
  servers.example = await serveSite(undefined, siteDist);
});
afterAll(async () => {
  mkdirSync(fileURLToPath(new URL('../test-results/', import.meta.url)), { recursive: true });
  writeFileSync(new URL('../test-results/hosts-axe.json', import.meta.url), `${JSON.stringify(counts, null, 2)}\n`);
  await browser?.close();
  for (const server of Object.values(servers)) await server.close();
});

const hosts: [site: string, path: string][] = [
  ...Object.keys(plainPages).map((name): [string, string] => ['plain', `/${name}`]),
  ...blockNames.map((name): [string, string] => ['starlight', `/blocks/${name}/`]),
  ['example', '/artikel/putin-nordkorea/'],
  ['example', '/artikel/putin-nordkorea-live/'],
  ['example', '/artikel/north-korea-explainer/'],
];

describe('colour contrast of the blocks on host pages', () => {
  for (const [site, path] of hosts) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${site} ${path} (${colorScheme}): zero axe violations`, async () => {
        const server = servers[site] as SiteServer;
        const { context, page } = await openPage(browser, server.origin, { colorScheme });
        await page.goto(server.origin + path);
        const present = await page
          .locator('[data-nr]')
          .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-nr')));
        if (site === 'plain') expect(new Set(present)).toEqual(new Set(blockNames));
        else expect(present.length).toBeGreaterThan(0);
        // The whole page only where it is ours: Starlight's own markup is Starlight's.
        const found = {
          contrast: await axe(page, 'contrast'),
          blocks: await axe(page, 'blocks'),
          page: site === 'plain' ? await axe(page, 'page') : [],
        };
        counts[`${site} ${path} ${colorScheme} contrast`] = found.contrast.length;
        counts[`${site} ${path} ${colorScheme} all rules`] = found.blocks.length;
        expect(found).toEqual({ contrast: [], blocks: [], page: [] });
        await context.close();
      });
    }
  }

  it('would catch light text on a light page (the check can fail)', async () => {
    const { context, page } = await openPage(browser, servers.plain!.origin, { colorScheme: 'dark' });
    await page.goto(`${servers.plain!.origin}/plain.html`);
    // What the stylesheet did before: dark text colours on the reader's wish, whatever the page.
    await page.addStyleTag({ content: ':root { --nr-text: #ececec; --nr-muted: #b5b5b5; }' });
    expect((await axe(page, 'contrast')).join('\n')).toContain('color-contrast');
    await context.close();
  });

  it('follows the host: light unless it says dark', async () => {
    const colours: Record<string, string> = {};
    for (const [name, colorScheme] of [
      ['plain.html', 'dark'],
      ['color-scheme.html', 'light'],
      ['color-scheme.html', 'dark'],
      ['data-theme-white.html', 'light'],
    ] as const) {
      const { context, page } = await openPage(browser, servers.plain!.origin, { colorScheme });
      await page.goto(`${servers.plain!.origin}/${name}`);
      colours[`${name} ${colorScheme}`] = await page
        .locator('.nr-quote__by')
        .first()
        .evaluate((node) => getComputedStyle(node).color);
      await context.close();
    }
    const dark = (rgb: string) => (rgb.match(/\d+/g)?.map(Number) ?? []).slice(0, 3).every((c) => c < 100);
    expect(dark(colours['plain.html dark']!)).toBe(true);
    expect(dark(colours['color-scheme.html light']!)).toBe(true);
    expect(dark(colours['color-scheme.html dark']!)).toBe(false);
    expect(dark(colours['data-theme-white.html light']!)).toBe(false);
  });
});

/** The colour of one pixel of a PNG, decoded by Chromium. */
function pixel(page: Page, png: Buffer, x: number, y: number): Promise<number[]> {
  return page.evaluate(
    async ([data, x, y]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.width, image.height];
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      return [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
    },
    [png.toString('base64'), x, y] as const,
  );
}

describe('screenshots', () => {
  it('a plain host page in dark mode: the summary is light on a host that does not say dark, dark on one that does', async () => {
    mkdirSync(screenshots, { recursive: true });
    const background: Record<string, number[]> = {};
    for (const name of ['plain', 'color-scheme']) {
      const { context, page } = await openPage(browser, servers.plain!.origin, {
        colorScheme: 'dark',
        viewport: { width: 900, height: 1400 },
        deviceScaleFactor: 1,
      });
      await page.goto(`${servers.plain!.origin}/${name}.html`);
      const png = await page.screenshot({ path: join(screenshots, `plain-host-${name}-dark.png`), fullPage: true });
      // Inside the summary's padding, away from its border and text.
      const box = (await page.locator('[data-nr="summary"]').boundingBox()) as { x: number; y: number; width: number };
      background[name] = await pixel(page, png, Math.round(box.x + box.width - 6), Math.round(box.y + 6));
      await context.close();
    }
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => (r + g + b) / 3;
    expect(luminance(background.plain!), `plain ${background.plain}`).toBeGreaterThan(200);
    expect(luminance(background['color-scheme']!), `color-scheme ${background['color-scheme']}`).toBeLessThan(60);
  });
});
