/**
 * What a `run=repo` command of the docs may be, checked against the repo
 * itself: every pnpm command runs through `npx pnpm@12.4.2` and names a
 * script, package, binary, test file or bench part that exists. A command
 * that passes here does what the docs say it does, or fails loudly for a
 * reason of its own, never because a name in it went stale.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoDir = fileURLToPath(new URL('../../', import.meta.url));

interface Manifest {
  name: string;
  scripts?: Record<string, string>;
}

const readManifest = (dir: string) => JSON.parse(readFileSync(join(repoDir, dir, 'package.json'), 'utf8')) as Manifest;

/** Every workspace package by name, with its folder (the globs of pnpm-workspace.yaml, one level deep). */
export function workspace(): Map<string, string> {
  const globs = [...readFileSync(join(repoDir, 'pnpm-workspace.yaml'), 'utf8').matchAll(/^\s+-\s+(\S+)\s*$/gm)].map(
    (m) => m[1] as string,
  );
  const dirs = globs.flatMap((glob) =>
    glob.endsWith('/*')
      ? readdirSync(join(repoDir, glob.slice(0, -2))).map((name) => `${glob.slice(0, -2)}/${name}`)
      : [glob],
  );
  return new Map(
    dirs.filter((dir) => existsSync(join(repoDir, dir, 'package.json'))).map((dir) => [readManifest(dir).name, dir]),
  );
}

/** Commands pnpm runs as the package's script of the same name (any other unknown word is pnpm's own command). */
const scriptShorthands = new Set(['test', 'start', 'bench']);

/** The bench's parts, the names `--only=` accepts: one file each in bench/parts/ (bench/README.md). */
export function benchParts(): Set<string> {
  const dir = join(repoDir, 'bench/parts');
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir)
      .filter((file) => file.endsWith('.ts') && !['index.ts', 'part.ts'].includes(file))
      .map((file) => file.replace(/\.ts$/, '')),
  );
}

/**
 * Why one command (a line, or a part between `&&`) is not a command of this
 * repo (undefined when it is). `switches` are the NEWSROOM_* names a command
 * may set in front.
 */
export function commandProblem(command: string, switches: ReadonlySet<string>): string | undefined {
  const words = command.trim().split(/\s+/);
  // `NAME=value` in front: an environment switch of ours.
  while (/^[A-Z_][A-Z0-9_]*=/.test(words[0] ?? '')) {
    const name = (words.shift() as string).split('=')[0] as string;
    if (!switches.has(name)) return `${name} is not a switch of the table in CONTRIBUTING.md`;
  }
  const [first, second, ...rest] = words;
  if (first === 'bash' || first === 'sh') {
    return second && existsSync(join(repoDir, second)) ? undefined : `no such script: ${second}`;
  }
  if (first !== 'npx' || second !== 'pnpm@12.4.2') return 'not `npx pnpm@12.4.2 …` (pnpm is not installed globally)';
  const packages = workspace();
  let dir = '.';
  if (rest[0] === '--filter') {
    const name = rest[1] ?? '';
    const found = packages.get(name);
    if (!found) return `--filter ${name}: no workspace package of that name (${[...packages.keys()].join(', ')})`;
    dir = found;
    rest.splice(0, 2);
  }
  const scripts = readManifest(dir).scripts ?? {};
  const [verb = '', ...args] = rest;
  if (verb === 'install') return dir === '.' ? undefined : 'install runs at the repo root';
  if (verb === 'run' || scriptShorthands.has(verb)) {
    const script = verb === 'run' ? args.shift() : verb;
    if (!script || !(script in scripts)) return `${dir}/package.json has no script "${script}"`;
    if (script === 'bench') {
      const parts = benchParts();
      for (const arg of args.filter((a) => a.startsWith('--only='))) {
        for (const part of arg.slice('--only='.length).split(',')) {
          if (!parts.has(part)) return `--only=${part}: no bench part of that name`;
        }
      }
    }
    return undefined;
  }
  if (verb === 'exec') {
    const [bin = '', ...binArgs] = args;
    const local = [join(repoDir, dir, 'node_modules/.bin', bin), join(repoDir, 'node_modules/.bin', bin)];
    if (!local.some((path) => existsSync(path))) return `exec ${bin}: no such binary installed in ${dir}`;
    // `vitest run <file>…`: each file exists in that package.
    if (bin === 'vitest') {
      for (const file of binArgs.filter((arg) => !arg.startsWith('-') && arg !== 'run')) {
        if (!existsSync(join(repoDir, dir, file))) return `vitest run ${file}: no such file in ${dir}`;
      }
    }
    return undefined;
  }
  return `npx pnpm@12.4.2 ${verb}: neither install, run <script>, exec <binary> nor a script shorthand`;
}
