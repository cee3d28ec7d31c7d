/**
 * Astro keeps rendered content-collection entries between builds and clears
 * them when a digest of its config changes — but it leaves `integrations` out
 * of that digest. Our options and our version decide how Markdown renders, so
 * a fingerprint of both is placed where the digest does look: on our plugins
 * in `markdown` (a string property of the Sätteri plugin, the options of a
 * unified plugin tuple). A changed option or a new version then re-renders
 * every entry, on both processors, without `--force`.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The versions of our two packages, as installed. */
export function installedVersions(): string[] {
  return ['astro-newsroom/package.json', 'remark-newsroom/package.json'].map(
    (path) => (require(path) as { version: string }).version,
  );
}

/** A short hash of the options (as JSON) and the versions. */
export function fingerprint(options: unknown, versions: string[] = installedVersions()): string {
  return createHash('sha256').update(JSON.stringify({ options, versions })).digest('hex').slice(0, 16);
}

/**
 * Astro renders nothing for an entry it has cached, so our diagnostics for it
 * are not printed again: a warm cache would let a `strict` build pass with
 * problems. With `strict`, the fingerprint also names this run, so every
 * entry renders (and is checked) once per build or dev server.
 */
const thisRun = randomUUID();
export function runStamp(strict: boolean): { run?: string } {
  return strict ? { run: thisRun } : {};
}

const lastStamps = Symbol.for('astro-newsroom.devStamps');
const contentConfigs = ['content.config', 'content/config'].flatMap((name) =>
  ['ts', 'mts', 'js', 'mjs'].map((ext) => `${name}.${ext}`),
);

/**
 * `astro dev` restarts when astro.config changes, but its content layer keeps
 * the configuration it started with: collection entries stay rendered with the
 * old options (Astro offers integrations no way to re-render them). When a
 * restart changed our options in a site with collections, this says so.
 */
export function restartNotice(root: URL, srcDir: URL, stamp: string, isRestart: boolean): string | undefined {
  const global = globalThis as Record<symbol, unknown>;
  global[lastStamps] ??= new Map<string, string>();
  const stamps = global[lastStamps] as Map<string, string>;
  const previous = stamps.get(root.href);
  stamps.set(root.href, stamp);
  if (!isRestart || previous === undefined || previous === stamp) return undefined;
  if (!contentConfigs.some((file) => existsSync(new URL(file, srcDir)))) return undefined;
  return 'options changed: pages in src/pages use them now, but content collection entries keep their old rendering until `astro dev` is stopped and started again (Astro keeps rendering collections with the configuration it started with).';
}
