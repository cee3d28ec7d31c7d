/**
 * The consent script with a consent management platform, in Chromium: the
 * CMP is the IAB's own (`@iabtechlabtcf/cmpapi` serving `__tcfapi`, real TC
 * strings from `@iabtechlabtcf/core`, the IAB stub where a case needs it),
 * two polls whose providers have different fixture vendors. Every case where
 * consent is missing checks that no request left for a third party (every
 * request is routed; see tcf-page.ts).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { TCString } from '@iabtechlabtcf/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './chromium.js';
import type { Choice, CmpStep } from './cmp/test-cmp.js';
import { type SiteServer, serveSite } from './server.js';
import { bundleCmp, embeds, type OpenedPage, openTcfPage, type PageSetup, poll, siteOrigin } from './tcf-page.js';

let browser: Browser;
let cmpBundle: string;
let context: BrowserContext | undefined;
let page: Page;
let opened: OpenedPage;

beforeAll(async () => {
  [browser, cmpBundle] = await Promise.all([launch(), bundleCmp()]);
});
afterAll(async () => browser?.close());
afterEach(async () => {
  await context?.close();
  context = undefined;
});

const everything: Choice = { vendors: [901, 902], purposes: [1, 8] };
const nothing: Choice = { vendors: [], purposes: [] };

async function open(setup: PageSetup) {
  opened = await openTcfPage(browser, cmpBundle, setup);
  ({ context, page } = opened);
  await page.goto(`${siteOrigin}/`);
}

const step = (cmpStep: CmpStep) => page.evaluate((s) => window.testCmp.step(s), cmpStep);
const state = (provider: 'civey' | 'example') => poll(page, provider).getAttribute('data-state');
const frames = (provider: 'civey' | 'example') => poll(page, provider).locator('iframe').count();
const loadButton = (provider: 'civey' | 'example') =>
  poll(page, provider).getByRole('button', { name: 'Umfrage laden' });
const rememberBox = (provider: 'civey' | 'example') => poll(page, provider).locator('.nr-poll__remember');

async function expectLoaded(provider: 'civey' | 'example') {
  await expect.poll(() => state(provider), { timeout: 5000 }).toBe('loaded');
  expect(await frames(provider)).toBe(1);
  expect(await loadButton(provider).isVisible()).toBe(false);
}

/**
 * Waits for signals, not time: the consent script has run (it replaces
 * `newsroomConsent` with its queue), and where a CMP is on the page, the CMP
 * has answered `getTCData`. The CMP calls its listeners in order and at once,
 * and the consent script's listener came first and loads synchronously, so
 * by then a wrong load would already have put its frame on the page. Grants
 * and refusals through the page API or a recipe act within the call.
 */
async function settled() {
  await page.waitForFunction(() => {
    const api = (window as unknown as { newsroomConsent?: unknown }).newsroomConsent;
    return api !== undefined && !Array.isArray(api);
  });
  await page.evaluate(() => {
    type Tcfapi = (command: string, version: number, callback: (answer: { cmpLoaded?: boolean }) => void) => void;
    const tcfapi = (window as unknown as { __tcfapi?: Tcfapi }).__tcfapi;
    // Only a loaded CMP answers `getTCData`; the IAB stub alone answers `ping` (not loaded) and queues the rest.
    return new Promise<void>((resolve) => {
      if (!tcfapi) return resolve();
      tcfapi('ping', 2, (ping) => (ping.cmpLoaded ? tcfapi('getTCData', 2, () => resolve()) : resolve()));
    });
  });
}

/** The placeholder, once the page has settled: no frame, so nothing requested from the provider. */
async function expectPlaceholder(provider: 'civey' | 'example') {
  await settled();
  expect(await state(provider)).toBeNull();
  expect(await frames(provider)).toBe(0);
  expect(await loadButton(provider).isVisible()).toBe(true);
}

const thirdParty = () => opened.thirdParty().sort();

