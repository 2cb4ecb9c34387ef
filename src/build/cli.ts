/**
 * The build command: what Astro cannot do itself. Astro builds the whole site into a fresh folder (its integration,
 * integration.ts, adds the cards and the search index and checks the output) while the content is checked beside it
 * on the other core, so that bad content stops the build with the editor's message alone; only a build that went
 * through replaces dist/, in one rename. A failed build leaves the previous dist/ as it was.
 *   node src/build/cli.ts [--out DIR] [--nested] [--full] [--verbose]
 * A build that replaces an output this command wrote renders only the pages whose inputs changed and carries the
 * others over from it (derive/render-plan.ts, incremental.ts); --full (or FULL_BUILD=1) renders every page.
 * --nested writes a sub-path build (BASE_PATH=/news/) under DIR/news/ with `_headers` at DIR/, so that DIR mirrors
 * the host's address space: what Netlify, Cloudflare Pages or a bucket serve at the root of a domain.
 *   node src/build/cli.ts --shard K/N --out DIR        one slice of the site (shard-build.ts), into DIR
 *   node src/build/cli.ts --merge DIR1 DIR2 … [--out DIR]   all N slices joined, indexed and checked (merge-shards.ts)
 *   node src/build/cli.ts --derive                     derives the corpus once and writes it to disk, for the shards
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statfsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { lockBuild, type BuildLock } from './build-lock.ts';
import { recordBuild } from './build-record.ts';
import { PREVIOUS, recoverInterrupted, sameDevice } from './interrupted.ts';
import { join, resolve } from 'node:path';
import { checkIntegrity } from '../derive/integrity.ts';
import { codeDigest, CODE_DIGEST_VARIABLE, siteCodeDigest } from '../derive/derived-store.ts';
import { PLAN_VARIABLES } from '../derive/render-plan.ts';
import { digestsFileFor, pagesFileFor, previousDigests, recordDigests, recordPages } from './incremental.ts';
import { ContentError } from '../model/content-error.ts';
import { contentRoot } from '../parse/content-root.ts';
import { readContent } from '../parse/read-content.ts';
import { pageLines } from './astro-log.ts';
import { parseShard, SHARD_VARIABLE, type Shard } from '../model/shard.ts';
import { mergeShards } from './merge-shards.ts';
import { deriveToDisk } from '../derive/load-corpus.ts';
import { CORPUS_INDEX_VARIABLE, corpusIndexDir, hasCorpusIndex } from '../derive/corpus-index.ts';
import { buildReport } from '../derive/build-report.ts';
import { createUrls } from '../model/urls.ts';
import { openParseMemo, PARSE_MEMO_KEPT_VARIABLE, PARSE_MEMO_VARIABLE } from '../parse/parse-memo.ts';
import { parseMemoFile } from '../derive/derived-store.ts';
import { buildInputs, inputsFileFor, recordInputs, SAID_VARIABLE, unchangedSince } from './unchanged.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || process.env.DEBUG === '1';
const outIndex = args.indexOf('--out');
const out = resolve(outIndex >= 0 ? args[outIndex + 1]! : (process.env.OUT_DIR ?? 'dist'));

function fail(message: string, error?: unknown): never {
  console.error(`\n${message}\n`);
  if (verbose && error instanceof Error && error.stack) console.error(error.stack);
  process.exit(1);
}

const base = process.env.BASE_PATH ?? '/';

// The derive stage alone: every article rendered and analysed once into the cache (CACHE_DIR), and the corpus written
// to disk beside it (derive/corpus-index.ts), which the shards of a sharded build read instead of each holding the
// whole archive. It checks the content as a build does, so that the shards need not read it all.
if (args.includes('--derive')) {
  try {
    const content = readContent(contentRoot());
    const problems = checkIntegrity(content);
    if (problems.length) throw new ContentError(problems);
    const corpus = await deriveToDisk(content, contentRoot(), createUrls(base));
    const { rendered, cached } = buildReport();
    console.log(
      `Derived ${corpus.articles.length} articles: ${rendered} rendered, ${cached} from the cache; ${(performance.now() / 1000).toFixed(1)} s.`,
    );
    process.exit(0);
  } catch (error) {
    fail((error as Error).message, error);
  }
}
const nested = args.includes('--nested') && base !== '/';

// A sharded build: --shard K/N builds one slice, --merge DIR… joins all of them (model/shard.ts).
let shard: Shard | undefined;
if (args.includes('--shard')) {
  try {
    shard = parseShard(args[args.indexOf('--shard') + 1]);
  } catch (error) {
    fail((error as Error).message);
  }
}
const mergeAt = args.indexOf('--merge');
const merging = mergeAt >= 0 ? args.slice(mergeAt + 1, nextFlag(mergeAt + 1)).map((dir) => resolve(dir)) : undefined;
if (merging && !merging.length) fail('--merge needs the output folders of the shards: --merge DIR1 DIR2 …');
if (merging && shard) fail('--shard builds one shard and --merge joins them: give one or the other.');
if ((merging || shard) && nested)
  fail('--nested cannot be combined with --shard or --merge yet; build the shards without it.');
const full = args.includes('--full') || process.env.FULL_BUILD === '1' || shard !== undefined;

// A shard reads the corpus the derive stage wrote for this content and code; when there is none, it is derived here
// first, in a process of its own, so that its memory is freed before the shard renders.
let corpusIndex: string | undefined;
if (shard) {
  corpusIndex = corpusIndexDir(contentRoot(), base, codeDigest(process.cwd()));
  if (!hasCorpusIndex(corpusIndex)) {
    console.log('No derived corpus for this content yet: deriving it first (npm run build -- --derive).');
    const derive = spawnSync(process.execPath, [process.argv[1]!, '--derive', ...(verbose ? ['--verbose'] : [])], {
      stdio: 'inherit',
    });
    if (derive.status !== 0) process.exit(derive.status ?? 1);
  }
}

/** The position of the next --flag after `from`, or the end of the arguments. */
function nextFlag(from: number): number {
  const at = args.findIndex((arg, i) => i >= from && arg.startsWith('--'));
  return at === -1 ? args.length : at;
}
const work = resolve('.build-tmp');
mkdirSync(work, { recursive: true });
mkdirSync(dirname(out), { recursive: true });

