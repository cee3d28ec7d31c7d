/**
 * Strict mode in `astro dev`: the page with problems answers with Astro's
 * error (the overlay), located at the first problem, with our hint.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { fixtures } from './sites.js';

let server: ChildProcess | undefined;

/** A port the system has just handed out (other tests and machines' servers run too). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
afterAll(() => {
  server?.kill();
});

it('strict: the dev server shows the problem located in the file, with a hint', async () => {
  const root = fileURLToPath(new URL('blocks/', fixtures));
  const astro = fileURLToPath(new URL('blocks/node_modules/astro/bin/astro.mjs', fixtures));
  let output = '';
  server = spawn(process.execPath, [astro, 'dev', '--port', String(await freePort()), '--host', '127.0.0.1'], {
    cwd: root,
    // A clean environment: Astro behaves differently under vitest's variables.
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NEWSROOM_STRICT: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
  });
  server.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  server.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  for (let tries = 0; tries < 100 && !/ready in/.test(output); tries++) await new Promise((r) => setTimeout(r, 200));
  // The address Astro says it serves on: if the port was taken in between, it moved on to another.
  const served = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
  expect(served, output).toBeDefined();
  const response = await fetch(`http://127.0.0.1:${served}/bad-too/`);
  expect(response.status, output).toBe(500);
  for (let tries = 0; tries < 50 && !/Hint:/.test(output); tries++) await new Promise((r) => setTimeout(r, 200));
  expect(output).toContain('2 problems in src/pages/bad-too.md');
  expect(output).toContain('Fix the problems listed above');
  expect(output).toMatch(/at .*src\/pages\/bad-too\.md:5:1/);
}, 60_000);
