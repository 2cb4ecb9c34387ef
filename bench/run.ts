/**
 * The build benchmark: for each corpus size, builds the real site (src/build/cli.ts, analysis and output checks
 * included) and the plain Astro baseline on the same generated corpus, one child process each, cold caches, and
 * prints wall time, CPU time and memory of both, their ratio, the time per article, and the biggest pages. The site
 * is built three times: cold; again over its own output with its caches, nothing changed (a build with nothing to
 * do, which stops before Astro starts: src/build/unchanged.ts); and again after one new article is added (a
 * newsroom's next publication, an incremental build that carries the pages it does not change over). Where `hugo` is on PATH, a simple Hugo site with the same pages as the baseline is built too, cold,
 * as a reference for what a compiled generator takes (bench/hugo/). The sharded case builds it as a CI matrix would,
 * one process after another: the derive stage once (every article rendered into the cache), then each of
 * ceil(N / shard size) shards, then the merge; each is measured alone, so its tree RSS is what one machine of the
 * matrix needs.
 *   node bench/run.ts [--sizes 1000,10000] [--seed 1] [--site worktree|<git ref>] [--shard-size 5000]
 *     [--only shard]   (the baseline and the sharded case only: for sizes where the single build takes too long)
 *     [--only incremental]   (the baseline and the site's three builds only: to see what a rebuild costs)
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { addArticle, corpusDir, generateCorpus, type CorpusStats } from './generate-corpus.ts';
import { measure, type Measurement } from './measure.ts';
import { stagesOf } from './log-stages.ts';
import { benchShards, shardRows, type Sharded } from './sharded.ts';
import { largestPage, pageWeight } from './page-weight.ts';
import { clearCaches, prepareBaseline, prepareSite } from './projects.ts';
import { benchHugo, findHugo } from './hugo/bench-hugo.ts';

/** Where everything the benchmark makes goes (gitignored). */
const OUT = resolve('bench', 'out');

/** One size's results. */
interface Row {
  n: number;
  corpus: CorpusStats;
  /** The whole site's builds, left out with --only shard. */
  site?: Measurement;
  /**
   * The site built again over its own output with its caches: nothing changed, so the build has nothing to do and
   * stops before Astro starts (src/build/unchanged.ts).
   */
  siteWarm?: Measurement;
  /** Then one new article added (naming people and organisations the archive has) and the site built again. */
  siteAdd?: Measurement;
  /** Pagefind alone indexing the site's pages, as the build's last step does. */
  search?: Measurement;
  baseline: Measurement;
  /** Hugo building the same pages as the baseline, cold; undefined where `hugo` is not on PATH. */
  hugo?: Measurement | undefined;
  /** The sharded build: derive, each shard, merge; left out with --only incremental. */
  sharded?: Sharded | undefined;
  load: number;
}

/** Generates the corpus of n articles unless the same seed and generator already made it. */
export function ensureCorpus(n: number, seed: number): CorpusStats {
  const stamp = join(OUT, `corpus-${n}`, 'stamp.json');
  const hash = createHash('sha256');
  for (const file of ['generate-corpus.ts', ...readdirSync(resolve('bench', 'corpus')).map((f) => `corpus/${f}`)]) {
    hash.update(readFileSync(resolve('bench', file)));
  }
  const key = `${seed}:${hash.digest('hex')}`;
  if (existsSync(stamp)) {
    const saved = JSON.parse(readFileSync(stamp, 'utf8')) as { key: string; stats: CorpusStats };
    if (saved.key === key) return saved.stats;
  }
  const stats = generateCorpus(n, seed, corpusDir(n));
  writeFileSync(stamp, JSON.stringify({ key, stats }, null, 2));
  return stats;
}

