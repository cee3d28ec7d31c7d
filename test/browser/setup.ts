/** One Chromium and one static server per test file, started and stopped with the file. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './chromium.js';
import { type SiteServer, serveSite } from './server.js';

export function browserAndSite(root?: string): { browser: Browser; server: SiteServer } {
  const handles = {} as { browser: Browser; server: SiteServer };
  beforeAll(async () => {
    handles.browser = await launch();
    handles.server = await serveSite(undefined, root);
  });
  afterAll(async () => {
    await handles.browser?.close();
    await handles.server?.close();
  });
  return handles;
}
