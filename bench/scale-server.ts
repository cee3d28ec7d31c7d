/**
 * The example Node server (examples/news-server) as the on-demand bench drives
 * it: started on 127.0.0.1 with a random port over a given store, loaded with
 * autocannon in runs bounded in requests and seconds, and read from /proc for
 * its CPU time and resident set (Linux).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export const serverRoot = fileURLToPath(new URL('../examples/news-server/', import.meta.url));

export interface RunningServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Builds the example server (`astro build`, the Node adapter). */
export function buildServer(): void {
  execFileSync('npx', ['pnpm@12.4.2', 'run', 'build'], { cwd: serverRoot, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Starts the built server over `database`; `nodeArgs` go to Node before the entry (a profiler's flags). */
export async function startServer(database: string, nodeArgs: string[] = []): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, join(serverRoot, 'dist/server/entry.mjs')], {
    cwd: serverRoot,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', NEWSROOM_DB: database, NODE_NO_WARNINGS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return {
    url,
    pid: child.pid as number,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (user + system) the process used so far, in ms: what a request costs, whatever else runs on the machine. */
export function cpuMs(pid: number): number {
  // Fields after the command name: state is 3rd, utime 14th, stime 15th of the full line.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

/** Resident set now and its peak so far, in MB. */
export function memoryOf(pid: number): { rssMB: number; peakMB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMB: Math.round(kb('VmRSS') / 1024), peakMB: Math.round(kb('VmHWM') / 1024) };
}

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50ms: number;
  p99ms: number;
  cpuMsPerRequest: number;
  errors: number;
}

/** One autocannon run on the server, at most `requests` requests and `seconds` seconds; `path(i)` is the i-th request's path. */
export async function load(
  server: RunningServer,
  requests: number,
  seconds: number,
  path: (i: number) => string,
): Promise<LoadResult> {
  let next = 0;
  const cpuBefore = cpuMs(server.pid);
  const started = performance.now();
  // Without a callback autocannon returns its tracker, an event emitter made thenable (its types name only the promise).
  const run = autocannon({
    url: server.url,
    connections: 8,
    amount: requests,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, path: path(next++) }) }],
  }) as Promise<autocannon.Result> & Pick<autocannon.Instance, 'on'>;
  // Until the last response: autocannon settles on its next one-second tick, so a run of a few
  // seconds timed to its end counts whole seconds (2,000 requests read 333 or 399 a second).
  let lastResponse = started;
  run.on('response', () => {
    lastResponse = performance.now();
  });
  const result = await run;
  const elapsed = Math.max(0.001, (lastResponse - started) / 1000);
  const total = Math.max(1, result.requests.total);
  return {
    requests: result.requests.total,
    seconds: Number(elapsed.toFixed(1)),
    requestsPerSecond: Math.round(result.requests.total / elapsed),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    cpuMsPerRequest: Number(((cpuMs(server.pid) - cpuBefore) / total).toFixed(2)),
    errors: result.errors + result.non2xx,
  };
}
