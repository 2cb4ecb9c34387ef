/**
 * Keeps each article's derived body (its rendered HTML and its analysis) on disk from one build to the next, so a
 * build renders only the articles that changed: at 10,000 articles rendering and analysing them all takes some 50 s.
 *
 * Entries live in <cache>/derived/<code>/<key>.json, <cache> being CACHE_DIR or node_modules/.cache (cache-root.ts),
 * each with its facts beside it in <key>.facts.json (what the pages of the whole archive read, corpus.ts factsOf), so
 * that a build reads an article's whole body only for the pages that print it.
 * <code> is a digest of the code that renders (src/model, parse, analysis, markdown and derive, the lockfile,
 * Node's version), so a change of that code starts an empty folder and the folders of other code are removed. <key> is the article's derivation key
 * (derive/corpus.ts), which changes with its body, its date, the registries, the attribution vocabulary and the base
 * path. Nothing here decides what a body is: a missing,
 * unreadable or half-written entry is a miss, and the article is rendered again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { cacheRoot, writeCacheFile } from './cache-root.ts';
import { factsOf, type ArticleFacts, type DerivedBody, type DerivedStore } from './corpus.ts';

/** A store on disk, with what it did in this process. */
export interface DiskStore extends Required<DerivedStore> {
  /** The folder of this code's entries. */
  readonly dir: string;
  /** Entries found, entries written. */
  readonly counts: { hits: number; writes: number };
  /**
   * Removes the entries this process neither read nor wrote, and files left half-written over an hour ago; or all
   * this build stored, if the code changed while it ran (moved aside at once, for this build's pages to read the
   * bodies they ask for, and removed when it exits or when the next store is opened). Call it once the whole corpus
   * has been derived.
   */
  prune(): void;
}

/**
 * The folders of src/ whose code decides what a derived body holds: the stages up to derive/. Pages, components,
 * styles, feeds and the build lay out or copy bodies and never change one, so editing them keeps the cache.
 */
export const RENDERING_STAGES = ['model', 'parse', 'analysis', 'markdown', 'derive'] as const;

/** A digest of the code that derives bodies: the files of RENDERING_STAGES, the lockfile and the Node version. */
export function codeDigest(projectRoot: string): string {
  return digestOf(
    projectRoot,
    RENDERING_STAGES.map((stage) => join('src', stage)),
  );
}

/**
 * A digest of all the code that builds pages: every file of src/ and public/, the Astro config, the lockfile and
 * the Node version. A page carried over from the previous output was built by the same code (derive/render-plan.ts).
 */
export function siteCodeDigest(projectRoot: string): string {
  return digestOf(projectRoot, ['src', 'public', 'astro.config.mjs']);
}

