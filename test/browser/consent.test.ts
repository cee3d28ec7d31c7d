/**
 * Privacy in a real browser: nothing goes to a third party before
 * the reader clicks; after the click the provider's embed (a local stand-in)
 * replaces the placeholder; remembered consent, revoking and the fallback.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { civeyOrigin, openPage } from './chromium.js';
import { browserAndSite } from './setup.js';

const article = '/artikel/putin-nordkorea/';
const site = browserAndSite();
let context: BrowserContext;
let page: Page;

const third = (requests: string[]) => requests.filter((url) => !url.startsWith(site.server.origin));
const frame = () => page.locator('[data-nr="poll"] iframe.nr-poll__frame');
const state = () => page.locator('[data-nr="poll"]').getAttribute('data-state');

describe('poll consent', () => {
  let requests: string[];
  beforeEach(async () => {
    ({ context, page, requests } = await openPage(site.browser, site.server.origin));
  });
  afterEach(async () => context?.close());

  it('requests nothing from a third party before the click', async () => {
    await page.goto(site.server.origin + article, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 5000);
    await page.waitForTimeout(300);
    expect(requests.length).toBeGreaterThan(2);
    expect(third(requests)).toEqual([]);
    await expect.poll(() => frame().count()).toBe(0);
  });

  it('loads the provider embed after the click, in place of the placeholder', async () => {
    await page.goto(site.server.origin + article);
    await page.getByRole('button', { name: 'Umfrage laden' }).click();
    await expect.poll(state).toBe('loaded');
    expect(third(requests)).toEqual([`${civeyOrigin}/embed/nordkorea-russland-beispiel`]);
    expect(await frame().getAttribute('title')).toContain('Bedroht die Zusammenarbeit');
    const standIn = page.frameLocator('iframe.nr-poll__frame').locator('#stand-in');
    expect(await standIn.textContent()).toBe('Umfrage (Stand-in)');
    expect(await page.locator('.nr-poll__notice').isVisible()).toBe(false);
    // Not remembered: a reload shows the placeholder again and requests nothing.
    requests.length = 0;
    await page.reload({ waitUntil: 'networkidle' });
    expect(third(requests)).toEqual([]);
    expect(await page.getByRole('button', { name: 'Umfrage laden' }).isVisible()).toBe(true);
  });

  it('remembers consent when the reader opts in; revoking works', async () => {
    await page.goto(site.server.origin + article);
    await page.getByLabel('Umfragen von Civey künftig ohne Nachfrage laden').check();
    await page.getByRole('button', { name: 'Umfrage laden' }).click();
    await expect.poll(state).toBe('loaded');

    requests.length = 0;
    await page.reload();
    await expect.poll(state).toBe('loaded');
    expect(third(requests)).toEqual([`${civeyOrigin}/embed/nordkorea-russland-beispiel`]);

    await page.getByRole('button', { name: 'Einwilligung für Civey widerrufen' }).click();
    expect(await frame().count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Umfrage laden' }).isVisible()).toBe(true);
    requests.length = 0;
    await page.reload({ waitUntil: 'networkidle' });
    expect(third(requests)).toEqual([]);
    expect(await frame().count()).toBe(0);
  });
});

describe('poll fallback', () => {
  afterEach(async () => context?.close());

  for (const failure of ['providerFails', 'providerHangs'] as const) {
    it(`shows the link to the poll when the embed's host ${failure === 'providerFails' ? 'fails' : 'never answers'}`, async () => {
      ({ context, page } = await openPage(site.browser, site.server.origin, {}, { [failure]: true }));
      await page.goto(site.server.origin + article);
      // A short timeout for the test; the default is 10 s.
      await page.locator('[data-nr="poll"]').evaluate((figure: HTMLElement) => {
        figure.dataset.timeout = '1500';
      });
      await page.getByRole('button', { name: 'Umfrage laden' }).click();
      const fallback = page.getByRole('link', { name: 'Umfrage bei Civey öffnen' });
      await fallback.waitFor({ state: 'visible', timeout: 10_000 });
      expect(await fallback.getAttribute('href')).toBe('https://civey.com/umfragen/nordkorea-russland-beispiel');
      expect(await state()).toBe('failed');
    });
  }
});
