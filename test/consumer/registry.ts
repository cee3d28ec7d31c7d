/**
 * A stand-in npm registry on loopback for `astro add`: it serves our two
 * packed packages as if published, and passes every other request on to the
 * npm registry the machine is configured with.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';

export interface Packed {
  name: string;
  version: string;
  tarball: string;
  manifest: Record<string, unknown>;
}

export async function serveRegistry(packages: Packed[], upstream: string) {
  const tarballs = new Map(packages.map((pkg) => [basename(pkg.tarball), pkg.tarball]));
  let origin = '';
  const packument = (pkg: Packed) => {
    const body = readFileSync(pkg.tarball);
    const version = {
      ...pkg.manifest,
      dist: {
        tarball: `${origin}/-/tarballs/${basename(pkg.tarball)}`,
        shasum: createHash('sha1').update(body).digest('hex'),
        integrity: `sha512-${createHash('sha512').update(body).digest('base64')}`,
      },
    };
    return { name: pkg.name, 'dist-tags': { latest: pkg.version }, versions: { [pkg.version]: version } };
  };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(request.url ?? '/');
    const tarball = path.startsWith('/-/tarballs/') ? tarballs.get(path.slice('/-/tarballs/'.length)) : undefined;
    if (tarball) {
      response.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      response.end(readFileSync(tarball));
      return;
    }
    const [, first = '', second = ''] = path.split('/');
    const ours = packages.find((pkg) => pkg.name === first);
    if (ours) {
      const doc = packument(ours);
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(second === 'latest' ? doc.versions[ours.version] : doc));
      return;
    }
    const upstreamResponse = await fetch(upstream.replace(/\/$/, '') + (request.url ?? '/'), {
      headers: { accept: request.headers.accept ?? 'application/json' },
    });
    response.writeHead(upstreamResponse.status, {
      'Content-Type': upstreamResponse.headers.get('content-type') ?? 'application/json',
    });
    response.end(Buffer.from(await upstreamResponse.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