function digestOf(projectRoot: string, paths: readonly string[]): string {
  const hash = createHash('sha256').update(process.versions.node);
  const files = paths
    .flatMap((path) => {
      const full = join(projectRoot, path);
      if (!existsSync(full)) return [];
      if (statSync(full).isFile()) return [full];
      return readdirSync(full, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name));
    })
    .sort();
  const lockfile = join(projectRoot, 'package-lock.json');
  if (existsSync(lockfile)) files.push(lockfile);
  for (const file of files) {
    hash.update(`\0${relative(projectRoot, file).split(sep).join('/')}\0`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * Where the memo of parsed content files (parse/parse-memo.ts) of the code in `projectRoot` is kept: one file per
 * digest of the code, the memos of other code removed, so that a change of the parser or the schemas starts afresh.
 */
export function parseMemoFile(projectRoot: string): string {
  const dir = cacheRoot('parsed');
  const file = `${codeDigest(projectRoot)}.json`;
  try {
    // A partial file of this code belongs to a build writing it now.
    for (const name of readdirSync(dir)) if (!name.startsWith(file)) rmSync(join(dir, name), { force: true });
  } catch {
    // No memo yet.
  }
  return join(dir, file);
}

/** The variable through which the build command hands Astro the digest of the code it is about to bundle. */
export const CODE_DIGEST_VARIABLE = 'BUILD_CODE_DIGEST';

/** The digest of the code this process derives with: the build command's (CODE_DIGEST_VARIABLE), else taken now. */
export function codeInUse(projectRoot = process.cwd()): string {
  return process.env[CODE_DIGEST_VARIABLE] || codeDigest(projectRoot);
}

/**
 * Opens the store, in `root`, of the code in `projectRoot` (by default the folder the build runs in). `code` is the
 * digest of the code the build runs: src/build/cli.ts takes it before Astro bundles anything (CODE_DIGEST_VARIABLE),
 * since the files may change while the build runs; otherwise it is taken now.
 */
export function openDerivedStore(
  projectRoot = process.cwd(),
  root = cacheRoot('derived'),
  code = codeInUse(projectRoot),
): DiskStore {
  const dir = join(root, code);
  mkdirSync(dir, { recursive: true });
  // Entries made by other code can never be read again.
  for (const name of readdirSync(root)) if (name !== code) rmSync(join(root, name), { recursive: true, force: true });

  const used = new Set<string>();
  const counts = { hits: 0, writes: 0 };
  // Where the entries are read from: `dir`, or the folder it was moved to when the code changed during the build.
  let at = dir;
  const file = (key: string) => join(at, `${key}.json`);
  const factsFile = (key: string) => join(at, `${key}${FACTS}`);
  return {
    dir,
    counts,
    get(key) {
      const body = readJson<DerivedBody>(file(key));
      if (body === undefined) return undefined;
      used.add(key);
      counts.hits++;
      return body;
    },
    facts(key) {
      // Facts without their body are a miss: a page may still ask for the body.
      if (!existsSync(file(key))) return undefined;
      let facts = readJson<ArticleFacts>(factsFile(key));
      if (facts === undefined) {
        // A body stored without its facts (by an earlier version of the store): they are taken from it, once.
        const body = readJson<DerivedBody>(file(key));
        if (body === undefined) return undefined;
        facts = factsOf(body);
        try {
          writeCacheFile(factsFile(key), JSON.stringify(facts));
        } catch {
          // Taken from the body again next time.
        }
      }
      used.add(key);
      counts.hits++;
      return facts;
    },
    set(key, body) {
      used.add(key);
      // A store that cannot be written (a read-only folder, a full disk) costs the next build time, not this build
      // its output. The body goes first: facts are only ever found beside their body.
      try {
        writeCacheFile(file(key), JSON.stringify(body));
        writeCacheFile(factsFile(key), JSON.stringify(factsOf(body)));
        counts.writes++;
      } catch {
        // Nothing kept: the next build renders this article again.
      }
    },
    prune() {
      // Code edited while this build ran: what it stored may come from the code before the edit, under the digest
      // of neither. None of it is kept; the pages of this build may still read it, from where it is moved.
      if (codeDigest(projectRoot) !== code) {
        const aside = `${dir}.discarded-${process.pid}`;
        try {
          renameSync(dir, aside);
          at = aside;
          process.once('exit', () => rmSync(aside, { recursive: true, force: true }));
        } catch {
          rmSync(dir, { recursive: true, force: true });
        }
        return;
      }
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      const hourAgo = Date.now() - 3_600_000;
      for (const name of names) {
        const path = join(dir, name);
        const key = name.endsWith(FACTS)
          ? name.slice(0, -FACTS.length)
          : name.endsWith('.json')
            ? name.slice(0, -'.json'.length)
            : undefined;
        if (key !== undefined ? !used.has(key) : stale(path, hourAgo)) rmSync(path, { force: true });
      }
    },
  };
}

/** The ending of an entry's facts' file name. */
const FACTS = '.facts.json';

/** The value of the JSON file `file`, or undefined when it is missing or unreadable. */
function readJson<T>(file: string): T | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** Whether `path` (a file left half-written by a build that stopped) was last changed before `before`. */
function stale(path: string, before: number): boolean {
  try {
    return statSync(path).mtimeMs < before;
  } catch {
    return false;
  }
}
