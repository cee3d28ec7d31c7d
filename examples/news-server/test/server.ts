/** Starts the built Node server on 127.0.0.1 with a random port, against a store of the test's choosing. */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = new URL('../', import.meta.url);

export interface RunningServer {
  url: string;
  get(path: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
  output(): string;
}

export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  return spawnServer(
    [fileURLToPath(new URL('dist/server/entry.mjs', root))],
    { HOST: '127.0.0.1', PORT: '0', NODE_NO_WARNINGS: '1', ...env },
    /listening on (http:\/\/127\.0\.0\.1:\d+)/,
    60_000,
  );
}

/** Runs node with `args` until its output names the address it serves (the pattern's first group). */
export async function spawnServer(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  timeout: number,
): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: fileURLToPath(root),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args[0]} did not start:\n${output}`)), timeout);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`${args[0]} exited (${code}):\n${output}`)));
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
