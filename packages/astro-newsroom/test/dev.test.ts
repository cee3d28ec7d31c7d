/**
 * Strict mode in `astro dev`: the page with problems answers with Astro's
 * error (the overlay), located at the first problem, with our hint.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { fixtures } from './sites.js';

let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill();
});

it('strict: the dev server shows the problem located in the file, with a hint', async () => {
  const root = fileURLToPath(new URL('blocks/', fixtures));
  const astro = fileURLToPath(new URL('blocks/node_modules/astro/bin/astro.mjs', fixtures));
  let output = '';
  server = spawn(process.execPath, [astro, 'dev', '--port', '4399', '--host', '127.0.0.1'], {
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
  const response = await fetch('http://127.0.0.1:4399/bad-too/');
  expect(response.status, output).toBe(500);
  for (let tries = 0; tries < 50 && !/Hint:/.test(output); tries++) await new Promise((r) => setTimeout(r, 200));
  expect(output).toContain('2 problems in src/pages/bad-too.md');
  expect(output).toContain('Fix the problems listed above');
  expect(output).toMatch(/at .*src\/pages\/bad-too\.md:5:1/);
}, 60_000);
