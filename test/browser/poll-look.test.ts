/**
 * The poll placeholder looks finished wherever it lands: the example site
 * (light, dark, narrow, print), a plain Astro site with no styles of its own,
 * and Starlight (light and dark). The question, the notice, the button and
 * the methodology sit together, without empty bands. Takes the screenshots
 * the docs show (written under docs/ with NEWSROOM_UPDATE_SCREENSHOTS=1).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './chromium.js';
import { type SiteServer, serveSite, siteDist } from './server.js';

const plainDist = fileURLToPath(
  new URL('../../packages/astro-newsroom/test/fixtures/blocks/dist-satteri/', import.meta.url),
);
const docsDist = fileURLToPath(new URL('../../docs/dist/', import.meta.url));

const folder =
  process.env.NEWSROOM_UPDATE_SCREENSHOTS === '1'
    ? fileURLToPath(new URL('../../docs/public/screenshots/', import.meta.url))
    : fileURLToPath(new URL('../test-results/', import.meta.url));

/** The largest vertical gap inside the poll box: between its edge and a line of content, or two of them. */
async function largestGap(page: Page): Promise<number> {
  return page
    .locator('[data-nr="poll"]')
    .first()
    .evaluate((figure: HTMLElement) => {
      const box = figure.getBoundingClientRect();
      const lines = [
        ...figure.querySelectorAll<HTMLElement>('figcaption, .nr-poll__stage > *, :scope > p, :scope > button'),
      ]
        .filter((element) => element.getClientRects().length > 0 && element.tagName !== 'NOSCRIPT')
        .map((element) => element.getBoundingClientRect())
        .filter((rect) => rect.height > 0)
        .sort((a, b) => a.top - b.top);
      let gap = (lines[0]?.top ?? box.bottom) - box.top;
      for (let index = 1; index < lines.length; index++) {
        gap = Math.max(gap, (lines[index]?.top ?? 0) - (lines[index - 1]?.bottom ?? 0));
      }
      return Math.max(gap, box.bottom - (lines.at(-1)?.bottom ?? box.top));
    });
}

let browser: Browser;
const servers: Record<string, SiteServer> = {};
beforeAll(async () => {
  if (!existsSync(plainDist)) throw new Error(`build the astro-newsroom fixture site first (${plainDist})`);
  browser = await launch();
  servers.example = await serveSite(undefined, siteDist);
  servers.plain = await serveSite(undefined, plainDist);
  servers.starlight = await serveSite(undefined, docsDist);
  mkdirSync(folder, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) await server.close();
});

const shots = [
  { name: 'poll-light', site: 'example', path: '/artikel/putin-nordkorea/', width: 900 },
  { name: 'poll-dark', site: 'example', path: '/artikel/putin-nordkorea/', width: 900, colorScheme: 'dark' },
  { name: 'poll-narrow', site: 'example', path: '/artikel/putin-nordkorea/', width: 360 },
  { name: 'poll-print', site: 'example', path: '/artikel/putin-nordkorea/', width: 900, print: true },
  { name: 'poll-plain-astro', site: 'plain', path: '/markdown/', width: 900 },
  { name: 'poll-starlight', site: 'starlight', path: '/blocks/poll/', width: 1200 },
  { name: 'poll-starlight-dark', site: 'starlight', path: '/blocks/poll/', width: 1200, colorScheme: 'dark' },
] as const;

describe('poll placeholder', () => {
  for (const shot of shots) {
    it(`${shot.name}: question, notice, button and methodology sit together`, async () => {
      const server = servers[shot.site] as SiteServer;
      const { context, page } = await openPage(browser, server.origin, {
        viewport: { width: shot.width, height: 900 },
        deviceScaleFactor: 1,
        colorScheme: 'colorScheme' in shot ? shot.colorScheme : 'light',
      });
      if ('print' in shot) await page.emulateMedia({ media: 'print' });
      await page.goto(server.origin + shot.path);
      const figure = page.locator('[data-nr="poll"]').first();
      await figure.scrollIntoViewIfNeeded();
      // A line of text is about 20–30 px; a band is anything much taller than the padding.
      expect(await largestGap(page)).toBeLessThan(40);
      const box = await figure.boundingBox();
      expect(box?.width).toBeGreaterThan(shot.width / 3);
      const png = await figure.screenshot({ path: join(folder, `${shot.name}.png`) });
      expect(png.byteLength).toBeGreaterThan(5_000);
      await context.close();
    });
  }

  it('the old 28rem centred stage would have failed this measure', async () => {
    const { context, page } = await openPage(browser, servers.example!.origin, {
      viewport: { width: 900, height: 900 },
    });
    await page.goto(`${servers.example!.origin}/artikel/putin-nordkorea/`);
    await page.addStyleTag({
      content: '.nr-poll__stage { min-height: 28rem; justify-content: center; }',
    });
    expect(await largestGap(page)).toBeGreaterThan(40);
    await context.close();
  });
});