// One build at a time per output folder and per Astro cache folder (build-lock.ts); a second one waits.
let lock: BuildLock;
try {
  lock = await lockBuild(join(work, 'locks'), [out, process.env.ASTRO_CACHE_DIR ?? join('node_modules', '.astro')], {
    waiting: (message) => console.log(message),
  });
} catch (error) {
  fail((error as Error).message, error);
}
process.on('exit', () => lock.release());

// What a build that was killed left behind: its staging folder, or, if it died between the two renames of the
// swap, the previous output moved aside, which goes back in place.
for (const line of recoverInterrupted(work, out)) console.log(`Cleaned up: ${line}.`);

// A build whose content, code and settings are those of the last build of this output, over an output still as that
// build left it, has nothing to write (unchanged.ts): it says what that build said and stops before Astro starts.
const plain = !merging && !shard;
const inputs = plain
  ? buildInputs(process.cwd(), contentRoot(), {
      SITE_URL: process.env.SITE_URL,
      BASE_PATH: base,
      nested: String(nested),
      OUTPUT_CHECK: process.env.OUTPUT_CHECK,
      SEARCH_SHARD_MINIMUM: process.env.SEARCH_SHARD_MINIMUM,
    })
  : undefined;
const last = inputs && !full ? unchangedSince(out, inputs) : null;
if (last) {
  if (last.said.warnings) console.log(last.said.warnings);
  console.log(
    `Nothing to build: the content, code and settings are those of the last build of ${out}, which is as it left ` +
      `it; ${(performance.now() / 1000).toFixed(1)} s. (That build: ${last.said.summary})`,
  );
  process.exit(0);
}

