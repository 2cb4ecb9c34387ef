/**
 * The benchmark's sharded case: the site built as a CI matrix builds it (README, "Sharded builds"), one process at a
 * time on this machine: the derive stage once (`--derive`, every article rendered into the cache, which the matrix
 * hands every shard), then each shard (`--shard K/N`, from a cold Astro cache and with its own social cards), then
 * the merge (`--merge`, sitemap, search index and output check of the whole site). Each is measured alone: a
 * shard's tree RSS is what one machine of the matrix needs.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { measure, type Measurement } from './measure.ts';
import { clearCaches } from './projects.ts';

/** The measurements of one sharded build. */
export interface Sharded {
  count: number;
  derive: Measurement;
  /** The shards built, in order: all of them, or those asked for (`only`). */
  shards: Measurement[];
  /** Their numbers, from 1. */
  numbers: number[];
  /** The merge, when every shard was built. */
  merge?: Measurement;
}

/** What to build: `count` shards of the corpus of `n` articles (in env.CONTENT_DIR), with the site in `root`. */
export interface ShardedCase {
  n: number;
  count: number;
  root: string;
  /** The benchmark's output folder. */
  out: string;
  env: NodeJS.ProcessEnv;
  /** Build only these shards (numbered from 1, in this order), and no merge: for sizes where all take too long. */
  only?: readonly number[];
}

/** One measurement as a line of the run's progress, so that a long run's figures can be read before it ends. */
const said = (m: Measurement) => {
  console.error(
    `  ${m.status === 0 ? 'done' : `failed (${m.status})`}: wall ${m.wall.toFixed(1)} s, CPU ${m.cpu.toFixed(1)} s, max RSS ${m.maxRss.toFixed(0)} MiB, tree RSS ${m.treeRss.toFixed(0)} MiB`,
  );
  return m;
};

/** Builds and measures the sharded case. */
export async function benchShards({ n, count, root, out, env, only }: ShardedCase): Promise<Sharded> {
  const cli = (...args: string[]) => [process.execPath, 'src/build/cli.ts', ...args];
  const log = (name: string) => join(out, 'logs', `${name}-${n}.log`);
  const dirs = Array.from({ length: count }, (_, i) => join(out, `shard-${n}`, `${i + 1}`));
  rmSync(join(out, `shard-${n}`), { recursive: true, force: true });
  clearCaches(root);
  console.error(`N=${n}: sharded build: deriving the corpus once…`);
  // The derive stage holds the whole archive (it is not a shard): DERIVE_HEAP_MIB gives it a larger heap than
  // Node's default at sizes where that runs out, leaving the shards and the merge at the default.
  const heap = process.env.DERIVE_HEAP_MIB;
  const deriveEnv = heap ? { ...env, NODE_OPTIONS: `--max-old-space-size=${heap}` } : env;
  const derive = said(await measure({ argv: cli('--derive'), cwd: root, env: deriveEnv, log: log('shard-derive') }));
  const shards: Measurement[] = [];
  const numbers: number[] = [];
  // In the order asked for, so that a long run measures the shard that matters first.
  for (const i of only ? only.map((k) => k - 1) : dirs.keys()) {
    const dir = dirs[i]!;
    numbers.push(i + 1);
    // Each shard starts as a fresh machine of the matrix would, with only the derive stage's cache.
    clearCaches(root, { keepBuildCache: true });
    console.error(`N=${n}: sharded build: shard ${i + 1} of ${count}…`);
    const argv = cli('--shard', `${i + 1}/${count}`, '--out', dir);
    shards.push(said(await measure({ argv, cwd: root, env, log: log(`shard-${i + 1}`) })));
  }
  if (numbers.length < count) return { count, derive, shards, numbers };
  console.error(`N=${n}: sharded build: merging ${count} shards…`);
  const merge = said(
    await measure({
      argv: cli('--merge', ...dirs, '--out', join(out, `shard-${n}`, 'merged')),
      cwd: root,
      env,
      log: log('shard-merge'),
    }),
  );
  return { count, derive, shards, numbers, merge };
}

const sum = (ms: readonly Measurement[], key: 'wall' | 'cpu') => ms.reduce((total, m) => total + m[key], 0);

/**
 * The rows of the sharded case for the benchmark's table: derive, each shard, merge; with `summary`, the rows to
 * compare with the baseline: the largest shard (by tree RSS), the merge, and the whole build run one step after
 * another (times summed, memory the largest step's).
 */
export function shardRows(sharded: Sharded | undefined, { summary = false } = {}): Array<[string, Measurement]> {
  if (!sharded) return [];
  const { count, derive, shards, numbers, merge } = sharded;
  if (!summary)
    return [
      ['sharded: derive once', derive],
      ...shards.map((m, i): [string, Measurement] => [`sharded: shard ${numbers[i]}/${count}`, m]),
      ...(merge ? [['sharded: merge', merge] as [string, Measurement]] : []),
    ];
  if (!merge) return [];
  const largest = shards.reduce((a, b) => (b.treeRss > a.treeRss ? b : a));
  const steps = [derive, ...shards, merge];
  const whole: Measurement = {
    wall: sum(steps, 'wall'),
    cpu: sum(steps, 'cpu'),
    maxRss: Math.max(...steps.map((m) => m.maxRss)),
    treeRss: Math.max(...steps.map((m) => m.treeRss)),
    status: steps.every((m) => m.status === 0) ? 0 : 1,
    firstOutput: NaN,
    astroDone: NaN,
  };
  return [
    [`largest shard of ${count}`, largest],
    ['sharded merge', merge],
    [`sharded, ${count} shards one after another`, whole],
  ];
}