/** Builds one corpus with both projects and measures them. */
async function benchSize(
  n: number,
  seed: number,
  siteRoot: string,
  baselineRoot: string,
  options: { shardSize: number; only: '' | 'shard' | 'incremental' },
): Promise<Row> {
  const corpus = ensureCorpus(n, seed);
  const env = { ...process.env, CONTENT_DIR: corpus.dir, ASTRO_TELEMETRY_DISABLED: '1' };
  const load = loadavg()[0]!;
  const shardCount = Math.max(1, Math.ceil(n / options.shardSize));
  const baseline = await benchBaseline(n, baselineRoot, env);
  const sharded =
    options.only === 'incremental'
      ? undefined
      : await benchShards({ n, count: shardCount, root: siteRoot, out: OUT, env });
  if (options.only === 'shard') return { n, corpus, baseline, sharded, load };
  clearCaches(siteRoot);
  console.error(`N=${n}: building the site…`);
  const site = await measure({
    argv: [process.execPath, 'src/build/cli.ts', '--out', join(OUT, `site-${n}`)],
    cwd: siteRoot,
    env,
    log: join(OUT, 'logs', `site-${n}.log`),
  });
  clearCaches(siteRoot, { keepBuildCache: true });
  console.error(`N=${n}: building the site again, keeping its cache of cards and rendered articles…`);
  const siteWarm = await measure({
    argv: [process.execPath, 'src/build/cli.ts', '--out', join(OUT, `site-${n}`)],
    cwd: siteRoot,
    env,
    log: join(OUT, 'logs', `site-warm-${n}.log`),
  });
  console.error(`N=${n}: adding one article and building again…`);
  const added = addArticle(n, seed, corpus.dir);
  let siteAdd: Measurement;
  try {
    siteAdd = await measure({
      argv: [process.execPath, 'src/build/cli.ts', '--out', join(OUT, `site-${n}`)],
      cwd: siteRoot,
      env,
      log: join(OUT, 'logs', `site-add-${n}.log`),
    });
  } finally {
    rmSync(added, { force: true });
  }
  if (options.only === 'incremental') {
    for (const [name, m] of [
      ['site', site],
      ['site-warm', siteWarm],
      ['site-add', siteAdd],
      ['baseline', baseline],
    ] as const)
      if (m.status !== 0)
        console.error(`N=${n}: the ${name} build failed (${m.status}); see bench/out/logs/${name}-${n}.log`);
    return { n, corpus, site, siteWarm, siteAdd, baseline, load };
  }
  console.error(`N=${n}: indexing the site's pages with Pagefind alone…`);
  const search = await measure({
    argv: [process.execPath, 'bench/pagefind-alone.ts', join(OUT, `site-${n}`)],
    cwd: process.cwd(),
    env,
    log: join(OUT, 'logs', `search-${n}.log`),
  });
  const hugoPath = findHugo();
  let hugo: Measurement | undefined;
  if (hugoPath) {
    console.error(`N=${n}: building the same pages with Hugo…`);
    hugo = await benchHugo(hugoPath, corpus.dir, join(OUT, `hugo-${n}`), join(OUT, 'logs', `hugo-${n}.log`));
  }
  for (const [name, m] of [
    ['site', site],
    ['site-warm', siteWarm],
    ['site-add', siteAdd],
    ['search', search],
    ['baseline', baseline],
    ...(hugo ? [['hugo', hugo] as const] : []),
  ] as const) {
    if (m.status !== 0)
      console.error(`N=${n}: the ${name} build failed (${m.status}); see bench/out/logs/${name}-${n}.log`);
  }
  return { n, corpus, site, siteWarm, siteAdd, search, baseline, hugo, sharded, load };
}