// Astro builds into .build-tmp (it moves its own files into the output folder by rename, so that must be on the
// project's file system); an output folder on another one gets a copy beside it first, so the swap stays a rename.
const staging = join(work, `dist-${process.pid}`);
// Where Astro writes: the staging folder, or its sub-path folder in a nested build.
const astroOut = nested ? join(staging, ...base.split('/').filter(Boolean)) : staging;
rmSync(staging, { recursive: true, force: true });
mkdirSync(astroOut, { recursive: true });

// The output this build replaces, when this command wrote it and it is still as written: its pages that nothing
// changed are carried over rather than rendered again.
const siteIn = (folder: string) => (nested ? join(folder, ...base.split('/').filter(Boolean)) : folder);
const previous = full ? null : previousDigests(out, siteIn(out));
const nextDigests = join(work, `digests-${process.pid}.json`);
const nextPages = join(work, `pages-${process.pid}.json`);
const nextSaid = join(work, `said-${process.pid}.json`);
/** What the parser made of each content file at the last build by this code (parse/parse-memo.ts). */
const memo = parseMemoFile(process.cwd());
for (const file of [nextDigests, nextPages, nextSaid]) rmSync(file, { force: true });

/** The base path of the site written: the shards' own, in a merge. */
let builtBase = base;
if (merging) {
  try {
    const merged = await mergeShards(merging, astroOut, { digests: nextDigests, pages: nextPages });
    builtBase = merged.base;
    console.log(
      `Merged ${merged.shards} shards: ${merged.pages} pages, ${merged.files} files; ${merged.indexed} pages indexed for search; ${(performance.now() / 1000).toFixed(1)} s.`,
    );
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    fail(`${(error as Error).message}\n${out} is unchanged.`, error);
  }
} else {
  await buildWithAstro();
}

/** Builds the site, or this shard of it, with Astro into the staging folder; exits with a message if that fails. */
async function buildWithAstro(): Promise<void> {
  // Astro starts at once, and the content check runs beside it on the other core. Astro's output is held back until
  // the check has passed: when the content is wrong, the editor reads the check's message and nothing else.
  const astro = spawn(
    process.execPath,
    [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...(verbose ? ['--verbose'] : [])],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // The digest of the code Astro is about to bundle, so that rendered articles are cached under the code that
      // rendered them even if a file changes while the build runs (derive/derived-store.ts).
      env: {
        ...process.env,
        OUT_DIR: astroOut,
        [CODE_DIGEST_VARIABLE]: codeDigest(process.cwd()),
        [PLAN_VARIABLES.code]: siteCodeDigest(process.cwd()),
        [PLAN_VARIABLES.next]: nextDigests,
        [PLAN_VARIABLES.nextPages]: nextPages,
        [SAID_VARIABLE]: nextSaid,
        [PARSE_MEMO_VARIABLE]: memo,
        // The content check below reads the same folder with the same memo and writes it back (not in a shard).
        ...(shard ? {} : { [PARSE_MEMO_KEPT_VARIABLE]: '1' }),
        ...(shard ? { [SHARD_VARIABLE]: `${shard.index}/${shard.count}`, [CORPUS_INDEX_VARIABLE]: corpusIndex } : {}),
        ...(previous
          ? {
              [PLAN_VARIABLES.previous]: previous,
              [PLAN_VARIABLES.previousPages]: pagesFileFor(out),
              PREVIOUS_SITE: siteIn(out),
            }
          : {}),
      },
    },
  );
  const finished = new Promise<number | null>((done) => astro.on('close', (code) => done(code)));
  const held: Array<[NodeJS.WriteStream, string]> = [];
  // What Astro printed, kept to tell a full disk from other failures.
  let astroSaid = '';
  let holding = true;
  // Astro's line per page written is left out unless --verbose: at 10,000 articles it is 17,000 lines of noise.
  const filter = verbose ? (text: string) => text : pageLines();
  for (const [from, to] of [
    [astro.stdout, process.stdout],
    [astro.stderr, process.stderr],
  ] as const) {
    const keep = from === astro.stdout ? filter : (text: string) => text;
    from.on('data', (chunk: Buffer) => {
      if (astroSaid.length < 1_000_000) astroSaid += chunk.toString();
      const text = keep(chunk.toString());
      if (text) holding ? held.push([to, text]) : to.write(text);
    });
  }

  try {
    // In a sharded build the derive stage checked the content; a shard would read the whole archive for it.
    const problems = shard ? [] : checkIntegrity(readContent(contentRoot(), undefined, { memo: openParseMemo(memo) }));
    if (problems.length) throw new ContentError(problems);
  } catch (error) {
    astro.kill();
    await finished;
    rmSync(staging, { recursive: true, force: true });
    if (error instanceof ContentError) fail(error.message, error);
    throw error;
  }
  holding = false;
  for (const [to, text] of held.splice(0)) to.write(text);

  if ((await finished) !== 0) {
    rmSync(staging, { recursive: true, force: true });
    fail(
      astroSaid.includes('ENOSPC')
        ? `The disk is full: there was no space left to write the site. ${out} is unchanged; free some space and build again.`
        : `The build failed; ${out} is unchanged.`,
    );
  }
}