describe('with a TCF v2.2 CMP', () => {
  it('consent given before the script runs: both polls load without a click', async () => {
    await open({ cmp: [{ choice: everything }] });
    await expectLoaded('civey');
    await expectLoaded('example');
    expect(thirdParty()).toEqual([embeds.civey, embeds.example].sort());
    // The CMP is the record: our own "remember" box is not offered.
    expect(await rememberBox('civey').isVisible()).toBe(false);
  });

  it('consent given after load: nothing while the banner shows, both load on the choice', async () => {
    await open({ cmp: [{ show: true }] });
    await expectPlaceholder('civey');
    await expectPlaceholder('example');
    expect(thirdParty()).toEqual([]);
    await step({ choice: everything });
    await expectLoaded('civey');
    await expectLoaded('example');
  });

  it('refused: nothing loads; a click loads that one poll once, and nothing is remembered', async () => {
    await open({ cmp: [{ choice: nothing }] });
    await expectPlaceholder('civey');
    await expectPlaceholder('example');
    expect(thirdParty()).toEqual([]);
    expect(await rememberBox('civey').isVisible()).toBe(false);
    await loadButton('civey').click();
    await expectLoaded('civey');
    await expectPlaceholder('example');
    expect(thirdParty()).toEqual([embeds.civey]);
    // The reader saves the same refusal again: the poll they loaded stays.
    await step({ choice: nothing });
    await settled();
    expect(await frames('civey')).toBe(1);
    opened.requests.length = 0;
    await page.reload();
    await expectPlaceholder('civey');
    expect(thirdParty()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  it('withdrawn after load: the banner alone changes nothing, the withdrawal brings the placeholder back', async () => {
    await open({ cmp: [{ choice: everything }] });
    await expectLoaded('civey');
    await expectLoaded('example');
    await step({ show: true, choice: everything });
    await settled();
    expect(await frames('civey')).toBe(1);
    const before = opened.requests.length;
    await step({ choice: { vendors: [902], purposes: [1] } });
    await expectPlaceholder('civey');
    expect(await poll(page, 'civey').locator('[data-nr-poll-fallback]').isVisible()).toBe(false);
    await expectLoaded('example');
    expect(opened.requests.slice(before)).toEqual([]);
  });

  it('gdprApplies false, site default "ask": click to load', async () => {
    await open({ cmp: [{ outsideGdpr: true }] });
    await expectPlaceholder('civey');
    expect(thirdParty()).toEqual([]);
    await loadButton('example').click();
    await expectLoaded('example');
    expect(thirdParty()).toEqual([embeds.example]);
  });

  it('gdprApplies false, site default "load": both load', async () => {
    await open({ cmp: [{ outsideGdpr: true }], outsideGdpr: 'load' });
    await expectLoaded('civey');
    await expectLoaded('example');
  });

  it('the IAB stub before a slow CMP: nothing loads, not even a remembered choice, until the CMP answers', async () => {
    opened = await openTcfPage(browser, cmpBundle, { stub: true });
    ({ context, page } = opened);
    // Only in the page itself: init scripts run in every frame, the stub's same-origin locator frame too.
    await context.addInitScript(() => window === top && localStorage.setItem('newsroom-consent:civey', '1'));
    await page.goto(`${siteOrigin}/`);
    expect(await page.evaluate(() => typeof (window as unknown as { __tcfapi?: unknown }).__tcfapi)).toBe('function');
    // "Nothing until the CMP answers": no answer means no signal to wait for, only a while to let a wrong load show.
    await page.waitForTimeout(300);
    await expectPlaceholder('civey');
    await expectPlaceholder('example');
    expect(thirdParty()).toEqual([]);
    // The CMP arrives, takes over the stub's queue and answers: consent for Civey only.
    await page.addScriptTag({ url: '/cmp.js' });
    await step({ choice: { vendors: [901], purposes: [1, 8] } });
    await expectLoaded('civey');
    await expectPlaceholder('example');
    expect(thirdParty()).toEqual([embeds.civey]);
    // The CMP is the record: our memory is gone.
    expect(await page.evaluate(() => localStorage.getItem('newsroom-consent:civey'))).toBeNull();
  });

  it('a stub whose CMP never answers: nothing loads by itself, a click loads that poll', async () => {
    await open({ stub: true });
    // A CMP that never answers sends no signal: a short while to let a wrong load show.
    await page.waitForTimeout(300);
    await expectPlaceholder('civey');
    expect(thirdParty()).toEqual([]);
    await loadButton('civey').click();
    await expectLoaded('civey');
    await expectPlaceholder('example');
    expect(thirdParty()).toEqual([embeds.civey]);
  });

  it('two providers, two vendors: each loads on its own vendor and purposes', async () => {
    // Purpose 8 is missing: Civey (purposes 1 and 8) stays, Example Polls (purpose 1) loads.
    await open({ cmp: [{ choice: { vendors: [901, 902], purposes: [1] } }] });
    await expectLoaded('example');
    await expectPlaceholder('civey');
    expect(thirdParty()).toEqual([embeds.example]);
  });

  it('legitimate interest is not consent', async () => {
    await open({
      cmp: [{ choice: { vendors: [], purposes: [], legitimateInterests: { vendors: [901, 902], purposes: [1, 8] } } }],
    });
    await expectPlaceholder('civey');
    await expectPlaceholder('example');
    expect(thirdParty()).toEqual([]);
    const decoded = TCString.decode((await page.evaluate(() => window.testCmp.served[0])) as string);
    expect(decoded.vendorLegitimateInterests.has(901)).toBe(true);
  });

  it("a publisher restriction (purpose not allowed) beats the reader's consent", async () => {
    await open({ cmp: [{ choice: { ...everything, notAllowed: [{ vendor: 901, purpose: 8 }] } }] });
    await expectLoaded('example');
    await expectPlaceholder('civey');
    expect(thirdParty()).toEqual([embeds.example]);
  });

  it('load, revoke, load through the CMP: one frame per poll, loaded, no late fallback', async () => {
    await open({ cmp: [{ choice: everything }] });
    await expectLoaded('civey');
    await page.evaluate(
      ([all, none]) => {
        for (const figure of document.querySelectorAll<HTMLElement>('[data-nr="poll"]')) figure.dataset.timeout = '600';
        window.testCmp.step({ choice: none });
        window.testCmp.step({ choice: all });
        window.testCmp.step({ choice: none });
        window.testCmp.step({ choice: all });
      },
      [everything, nothing] as const,
    );
    await expectLoaded('civey');
    await expectLoaded('example');
    // The revoked loads' 600 ms timers are the only thing left to fire, and fire no event: a timer of the page
    // set after them for longer runs after them on the page's own clock, however slow the machine.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 700)));
    for (const provider of ['civey', 'example'] as const) {
      expect(await state(provider)).toBe('loaded');
      expect(await frames(provider)).toBe(1);
      expect(await poll(page, provider).locator('[data-nr-poll-fallback]').isVisible()).toBe(false);
    }
  });
});

describe('without a CMP', () => {
  it('click to load as before, with the "remember" box', async () => {
    await open({});
    await expectPlaceholder('civey');
    await expectPlaceholder('example');
    expect(thirdParty()).toEqual([]);
    expect(await rememberBox('civey').isVisible()).toBe(true);
    await loadButton('civey').click();
    await expectLoaded('civey');
    await expectPlaceholder('example');
    expect(thirdParty()).toEqual([embeds.civey]);
  });
});

const recipe = (name: string) => readFileSync(new URL(`./cmp/recipes/${name}.js`, import.meta.url), 'utf8');

describe('the page API for other CMPs', () => {
  const tell = (provider: string, granted: boolean) =>
    page.evaluate(([p, g]) => (window as unknown as { tellNewsroom(p: string, g: boolean): void }).tellNewsroom(p, g), [
      provider,
      granted,
    ] as const);

  it('calls made before the script are replayed; later ones act at once; each change is an event', async () => {
    await open({
      headScripts: {
        '/log-consent.js': recipe('log-consent'),
        '/any-cmp.js': recipe('any-cmp'),
        '/early.js': "tellNewsroom('civey', true);",
      },
    });
    await expectLoaded('civey');
    await expectPlaceholder('example');
    expect(await rememberBox('example').isVisible()).toBe(false);
    await tell('civey', false);
    await expectPlaceholder('civey');
    await tell('example', true);
    await expectLoaded('example');
    expect(await page.evaluate(() => (window as unknown as { consentLog: unknown[] }).consentLog)).toEqual([
      { provider: 'civey', consent: true },
      { provider: 'civey', consent: false },
      { provider: 'example', consent: true },
    ]);
    expect(thirdParty()).toEqual([embeds.civey, embeds.example].sort());
  });

  it('ignores what it does not know', async () => {
    await open({ headScripts: { '/site.js': "window.newsroomConsent = [['load', 'civey'], ['grant'], 'civey'];" } });
    await page.evaluate(() =>
      (window as unknown as { newsroomConsent: { push(call: unknown): void } }).newsroomConsent.push([
        'grant',
        'nobody',
      ]),
    );
    await expectPlaceholder('civey');
    expect(thirdParty()).toEqual([]);
  });
});

describe('recipe: Usercentrics window event', () => {
  const fire = (detail: unknown) =>
    page.evaluate((d) => dispatchEvent(new CustomEvent('ucEvent', { detail: d })), detail);
  // Shapes of the event's detail, as Usercentrics documents it, with services that are not ours around.
  const base = { event: 'consent_status', type: 'explicit', ucCategory: { essential: true, marketing: null } };

  it.each([
    ['accept all', { ...base, action: 'onAcceptAllServices', Civey: true, 'Google Analytics': true }, true],
    ['deny all', { ...base, action: 'onDenyAllServices', Civey: false, 'Google Analytics': false }, false],
    ['update one', { ...base, action: 'onUpdateServices', Civey: true, YouTube: false }, true],
    ['implicit, on page load', { ...base, type: 'implicit', action: 'onInitialPageLoad', Civey: false }, false],
  ])('%s', async (_name, detail, consent) => {
    await open({ headScripts: { '/usercentrics.js': recipe('usercentrics') } });
    await fire(detail);
    if (consent) await expectLoaded('civey');
    else {
      await expectPlaceholder('civey');
      expect(thirdParty()).toEqual([]);
    }
    await expectPlaceholder('example');
  });

  it('an event before the consent script runs is queued; events without Civey or of another kind change nothing', async () => {
    await open({
      headScripts: {
        '/usercentrics.js': recipe('usercentrics'),
        '/early.js': `dispatchEvent(new CustomEvent('ucEvent', { detail: ${JSON.stringify({ ...base, Civey: true })} }));`,
      },
    });
    await expectLoaded('civey');
    for (const detail of [
      null,
      { event: 'other', Civey: false },
      { ...base, YouTube: false },
      { ...base, Civey: 'no' },
    ])
      await fire(detail);
    // The recipe hands on within the event's dispatch: nothing more to wait for.
    await settled();
    expect(await frames('civey')).toBe(1);
    await fire({ ...base, Civey: false });
    await expectPlaceholder('civey');
  });
});

describe('recipe: Cookiebot events', () => {
  const fire = (marketing: boolean, name: string) =>
    page.evaluate(
      ([m, n]) => {
        (window as unknown as { Cookiebot: unknown }).Cookiebot = { consent: { necessary: true, marketing: m } };
        dispatchEvent(new Event(n as string));
      },
      [marketing, name] as const,
    );

  it('accept loads, decline withdraws', async () => {
    await open({ headScripts: { '/cookiebot.js': recipe('cookiebot') } });
    await expectPlaceholder('civey');
    await fire(true, 'CookiebotOnAccept');
    await expectLoaded('civey');
    await fire(false, 'CookiebotOnDecline');
    await expectPlaceholder('civey');
    // Accepting only other categories is no consent for the poll.
    await fire(false, 'CookiebotOnAccept');
    await expectPlaceholder('civey');
  });

  it('a stored decline on page load: nothing loads, our own memory is not read', async () => {
    opened = await openTcfPage(browser, cmpBundle, {
      headScripts: {
        '/cookiebot.js': recipe('cookiebot'),
        '/early.js':
          "window.Cookiebot = { consent: { marketing: false } }; dispatchEvent(new Event('CookiebotOnDecline'));",
      },
    });
    ({ context, page } = opened);
    await context.addInitScript(() => window === top && localStorage.setItem('newsroom-consent:civey', '1'));
    await page.goto(`${siteOrigin}/`);
    await expectPlaceholder('civey');
    expect(thirdParty()).toEqual([]);
  });
});

describe('the consent script', () => {
  it('is at most 2,048 bytes gzip as served, with TCF and the page API', async () => {
    await open({});
    const size = gzipSync(opened.script, { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(2048);
  });
});

describe("the example site's CMP demo page", () => {
  let server: SiteServer;
  beforeAll(async () => {
    server = await serveSite();
  });
  afterAll(async () => server?.close());

  it('banner first, nothing loads; accept loads the poll; the choice holds on reload; a refusal brings the placeholder back', async () => {
    context = await browser.newContext();
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    await context.route(
      (url) => url.origin !== server.origin,
      (route) =>
        new URL(route.request().url()).host === 'polls.example.org'
          ? route.fulfill({
              status: 200,
              contentType: 'text/html',
              body: '<!doctype html><title>Umfrage</title><p>Umfrage</p>',
            })
          : route.abort('blockedbyclient'),
    );
    page = await context.newPage();
    const third = () => requests.filter((url) => !url.startsWith(server.origin));
    const demo = page.locator('[data-nr="poll"][data-provider="example"]');
    await page.goto(`${server.origin}/cmp-demo/`);
    await page.getByRole('heading', { name: 'Ihre Einwilligung (Demo)' }).waitFor();
    await settled();
    expect(await demo.locator('iframe').count()).toBe(0);
    expect(third()).toEqual([]);
    await page.getByRole('button', { name: 'Akzeptieren' }).click();
    await expect.poll(() => demo.getAttribute('data-state'), { timeout: 5000 }).toBe('loaded');
    expect(third()).toEqual(['https://polls.example.org/embed/demo']);
    await page.reload();
    await expect.poll(() => demo.getAttribute('data-state'), { timeout: 5000 }).toBe('loaded');
    expect(await page.getByRole('heading', { name: 'Ihre Einwilligung (Demo)' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Einwilligung ändern' }).click();
    await page.getByRole('button', { name: 'Ablehnen' }).click();
    await expect.poll(() => demo.locator('iframe').count()).toBe(0);
    expect(await demo.getByRole('button', { name: 'Umfrage laden' }).isVisible()).toBe(true);
  });
});
