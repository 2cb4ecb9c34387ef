/**
 * A build with nothing to do, as make has: when everything a build reads (the content folder, the code, the
 * settings) is what the last build of the same output read, and that output is still as the build left it, the
 * build writes what it wrote then, so Astro need not start. The build command records both digests after each
 * build that went through (cli.ts) and asks them before the next one; any difference, or no record, and it builds.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { writeCacheFile } from '../derive/cache-root.ts';
import { siteCodeDigest } from '../derive/derived-store.ts';
import { digestsFileFor } from './incremental.ts';

/**
 * The project files besides siteCodeDigest's (src/, public/, the Astro config, the lockfile) a build reads: Vite
 * reads the .env files of a production build too.
 */
const PROJECT_FILES = [
  'package.json',
  'tsconfig.json',
  '.env',
  '.env.local',
  '.env.production',
  '.env.production.local',
] as const;

/** The variable naming the file where the integration writes a build's warnings and summary, for its record. */
export const SAID_VARIABLE = 'BUILD_SAID_FILE';

/** What the last build of an output read, what it left there, and what it said. */
export interface InputsRecord {
  /** Digest of the content, the code and the settings (buildInputs). */
  inputs: string;
  /** Digest of the output as the build left it (outputState). */
  output: string;
  /** The build's warnings as it printed them, and its summary line, said again by a build with nothing to do. */
  said: { warnings: string; summary: string };
}

/** The files under `dir`, sorted by path; none when it does not exist. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const slashes = (path: string) => path.split(sep).join('/');

/**
 * A digest of everything a build of `content` by the project in `projectRoot` reads: every file of the content
 * folder (its path and bytes), the site's code (derived-store.ts siteCodeDigest), the project's package.json and
 * tsconfig.json, and the settings given (SITE_URL, BASE_PATH, the output's layout…), by name.
 */
export function buildInputs(
  projectRoot: string,
  content: string,
  settings: Readonly<Record<string, string | undefined>>,
): string {
  const hash = createHash('sha256');
  hash.update(siteCodeDigest(projectRoot));
  for (const name of PROJECT_FILES) {
    const file = join(projectRoot, name);
    hash.update(`\0${name}\0`);
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  hash.update(`\0settings\0${JSON.stringify(Object.entries(settings).sort(([a], [b]) => (a < b ? -1 : 1)))}`);
  hash.update(`\0content\0${content}`);
  for (const file of filesUnder(content)) {
    hash.update(`\0${slashes(relative(content, file))}\0`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * A digest of what `out` holds now: every file's path, size, modification time and inode, so that a file edited,
 * added, removed or replaced in the output after the build changes it. Null when there is no output.
 */
export function outputState(out: string): string | null {
  if (!existsSync(out) || !statSync(out).isDirectory()) return null;
  const hash = createHash('sha256');
  for (const file of filesUnder(out)) {
    const stats = lstatSync(file);
    hash.update(`${slashes(relative(out, file))}\0${stats.size}\0${stats.mtimeMs}\0${stats.ino}\n`);
  }
  return hash.digest('hex').slice(0, 32);
}

/** Where the record of the last build of `out` is kept, beside its page digests. */
export function inputsFileFor(out: string): string {
  return digestsFileFor(out).replace(/\.json$/, '.inputs.json');
}

/** Remembers what the build just swapped into `out` read and said. A record that cannot be written costs nothing. */
export function recordInputs(out: string, inputs: string, said: InputsRecord['said']): void {
  const output = outputState(out);
  if (!output) return;
  try {
    writeCacheFile(inputsFileFor(out), JSON.stringify({ inputs, output, said } satisfies InputsRecord));
  } catch {
    // No record: the next build builds.
  }
}

/**
 * The record of the last build of `out` when it read the same `inputs` and the output is still as it left it:
 * then there is nothing to build. Null otherwise.
 */
export function unchangedSince(out: string, inputs: string): InputsRecord | null {
  let record: Partial<InputsRecord>;
  try {
    record = JSON.parse(readFileSync(inputsFileFor(out), 'utf8')) as Partial<InputsRecord>;
  } catch {
    return null;
  }
  if (record.inputs !== inputs || !record.said || typeof record.output !== 'string') return null;
  return record.output === outputState(out) ? (record as InputsRecord) : null;
}
