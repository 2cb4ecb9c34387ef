/**
 * The sharded case alone, without the baseline: for archive sizes the plain Astro baseline cannot build (at 50,000
 * articles its data store fails), to see whether a shard's memory follows its slice or the archive. Generates the
 * corpus (seeded, as bench/run.ts does), then the derive stage, each shard and the merge, each measured alone.
 *   node bench/shard-alone.ts --articles 50000 [--shard-size 5000] [--seed 1] [--site worktree|<git ref>]
 *     [--shards 1,2,3]   (only those shards, and no merge: when building every shard takes too long)
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { prepareSite } from './projects.ts';
import { ensureCorpus } from './run.ts';
import { benchShards, shardRows } from './sharded.ts';

const OUT = resolve('bench', 'out');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const n = Number(option('--articles', '50000'));
const shardSize = Number(option('--shard-size', '5000'));
const seed = Number(option('--seed', '1'));
const ref = option('--site', 'worktree');
const only = args.includes('--shards') ? option('--shards', '').split(',').map(Number) : undefined;
if (![n, shardSize, seed].every(Number.isInteger))
  throw new Error('--articles, --shard-size and --seed take whole numbers');
mkdirSync(join(OUT, 'logs'), { recursive: true });
const corpus = ensureCorpus(n, seed);
const root = prepareSite(join(OUT, 'site-root'), ref);
const env = { ...process.env, CONTENT_DIR: corpus.dir, ASTRO_TELEMETRY_DISABLED: '1' };
const sharded = await benchShards({
  n,
  count: Math.ceil(n / shardSize),
  root,
  out: OUT,
  env,
  ...(only ? { only } : {}),
});
const shardsArg = only ? ` --shards ${only.join(',')}` : '';
console.log(
  `\nSharded case alone; command: node bench/shard-alone.ts --articles ${n} --shard-size ${shardSize} --seed ${seed} --site ${ref}${shardsArg}\n`,
);
console.log('| N | step | wall (s) | CPU (s) | max RSS (MiB) | tree RSS (MiB) |');
console.log('| ---: | --- | ---: | ---: | ---: | ---: |');
for (const [name, m] of shardRows(sharded))
  console.log(
    `| ${n} | ${name}${m.status === 0 ? '' : ' (failed)'} | ${m.wall.toFixed(1)} | ${m.cpu.toFixed(1)} | ${m.maxRss.toFixed(0)} | ${m.treeRss.toFixed(0)} |`,
  );
if ([sharded.derive, ...sharded.shards, ...(sharded.merge ? [sharded.merge] : [])].some((m) => m.status !== 0))
  process.exitCode = 1;
