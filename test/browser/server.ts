/** A static server for the built example site, on loopback, with an optional CSP header. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const siteDist = fileURLToPath(new URL('../../examples/news-site/dist/', import.meta.url));

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Resolves a URL path to a built file, as a static host would (`/a/` → `/a/index.html`). */
export function fileFor(pathname: string, root = siteDist): string | undefined {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [clean, join(clean, 'index.html'), `${clean}.html`]) {
    const path = join(root, candidate);
    if (path.startsWith(root) && existsSync(path) && statSync(path).isFile()) return path;
  }
  return undefined;
}

export interface SiteServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveSite(csp?: string, root = siteDist): Promise<SiteServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = fileFor(url.pathname, root);
    const headers: Record<string, string> = csp ? { 'Content-Security-Policy': csp } : {};
    if (!file) {
      response.writeHead(404, { ...headers, 'Content-Type': types['.html']! });
      response.end(readFileSync(join(root, '404.html')));
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Every HTML page of the built site, as URL paths. */
export function sitePages(): string[] {
  return [
    '/',
    '/artikel/putin-nordkorea/',
    '/artikel/putin-nordkorea-live/',
    '/artikel/north-korea-explainer/',
    '/so-arbeitet-die-redaktion/',
    '/themen/ukraine/',
    '/404.html',
  ];
}

/** Every HTML page under a built site, as URL paths (`/a/` for `a/index.html`). */
export function htmlPages(root: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replaceAll('\\', '/')}`.replace(/index\.html$/, ''))
    .sort();
}
