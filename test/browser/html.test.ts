/**
 * Every page of the example site: zero errors from the W3C Nu HTML checker
 * (npm vnu-jar on the machine's Java), and every internal link resolves.
 * Also takes the desktop and phone screenshots of the article page.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openPage } from './chromium.js';
import { brokenLinks } from './links.js';
import { fileFor, siteDist, sitePages } from './server.js';
import { browserAndSite } from './setup.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const pages = sitePages();
const files = pages.map((path) => fileFor(path)!);

describe('Nu HTML checker', () => {
  it('reports zero errors on every page', async () => {
    const vnu = require.resolve('vnu-jar/build/dist/vnu.jar');
    const result = await run('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...files], {
      maxBuffer: 16 * 1024 * 1024,
    }).then(
      ({ stderr }) => stderr,
      (error: { stderr: string }) => error.stderr,
    );
    const messages = (
      JSON.parse(result || '{"messages":[]}') as { messages: { url: string; message: string; lastLine?: number }[] }
    ).messages;
    expect(messages.map((m) => `${m.url.replace(/^.*dist/, '')}:${m.lastLine}: ${m.message}`)).toEqual([]);
    expect(files).toHaveLength(7);
  });

  it('would catch an error (the check can fail)', async () => {
    const dir = join(siteDist, '..', 'node_modules', '.vnu-check');
    mkdirSync(dir, { recursive: true });
    const broken = join(dir, 'broken.html');
    writeFileSync(broken, '<!doctype html><html lang="de"><title>x</title><p><div></p>');
    const vnu = require.resolve('vnu-jar/build/dist/vnu.jar');
    const failed = await run('java', ['-jar', vnu, '--errors-only', broken]).then(
      () => false,
      () => true,
    );
    expect(failed).toBe(true);
  });
});

describe('internal links', () => {
  it('every internal href and src resolves, fragments included', () => {
    const { broken, checked } = brokenLinks(siteDist, pages);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(30);
  });
});

describe('screenshots', () => {
  const site = browserAndSite();

  // Committed under docs/ only when asked for, so a test run leaves the tree clean.
  const folder =
    process.env.NEWSROOM_UPDATE_SCREENSHOTS === '1'
      ? fileURLToPath(new URL('../../docs/public/screenshots/', import.meta.url))
      : fileURLToPath(new URL('../test-results/', import.meta.url));

  for (const [name, viewport] of [
    ['article-desktop', { width: 1280, height: 900 }],
    ['article-phone', { width: 390, height: 844 }],
  ] as const) {
    it(name, async () => {
      mkdirSync(folder, { recursive: true });
      const { context, page } = await openPage(site.browser, site.server.origin, {
        viewport,
        deviceScaleFactor: 1,
        isMobile: name.endsWith('phone'),
      });
      await page.goto(`${site.server.origin}/artikel/putin-nordkorea/`);
      const png = await page.screenshot({ fullPage: false, path: join(folder, `${name}.png`) });
      expect(png.byteLength).toBeGreaterThan(10_000);
      await context.close();
    });
  }
});
