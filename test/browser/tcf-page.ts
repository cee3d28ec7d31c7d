/**
 * A news page with two polls (Civey and the built-in example provider, each
 * with its own fixture TCF vendor), the consent script as astro-newsroom
 * serves it, and optionally the IAB's CMP stub and a CMP built from the IAB's
 * reference libraries. Everything is answered by Playwright routes on a
 * made-up origin: the page and its scripts from memory, the providers'
 * embeds by a local stand-in, anything else refused, so nothing ever leaves
 * the machine. Every request is recorded.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { resolveOptions } from 'remark-newsroom/options';
// Internal modules of astro-newsroom (the components' and the asset route's), not public subpaths: from its build.
import { consentScript } from '../../packages/astro-newsroom/dist/page-assets.js';
import { renderBlock } from '../../packages/astro-newsroom/dist/render.js';
import { newsroomOptions } from './cmp/newsroom-options.js';
import type { CmpStep } from './cmp/test-cmp.js';

const require = createRequire(import.meta.url);

export const siteOrigin = 'http://news.test';

export const embeds = {
  civey: 'https://widget.civey.com/embed/umfrage-1',
  example: 'https://polls.example.org/embed/umfrage-2',
};

const remarkOptions = { providers: newsroomOptions.providers } as never;

/** The IAB's CMP bundled for the page, once per test file. */
export async function bundleCmp(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./cmp/test-cmp.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

export interface PageSetup {
  /** The IAB stub in the head (`__tcfapi` queueing until the CMP loads). */
  stub?: boolean;
  /** The CMP in the head, with the steps it takes at once (before the page's module scripts). */
  cmp?: CmpStep[];
  outsideGdpr?: 'load' | 'ask';
  /** Scripts of the site's own, in the head, before the consent script (e.g. a CMP recipe). */
  headScripts?: Record<string, string>;
  /** Only the Civey poll. */
  onePoll?: boolean;
}

const attribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll("'", '&#39;');

function pageHtml(setup: PageSetup): string {
  const poll = (provider: string, id: string, title: string) =>
    renderBlock({ name: 'poll', attributes: { provider, id, title } }, remarkOptions).html;
  const head = [
    setup.stub ? '<script src="/stub.js"></script>' : '',
    setup.cmp ? `<script src="/cmp.js" data-initial='${attribute(JSON.stringify(setup.cmp))}'></script>` : '',
    ...Object.keys(setup.headScripts ?? {}).map((path) => `<script src="${path}"></script>`),
  ].join('');
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Umfragen</title>${head}</head><body><main>
${poll('civey', 'umfrage-1', 'Soll der Westen die Sanktionen verschärfen?')}
${setup.onePoll ? '' : poll('example', 'umfrage-2', 'Wie oft lesen Sie Nachrichten?')}
</main><script type="module" src="/_newsroom/poll-consent.js"></script></body></html>`;
}

function scriptFor(setup: PageSetup): string {
  const built = readFileSync(
    new URL('../../packages/astro-newsroom/dist/client/poll-consent.js', import.meta.url),
    'utf8',
  );
  return consentScript(built, resolveOptions(remarkOptions).providers, {
    outsideGdpr: setup.outsideGdpr ?? newsroomOptions.consent.outsideGdpr,
  });
}

/** The stand-in for a provider's embed: a page that says what it is and posts its height. */
const standIn = `<!doctype html><title>Umfrage</title><p id="stand-in">Umfrage (Stand-in)</p><script>parent.postMessage({ height: 320 }, "*")</script>`;

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Requests to anything but the site. */
  thirdParty(): string[];
  /** The served script, for the size checks. */
  script: string;
}

export async function openTcfPage(browser: Browser, cmpBundle: string, setup: PageSetup = {}): Promise<OpenedPage> {
  const context = await browser.newContext();
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const script = scriptFor(setup);
  const files: Record<string, { body: string; type: string }> = {
    '/': { body: pageHtml(setup), type: 'text/html; charset=utf-8' },
    '/_newsroom/poll-consent.js': { body: script, type: 'text/javascript' },
    '/stub.js': { body: readFileSync(require.resolve('@iabtechlabtcf/stub'), 'utf8'), type: 'text/javascript' },
    '/cmp.js': { body: cmpBundle, type: 'text/javascript' },
    ...Object.fromEntries(
      Object.entries(setup.headScripts ?? {}).map(([path, body]) => [path, { body, type: 'text/javascript' }]),
    ),
  };
  const providerHosts = new Set(Object.values(embeds).map((url) => new URL(url).origin));
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === siteOrigin) {
      const file = files[url.pathname];
      return file
        ? route.fulfill({ status: 200, contentType: file.type, body: file.body })
        : route.fulfill({ status: 404, body: 'not found' });
    }
    if (providerHosts.has(url.origin)) return route.fulfill({ status: 200, contentType: 'text/html', body: standIn });
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  return {
    context,
    page,
    requests,
    thirdParty: () => requests.filter((url) => !url.startsWith(`${siteOrigin}/`)),
    script,
  };
}

/** A poll's figure on the page. */
export const poll = (page: Page, provider: 'civey' | 'example') =>
  page.locator(`[data-nr="poll"][data-provider="${provider}"]`);
