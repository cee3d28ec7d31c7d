/**
 * The Cloudflare build, served by workerd through `wrangler dev` on
 * 127.0.0.1 with a random port. Nothing may reach the network: telemetry,
 * error reports, the update check and the `Request.cf` download are off.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type RunningServer, root, spawnServer } from './server.ts';

export const offline = {
  // No banner: wrangler's update check (a registry request) runs with it.
  WRANGLER_HIDE_BANNER: 'true',
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_SEND_ERROR_REPORTS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_UPDATE_NOTIFIER: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
};

const bin = (path: string) => fileURLToPath(new URL(`node_modules/${path}`, root));

export function buildEdge(articles: string): void {
  execFileSync(process.execPath, [bin('astro/bin/astro.mjs'), 'build', '--config', 'astro.config.cloudflare.mjs'], {
    cwd: fileURLToPath(root),
    env: { ...process.env, ...offline, NEWSROOM_STATIC_ARTICLES: articles },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export async function startEdge(): Promise<RunningServer> {
  const args = ['dev', '-c', 'dist-cloudflare/server/wrangler.json', '--local'];
  const network = ['--ip', '127.0.0.1', '--port', '0', '--inspector-ip', '127.0.0.1', '--inspector-port', '0'];
  return spawnServer(
    [bin('wrangler/bin/wrangler.js'), ...args, ...network],
    { ...offline, CI: 'true' },
    /Ready on (http:\/\/127\.0\.0\.1:\d+)/,
    120_000,
  );
}
