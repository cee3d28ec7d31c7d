/**
 * The example site as readers get it: zero axe-core violations on every page,
 * complete without JavaScript, clean under a strict CSP, valid JSON-LD.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './chromium.js';
import { serveSite, sitePages } from './server.js';
import { browserAndSite } from './setup.js';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const article = '/artikel/putin-nordkorea/';

const site = browserAndSite();

async function axe(page: Page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe.run();
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
    );
  });
}

describe('axe-core', () => {
  for (const path of sitePages()) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${path} (${scheme}): zero violations`, async () => {
        const { context, page } = await openPage(site.browser, site.server.origin, { colorScheme: scheme });
        await page.goto(site.server.origin + path);
        expect(await axe(page)).toEqual([]);
        await context.close();
      });
    }
  }

  it('would catch a violation (the check can fail)', async () => {
    const { context, page } = await openPage(site.browser, site.server.origin);
    await page.goto(site.server.origin + article);
    await page.evaluate(() => document.querySelector('.nr-trust__badge')?.removeAttribute('alt'));
    expect((await axe(page)).join('\n')).toContain('image-alt');
    await context.close();
  });

  it('the article with the poll loaded: zero violations', async () => {
    const { context, page } = await openPage(site.browser, site.server.origin);
    await page.goto(site.server.origin + article);
    await page.getByRole('button', { name: 'Umfrage laden' }).click();
    await page.locator('[data-nr="poll"][data-state="loaded"]').waitFor();
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('the article is complete and the poll offers its noscript link', async () => {
    const { context, page } = await openPage(site.browser, site.server.origin, { javaScriptEnabled: false });
    await page.goto(site.server.origin + article);
    for (const block of ['summary', 'quote', 'poll', 'trust', 'correction', 'credit', 'topic']) {
      expect(await page.locator(`[data-nr="${block}"]`).first().isVisible(), block).toBe(true);
    }
    const text = await page.locator('main').innerText();
    expect(text).toContain('Der Hauptteil von Putins Besuchs beginnt an diesem Mittwoch.');
    expect(text).toContain('Die Lage im Überblick');
    const noscript = page.getByRole('link', { name: 'Umfrage bei Civey öffnen' });
    expect(await noscript.count()).toBe(1);
    expect(await noscript.isVisible()).toBe(true);
    await context.close();
  });
});

describe('Content-Security-Policy', () => {
  const strict = "default-src 'self'; script-src 'self'; style-src 'self'";
  // A site that embeds Civey adds only `frame-src` for the provider (docs: Privacy and consent).
  const withFrame = `${strict}; frame-src https://widget.civey.com`;

  async function underCsp(csp: string, path: string) {
    const cspServer = await serveSite(csp);
    const { context, page } = await openPage(site.browser, cspServer.origin);
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const console: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) console.push(message.text());
    });
    await page.goto(cspServer.origin + path, { waitUntil: 'networkidle' });
    const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    return {
      page,
      context,
      violations,
      console,
      close: async () => {
        await context.close();
        await cspServer.close();
      },
    };
  }

  for (const path of sitePages()) {
    it(`${path}: no violation under ${strict}`, async () => {
      const run = await underCsp(strict, path);
      expect(await run.violations()).toEqual([]);
      expect(run.console).toEqual([]);
      await run.close();
    });
  }

  it('the consent flow works under the CSP plus frame-src for the provider', async () => {
    const run = await underCsp(withFrame, article);
    await run.page.getByRole('button', { name: 'Umfrage laden' }).click();
    await run.page.locator('[data-nr="poll"][data-state="loaded"]').waitFor();
    expect(await run.violations()).toEqual([]);
    expect(run.console).toEqual([]);
    await run.close();
  });
});

describe('JSON-LD', () => {
  it('parses and holds the documented NewsArticle fields', async () => {
    const { context, page } = await openPage(site.browser, site.server.origin);
    await page.goto(site.server.origin + article);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0]!);
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe('Putin zu Staatsbesuch in Nordkorea eingetroffen');
    expect(data.description).toMatch(/^Sein Krieg gegen die Ukraine/);
    expect(data.datePublished).toBe('2024-06-18T20:30:00.000Z');
    expect(data.dateModified).toBe('2024-06-19T07:15:00.000Z');
    expect(data.inLanguage).toBe('de-CH');
    expect(data.author).toEqual([
      { '@type': 'Person', name: 'Lea Beispiel', jobTitle: 'Nachrichtenredaktion' },
      { '@type': 'NewsMediaOrganization', name: 'dpa' },
    ]);
    expect(data.sourceOrganization.name).toBe('dpa');
    expect(data.correction).toEqual([
      expect.objectContaining({
        '@type': 'CorrectionComment',
        datePublished: '2024-06-19',
        text: expect.stringMatching(/^In einer früheren Version/),
      }),
    ]);
    expect(data.publishingPrinciples).toBe('http://localhost:4321/so-arbeitet-die-redaktion');
    expect(data.publisher['@type']).toBe('NewsMediaOrganization');
    expect(data.publisher.correctionsPolicy).toBe('http://localhost:4321/so-arbeitet-die-redaktion#fehler');
    expect(data.publisher.hasCredential.name).toMatch(/Journalism Trust Initiative/);
    // Quotes and polls stay in the HTML.
    expect(JSON.stringify(data)).not.toMatch(/Pat Ryder|Civey/);
    await context.close();
  });
});
