/** Debian's Chromium driven by playwright-core: never a downloaded browser. */
import { type Browser, type BrowserContext, chromium, type Request } from 'playwright-core';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // The machine has no network: keep Chromium from trying its own services.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const civeyOrigin = 'https://widget.civey.com';

/** How the provider's stand-in behaves. */
export type ProviderStandIn = 'posts-height' | 'silent' | 'hangs' | 'fails';

const standInPage = (script: string) =>
  `<!doctype html><title>Civey stand-in</title><p id="stand-in">Umfrage (Stand-in)</p>${script}`;

/**
 * Records every request the page makes. Requests to the provider are answered
 * by a local stand-in: one that posts its height (as a provider may), one that
 * loads but says nothing, one that never answers, one whose connection fails.
 * Any other host is refused, so nothing ever leaves the machine.
 */
export async function recordRequests(
  context: BrowserContext,
  siteOrigin: string,
  { provider = 'posts-height' as ProviderStandIn } = {},
): Promise<string[]> {
  const requests: string[] = [];
  context.on('request', (request: Request) => requests.push(request.url()));
  await context.route(
    (url) => url.origin !== siteOrigin,
    async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== civeyOrigin) return route.abort('blockedbyclient');
      if (provider === 'hangs') return; // never answered
      if (provider === 'fails') return route.abort('connectionrefused');
      return route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: standInPage(
          provider === 'posts-height' ? '<script>parent.postMessage({ height: 480 }, "*")</script>' : '',
        ),
      });
    },
  );
  return requests;
}

/** A fresh context on the site with every request recorded, and a page in it. */
export async function openPage(
  browser: Browser,
  siteOrigin: string,
  contextOptions: Parameters<Browser['newContext']>[0] = {},
  providerOptions: Parameters<typeof recordRequests>[2] = {},
) {
  const context = await browser.newContext(contextOptions);
  const requests = await recordRequests(context, siteOrigin, providerOptions);
  const page = await context.newPage();
  return { context, page, requests };
}