/** Builds the plain Astro baseline on the corpus, cold. */
async function benchBaseline(n: number, baselineRoot: string, env: NodeJS.ProcessEnv): Promise<Measurement> {
  clearCaches(baselineRoot);
  console.error(`N=${n}: building the baseline…`);
  return measure({
    argv: [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'],
    cwd: baselineRoot,
    env: { ...env, OUT_DIR: join(OUT, `baseline-${n}`) },
    log: join(OUT, 'logs', `baseline-${n}.log`),
  });
}

const f = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const ratio = (a: number, b: number) => `${f(a / b, 2)}×`;

/** The markdown tables of a run. */
export function formatTables(rows: readonly Row[]): string {
  const lines = [
    '| N | build | wall (s) | CPU (s) | max RSS (MiB) | tree RSS (MiB) | wall ms/article | CPU ms/article |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { n, site, siteWarm, siteAdd, search, baseline, hugo, sharded } of rows) {
    for (const [name, m] of [
      ['site', site],
      ['site again, nothing changed', siteWarm],
      ['site again, one article added', siteAdd],
      ['search index alone (Pagefind)', search],
      ['baseline', baseline],
      ...(hugo ? [['Hugo, same pages as the baseline', hugo] as const] : []),
      ...shardRows(sharded),
    ] as const) {
      if (!m) continue;
      const failed = m.status === 0 ? '' : ' (failed)';
      lines.push(
        `| ${n} | ${name}${failed} | ${f(m.wall)} | ${f(m.cpu)} | ${f(m.maxRss, 0)} | ${f(m.treeRss, 0)} | ${f((m.wall * 1000) / n, 2)} | ${f((m.cpu * 1000) / n, 2)} |`,
      );
    }
    for (const [name, m] of [
      ['site', site],
      ['site again, nothing changed', siteWarm],
      ['site again, one article added', siteAdd],
      ['search index alone', search],
      ...(hugo ? [['Hugo', hugo] as const] : []),
      ...shardRows(sharded, { summary: true }),
    ] as const) {
      // A baseline that failed (at 50,000 articles Astro cannot write its data store) is no measure to divide by.
      if (m && baseline.status !== 0) lines.push(`| ${n} | **${name} / baseline** | baseline failed | | | | | |`);
      else if (m)
        lines.push(
          `| ${n} | **${name} / baseline** | ${ratio(m.wall, baseline.wall)} | ${ratio(m.cpu, baseline.cpu)} | ${ratio(m.maxRss, baseline.maxRss)} | ${ratio(m.treeRss, baseline.treeRss)} | | |`,
        );
    }
  }
  const staged = rows.some((r) => r.site);
  if (staged)
    lines.push('', '| N | build | before Astro (s) | content sync (s) | bundle (s) | pages (s) | after Astro (s) |');
  if (staged) lines.push('| ---: | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const { n, site, siteWarm, siteAdd, baseline } of rows) {
    if (!site || !siteWarm || !siteAdd) continue;
    for (const [name, log, m] of [
      ['site', 'site', site],
      ['site again, nothing changed', 'site-warm', siteWarm],
      ['site again, one article added', 'site-add', siteAdd],
      ['baseline', 'baseline', baseline],
    ] as const) {
      const file = join(OUT, 'logs', `${log}-${n}.log`);
      const s = stagesOf(m, existsSync(file) ? readFileSync(file, 'utf8') : '');
      lines.push(
        `| ${n} | ${name} | ${f(s.before)} | ${f(s.sync, 0)} | ${f(s.bundle, 0)} | ${f(s.pages, 0)} | ${f(s.after)} |`,
      );
    }
  }
  lines.push('', '| N | people | organisations | words | most named person: articles | load avg at start |');
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { n, corpus, load } of rows) {
    lines.push(
      `| ${n} | ${corpus.people} | ${corpus.organisations} | ${corpus.words} | ${corpus.topPerson.articles} | ${f(load, 2)} |`,
    );
  }
  if (staged) lines.push('', '| N | page (site build) | address | HTML (kB) | HTML + CSS gzipped (kB) |');
  if (staged) lines.push('| ---: | --- | --- | ---: | ---: |');
  for (const { n, site } of rows) {
    if (site?.status !== 0) continue;
    const dir = join(OUT, `site-${n}`);
    const pages: Array<[string, string | undefined]> = [
      ['home', '/'],
      ['biggest article', largestPage(dir, 'articles')?.path],
      ['biggest person', largestPage(dir, 'people')?.path],
      ['biggest organisation', largestPage(dir, 'organisations')?.path],
    ];
    for (const [label, path] of pages) {
      if (!path) continue;
      const w = pageWeight(dir, path);
      lines.push(`| ${n} | ${label} | \`${path}\` | ${f(w.htmlRaw / 1000)} | ${f(w.total / 1000)} |`);
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
  };
  const sizes = option('--sizes', '1000,10000').split(',').map(Number);
  const seed = Number(option('--seed', '1'));
  const shardSize = Number(option('--shard-size', '5000'));
  const only = option('--only', '');
  if (only !== '' && only !== 'shard' && only !== 'incremental')
    throw new Error(`--only takes shard or incremental, not ${only}`);
  if (!Number.isInteger(shardSize) || shardSize < 1) throw new Error('--shard-size takes a whole number: 5000');
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes takes whole numbers: 200,1000');
  mkdirSync(join(OUT, 'logs'), { recursive: true });
  const ref = option('--site', 'worktree');
  const siteRoot = prepareSite(join(OUT, 'site-root'), ref);
  const baselineRoot = prepareBaseline(join(OUT, 'baseline-site'));
  const rows: Row[] = [];
  for (const n of sizes) rows.push(await benchSize(n, seed, siteRoot, baselineRoot, { shardSize, only }));
  const machine = `${cpus().length} CPUs, ${f(totalmem() / 2 ** 30)} GiB, Node ${process.version}, seed ${seed}`;
  const command = `node bench/run.ts --sizes ${sizes.join(',')} --seed ${seed} --site ${ref} --shard-size ${shardSize}${only ? ` --only ${only}` : ''}`;
  const commit = execFileSync('git', ['rev-parse', '--short', ref === 'worktree' ? 'HEAD' : ref])
    .toString()
    .trim();
  const version = ref === 'worktree' ? `working tree on ${commit}` : `commit ${commit}`;
  console.log(`\nBuild benchmark (${machine}; site: ${version}); command: ${command}\n`);
  if (!findHugo()) console.log('Hugo is not on PATH, so its row is skipped (apt-get install hugo adds it).\n');
  console.log(formatTables(rows));
  const all = (r: Row) => [
    r.site,
    r.siteWarm,
    r.siteAdd,
    r.search,
    r.baseline,
    r.hugo,
    ...shardRows(r.sharded).map(([, m]) => m),
  ];
  if (rows.some((r) => all(r).some((m) => m !== undefined && m.status !== 0))) process.exitCode = 1;
}

if (import.meta.main) await main();