// A host reads `_headers` at the root of what it publishes; its rules already name the sub-path.
if (nested) renameSync(join(astroOut, '_headers'), join(staging, '_headers'));

let ready = staging;
if (!sameDevice(work, dirname(out))) {
  ready = join(dirname(out), `.${basename(out)}.staging-${process.pid}`);
  try {
    cpSync(staging, ready, { recursive: true });
  } catch (error) {
    // Asked before the partial copy is removed, which frees the space again.
    const full = (error as NodeJS.ErrnoException).code === 'ENOSPC' || nearlyFull(dirname(out));
    rmSync(ready, { recursive: true, force: true });
    rmSync(staging, { recursive: true, force: true });
    fail(
      full
        ? `The disk is full: there was no space left to write the site beside ${out}. ${out} is unchanged; free some space and build again.`
        : `The site could not be copied beside ${out} (${(error as Error).message}); ${out} is unchanged.`,
      error,
    );
  }
  rmSync(staging, { recursive: true, force: true });
}

/**
 * True when the file system holding `dir` has almost no space left: a copy that fills a disk can fail with EIO
 * rather than ENOSPC (seen copying into a full tmpfs), so the free space itself is asked.
 */
function nearlyFull(dir: string): boolean {
  try {
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize < 256 * 1024;
  } catch {
    return false;
  }
}

// Swap in the new output: rename is atomic on one file system, so readers never see a half-written dist/. The old
// output is moved aside under a name that says whose it is, so a build killed between the two renames is undone by
// the next one (recoverInterrupted).
const aside = `${out}${PREVIOUS}${process.pid}`;
// The record of what the output holds goes first: a build killed during the swap leaves no record, never a wrong one.
for (const file of [digestsFileFor(out), pagesFileFor(out), inputsFileFor(out)]) rmSync(file, { force: true });
if (existsSync(out)) renameSync(out, aside);
renameSync(ready, out);
rmSync(aside, { recursive: true, force: true });
if (shard) {
  // A shard's output is half of a site, for the merge: nothing to serve, and no record for an incremental build.
  rmSync(nextDigests, { force: true });
  rmSync(nextPages, { force: true });
  console.log(`Shard ${shard.index} of ${shard.count} is in ${out}.`);
} else {
  recordBuild(out, { base: builtBase, nested });
  recordDigests(nextDigests, out, siteIn(out));
  recordPages(nextPages, out);
  if (inputs && existsSync(nextSaid)) recordInputs(out, inputs, JSON.parse(readFileSync(nextSaid, 'utf8')));
  rmSync(nextSaid, { force: true });
  console.log(`The site is in ${out}${nested ? ` (under ${out}${base.slice(0, -1)})` : ''}.`);
}
