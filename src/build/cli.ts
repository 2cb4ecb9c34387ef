/**
 * The site build: check the content (clear messages for editors, no stack trace) while Astro builds into a fresh
 * folder, check the output, and only then replace dist/. A failed build leaves the previous dist/ as it was.
 *   node src/build/cli.ts [--out DIR] [--verbose]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ContentError } from '../model/content-error.ts';
import { contentRoot } from '../parse/content-root.ts';
import { readContent } from '../parse/read-content.ts';
import { checkIntegrity } from '../derive/integrity.ts';
import { codeDigest, CODE_DIGEST_VARIABLE } from '../derive/derived-store.ts';
import { writtenPages } from './astro-progress.ts';
import { checkPages, pageReader, type SitePages } from './check-site.ts';
import { indexSite } from './index-site.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || process.env.DEBUG === '1';
const outIndex = args.indexOf('--out');
const out = resolve(outIndex >= 0 ? args[outIndex + 1]! : (process.env.OUT_DIR ?? 'dist'));

function fail(message: string, error?: unknown): never {
  console.error(`\n${message}\n`);
  if (verbose && error instanceof Error && error.stack) console.error(error.stack);
  process.exit(1);
}

const staging = resolve('.build-tmp', `dist-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });

// Astro starts at once, and the content check runs beside it on the other core. Astro's output is held back until
// the check has passed: when the content is wrong, the editor reads the check's message and nothing else.
const astro = spawn(
  process.execPath,
  [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...(verbose ? ['--verbose'] : [])],
  {
    stdio: ['ignore', 'pipe', 'pipe'],
    // The digest of the code Astro is about to bundle, so that rendered articles are cached under the code that
    // rendered them even if a file changes while the build runs (derive/derived-store.ts).
    env: { ...process.env, OUT_DIR: staging, [CODE_DIGEST_VARIABLE]: codeDigest(process.cwd()) },
  },
);
const finished = new Promise<number | null>((done) => astro.on('close', (code) => done(code)));
const held: Array<[NodeJS.WriteStream, Buffer]> = [];
let holding = true;
for (const [from, to] of [
  [astro.stdout, process.stdout],
  [astro.stderr, process.stderr],
] as const)
  from.on('data', (chunk: Buffer) => (holding ? held.push([to, chunk]) : to.write(chunk)));

// The output check reads each page as soon as Astro reports it written, on this process's otherwise idle core; it
// reads the rest, and any page that changed since, once Astro is done (build/check-site.ts).
const reader = pageReader(staging);
const progress = writtenPages();
const written: string[] = [];
let reading = true;
const readSome = () => {
  if (!reading) return;
  for (const file of written.splice(0, 25)) reader.read(file);
  if (written.length) setImmediate(readSome);
};
astro.stdout.on('data', (chunk: Buffer) => {
  const wasEmpty = written.length === 0;
  written.push(...progress(chunk));
  if (wasEmpty && written.length) setImmediate(readSome);
});

try {
  const problems = checkIntegrity(readContent(contentRoot()));
  if (problems.length) throw new ContentError(problems);
} catch (error) {
  astro.kill();
  await finished;
  rmSync(staging, { recursive: true, force: true });
  if (error instanceof ContentError) fail(error.message, error);
  throw error;
}
holding = false;
for (const [to, chunk] of held.splice(0)) to.write(chunk);

if ((await finished) !== 0) {
  rmSync(staging, { recursive: true, force: true });
  fail(`The build failed; ${out} is unchanged.`);
}

// The search index is built from the finished pages. The output check reads the pages it has not read yet while
// Pagefind indexes them, and checks the links once the index is written, so it also sees the search page's Pagefind
// files resolve.
let pages: SitePages;
try {
  reading = false;
  pages = (await indexSite(staging, () => reader.finish())).meanwhile;
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  fail(`The search index could not be built; ${out} is unchanged.\n  ${(error as Error).message}`, error);
}

const problems = checkPages(pages, process.env.BASE_PATH ?? '/');
if (problems.length) {
  rmSync(staging, { recursive: true, force: true });
  fail(
    `The built site has ${problems.length} problem(s); ${out} is unchanged.\n${problems.map((p) => `  ${p}`).join('\n')}`,
  );
}

// Swap in the new output: rename is atomic on one file system, so readers never see a half-written dist/.
const previous = `${staging}-previous`;
if (existsSync(out)) renameSync(out, previous);
renameSync(staging, out);
rmSync(previous, { recursive: true, force: true });
console.log(`Built ${out}`);
