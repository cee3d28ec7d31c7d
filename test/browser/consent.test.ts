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

describe('poll embed', () => {
  afterEach(async () => context?.close());

  /** Opens the article with a stand-in provider and a short timeout (the default is 10 s). */
  async function openArticle(provider: Parameters<typeof openPage>[3] = {}) {
    let requests: string[];
    ({ context, page, requests } = await openPage(site.browser, site.server.origin, {}, provider));
    await page.goto(site.server.origin + article);
    await page.locator('[data-nr="poll"]').evaluate((figure: HTMLElement) => {
      figure.dataset.timeout = '1500';
    });
    return requests;
  }
  const fallback = () => page.getByRole('link', { name: 'Umfrage bei Civey öffnen' });

  it('is sandboxed, with a strict referrer policy', async () => {
    await openArticle();
    await page.getByRole('button', { name: 'Umfrage laden' }).click();
    await expect.poll(state).toBe('loaded');
    expect(await frame().getAttribute('sandbox')).toBe(
      'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox',
    );
    expect(await frame().getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
  });

  it('an embed that posts its height gets that height and no fallback link', async () => {
    await openArticle({ provider: 'posts-height' });
    await page.getByRole('button', { name: 'Umfrage laden' }).click();
    await expect.poll(() => frame().evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height)).toBe(480);
    await page.waitForTimeout(2500);
    expect(await state()).toBe('loaded');
    expect(await fallback().isVisible()).toBe(false);
  });

  it('a silent embed stays: only the link shows beside it after the timeout', async () => {
    await openArticle({ provider: 'silent' });
    await page.getByRole('button', { name: 'Umfrage laden' }).click();
    await expect.poll(state).toBe('loaded');
    await fallback().waitFor({ state: 'visible', timeout: 10_000 });
    expect(await frame().count()).toBe(1);
    expect(await page.frameLocator('iframe.nr-poll__frame').locator('#stand-in').textContent()).toBe(
      'Umfrage (Stand-in)',
    );
    expect(await state()).toBe('loaded');
    expect(await page.locator('.nr-poll__fallback').textContent()).toBe(
      'Umfrage wird nicht angezeigt? Umfrage bei Civey öffnen',
    );
  });

  for (const provider of ['hangs', 'fails'] as const) {
    it(`an embed whose host ${provider === 'hangs' ? 'never answers' : 'refuses the connection'} keeps its frame and gets the link`, async () => {
      await openArticle({ provider });
      await page.getByRole('button', { name: 'Umfrage laden' }).click();
      await fallback().waitFor({ state: 'visible', timeout: 10_000 });
      expect(await fallback().getAttribute('href')).toBe('https://civey.com/umfragen/nordkorea-russland-beispiel');
      expect(await frame().count()).toBe(1);
    });
  }

  it('load, revoke, load: one frame, loaded, no late fallback from the first load', async () => {
    await openArticle({ provider: 'posts-height' });
    await page.getByLabel('Umfragen von Civey künftig ohne Nachfrage laden').check();
    await page.getByRole('button', { name: 'Umfrage laden' }).click();
    await page.getByRole('button', { name: 'Einwilligung für Civey widerrufen' }).click();
    await page.getByRole('button', { name: 'Umfrage laden' }).click();
    await expect.poll(state).toBe('loaded');
    await page.waitForTimeout(2500);
    expect(await state()).toBe('loaded');
    expect(await frame().count()).toBe(1);
    expect(await fallback().isVisible()).toBe(false);
  });

  it("refuses an injected embed URL that is not https on the provider's host", async () => {
    let requests: string[];
    ({ context, page, requests } = await openPage(site.browser, site.server.origin));
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // Markup injected into the page, as a compromised CMS might: a figure whose embed URL runs code.
    await page.route(site.server.origin + article, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        'data-embed-url="https://widget.civey.com/embed/nordkorea-russland-beispiel"',
        'data-embed-url="javascript:alert(document.domain)"',
      );
      expect(body).toContain('javascript:alert');
      await route.fulfill({ response, body });
    });
    await page.goto(site.server.origin + article);
    await page.getByRole('button', { name: 'Umfrage laden' }).click();
    await expect.poll(state).toBe('refused');
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    expect(await frame().count()).toBe(0);
    expect(third(requests)).toEqual([]);
    expect(await fallback().isVisible()).toBe(true);
  });
});
