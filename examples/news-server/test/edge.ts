/**
 * The Cloudflare build, served by workerd through `wrangler dev` on
 * 127.0.0.1 with a random port. Nothing may reach the network: telemetry,
 * error reports, the update check and the `Request.cf` download are off.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RunningServer } from './server.ts';
import { root } from './server.ts';

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
  const child: ChildProcess = spawn(process.execPath, [bin('wrangler/bin/wrangler.js'), ...args, ...network], {
    cwd: fileURLToPath(root),
    env: { ...process.env, ...offline, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`workerd did not start:\n${output}`)), 120_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Ready on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`wrangler exited (${code}):\n${output}`)));
  });
  return {
    url,
    get: (path, init) => fetch(new URL(path, url), init),
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
