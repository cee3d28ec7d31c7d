/**
 * What writing a page costs, apart from rendering it (not part of `pnpm bench`;
 * run by hand on a built example server):
 *
 *   node --experimental-strip-types bench/scale-write.ts <store.db> [--requests=1000] [--rounds=6]
 *
 * Takes the page of one article with blocks and the same article without
 * our directives from the example server, and the same two pages with every
 * character above U+007F replaced by an ASCII one (the same length, but a
 * one-byte V8 string instead of a two-byte one). Then, per page:
 *   - encoding it to UTF-8 (`Buffer.from`, `TextEncoder`), µs of CPU;
 *   - a bare `node:http` server answering with it (`res.end(html)`), CPU ms
 *     per request from the kernel, in rounds alternating the pages (median).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuMs, startServer } from './scale-server.ts';
import { withBlocks, withoutBlocks } from './scale-store.ts';
import { median } from './stats.ts';

function option(name: string, fallback: number): number {
  const value = process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  return value ? Number(value) : fallback;
}

/** Same length, one byte per character in V8. */
const oneByte = (html: string) => html.replace(/[\u0080-\uffff]/g, 'x');

/** The least of five runs: the cost with the least interference from others on the machine. */
function encodingMicroseconds(html: string, encode: (s: string) => Uint8Array, times = 2000): number {
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const before = process.cpuUsage();
    for (let i = 0; i < times; i++) encode(html);
    const used = process.cpuUsage(before);
    runs.push((used.user + used.system) / times);
  }
  return Math.min(...runs);
}

/** A bare HTTP server answering `/<name>` with that page, as `res.end(string)`. */
async function startBareServer(pages: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const directory = mkdtempSync(join(tmpdir(), 'newsroom-write-'));
  writeFileSync(join(directory, 'pages.json'), JSON.stringify(pages));
  const source = `
    import { createServer } from 'node:http';
    import { readFileSync } from 'node:fs';
    const pages = JSON.parse(readFileSync(${JSON.stringify(join(directory, 'pages.json'))}, 'utf8'));
    const server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(pages[decodeURIComponent(req.url.slice(1))]);
    });
    server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', source], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /listening on (\S+)/.exec(String(chunk));
      if (match?.[1]) resolve(match[1]);
    });
  });
  return { url, child };
}

async function main() {
  const database = process.argv[2];
  if (!database || database.startsWith('--')) throw new Error('usage: scale-write.ts <store.db> [--requests=N]');
  const requests = option('requests', 1000);
  const rounds = option('rounds', 6);
  const server = await startServer(database);
  const page = async (slug: string) => (await fetch(`${server.url}/artikel/${slug}/`)).text();
  const withPage = await page(withBlocks(0));
  const withoutPage = await page(withoutBlocks(0));
  await server.stop();
  const pages: Record<string, string> = {
    'with blocks': withPage,
    'with blocks, one-byte': oneByte(withPage),
    without: withoutPage,
    'without, one-byte': oneByte(withoutPage),
  };
  const encoder = new TextEncoder();
  console.log(
    '| page | characters | UTF-8 bytes | Buffer.from µs | TextEncoder µs | res.end: server CPU ms per request |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  const bare = await startBareServer(pages);
  const names = Object.keys(pages);
  const cpu: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  const ask = async (name: string) => {
    const expected = Buffer.byteLength(pages[name] ?? '');
    let next = 0;
    const connection = async () => {
      while (next++ < requests) {
        const body = await (await fetch(`${bare.url}/${encodeURIComponent(name)}`)).arrayBuffer();
        if (body.byteLength !== expected) throw new Error(`${name}: ${body.byteLength} bytes, not ${expected}`);
      }
    };
    const before = cpuMs(bare.child.pid as number);
    await Promise.all([connection(), connection()]);
    return cpuMs(bare.child.pid as number) - before;
  };
  for (const name of names) await ask(name); // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 ? [...names].reverse() : names) cpu[name]?.push((await ask(name)) / requests);
  }
  bare.child.kill();
  for (const name of names) {
    const html = pages[name] ?? '';
    const buffer = encodingMicroseconds(html, (s) => Buffer.from(s));
    const text = encodingMicroseconds(html, (s) => encoder.encode(s));
    const perRequest = median(cpu[name] ?? []);
    console.log(
      `| ${name} | ${html.length} | ${Buffer.byteLength(html)} | ${buffer.toFixed(1)} | ${text.toFixed(1)} | ${perRequest.toFixed(3)} |`,
    );
  }
}

await main();
