/**
 * Where the on-demand server's time goes, with and without blocks (not part
 * of `pnpm bench`; run by hand on a built example server):
 *
 *   node --experimental-strip-types bench/scale-profile.ts <store.db> [--batch=100] [--rounds=12] [--connections=1] [--interval=1000]
 *
 * One server under `--cpu-prof`, asked for articles nobody asked for before,
 * in batches alternating with and without blocks (b<i>, p<i> of the same i).
 * Each sample of the profile is given to the batch it fell in (the profile's
 * clock and process.hrtime are both the monotonic clock) and to the first
 * part below whose marker is on its stack; per request, in ms. Next to it,
 * the server's CPU time per request from the kernel: a profile samples wall
 * time, so on a busy machine it also counts time the server waited, preempted
 * (at a `writev` that wakes the client, at a `stat` that wakes the thread pool).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attribute, type Batch, type CpuProfile, type Kind } from './scale-profile-parts.ts';
import { cpuMs, startServer } from './scale-server.ts';
import { withBlocks, withoutBlocks } from './scale-store.ts';

function option(name: string, fallback: number): number {
  const value = process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  return value ? Number(value) : fallback;
}

const microseconds = () => Number(process.hrtime.bigint() / 1000n);

async function main() {
  const database = process.argv[2];
  if (!database || database.startsWith('--'))
    throw new Error('usage: scale-profile.ts <store.db> [--batch=N] [--rounds=N]');
  const batchSize = option('batch', 100);
  const rounds = option('rounds', 12);
  const connections = option('connections', 1);
  const warmUp = option('warm-up', 200);
  const directory = mkdtempSync(join(tmpdir(), 'newsroom-profile-'));
  // A profile is written when the process exits normally: SIGTERM has to end it that way.
  const exitOnTerm = `data:text/javascript,process.on('SIGTERM',()=>process.exit(0))`;
  const interval = option('interval', 1000);
  const server = await startServer(database, [
    '--import',
    exitOnTerm,
    '--cpu-prof',
    '--cpu-prof-dir',
    directory,
    '--cpu-prof-interval',
    String(interval),
  ]);
  const ask = async (slug: (i: number) => string, from: number, count: number) => {
    let next = 0;
    const connection = async () => {
      while (next < count) {
        const response = await fetch(`${server.url}/artikel/${slug(from + next++)}/`);
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${response.status} for ${response.url}`);
      }
    };
    await Promise.all(Array.from({ length: connections }, connection));
  };
  const batches: Batch[] = [];
  const cpu = { with: 0, without: 0 };
  const firstAfterRounds = rounds * batchSize;
  await ask(withBlocks, firstAfterRounds, warmUp);
  await ask(withoutBlocks, firstAfterRounds, warmUp);
  for (let round = 0; round < rounds; round++) {
    const order: Kind[] = round % 2 ? ['without', 'with'] : ['with', 'without'];
    for (const kind of order) {
      const cpuBefore = cpuMs(server.pid);
      const start = microseconds();
      await ask(kind === 'with' ? withBlocks : withoutBlocks, round * batchSize, batchSize);
      batches.push({ kind, start, end: microseconds(), requests: batchSize });
      cpu[kind] += cpuMs(server.pid) - cpuBefore;
    }
  }
  await server.stop();
  const file = readdirSync(directory).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${directory}`);
  const profile = JSON.parse(readFileSync(join(directory, file), 'utf8')) as CpuProfile;
  const rows = [...attribute(profile, batches)].sort(([, a], [, b]) => b.with - a.with);
  const total = { with: 0, without: 0 };
  console.log('| part | with blocks | without | difference |\n| --- | ---: | ---: | ---: |');
  for (const [name, ms] of rows) {
    if (name !== '(idle)') {
      total.with += ms.with;
      total.without += ms.without;
    }
    console.log(
      `| ${name} | ${ms.with.toFixed(2)} | ${ms.without.toFixed(2)} | ${(ms.with - ms.without).toFixed(2)} |`,
    );
  }
  console.log(
    `| profile, busy | ${total.with.toFixed(2)} | ${total.without.toFixed(2)} | ${(total.with - total.without).toFixed(2)} |`,
  );
  const perRequest = (kind: Kind) => cpu[kind] / (rounds * batchSize);
  console.log(
    `| server CPU (kernel) | ${perRequest('with').toFixed(2)} | ${perRequest('without').toFixed(2)} | ${(perRequest('with') - perRequest('without')).toFixed(2)} |`,
  );
  // The batches beside the profile: to split it another way (per function, per module) by hand.
  writeFileSync(join(directory, 'batches.json'), JSON.stringify(batches));
  console.log(`profile: ${join(directory, file)} (batches: ${join(directory, 'batches.json')})`);
}

await main();
