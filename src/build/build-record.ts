/**
 * What the build command last wrote into each output folder (its base path, and whether it is nested), kept beside
 * the caches, so that `npm run preview` serves a sub-path build at its base path without being told again.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cacheRoot, writeCacheFile } from '../derive/cache-root.ts';

/** How one output folder was built. */
export interface BuildRecord {
  /** The base path ("/" or "/news/"). */
  base: string;
  /** Whether the site sits under <out><base> rather than in <out> itself. */
  nested: boolean;
}

const FILE = () => cacheRoot('builds.json');

function readAll(): Record<string, BuildRecord> {
  try {
    return JSON.parse(readFileSync(FILE(), 'utf8')) as Record<string, BuildRecord>;
  } catch {
    return {};
  }
}

/** Remembers how `out` was built. A record that cannot be written only costs preview its memory. */
export function recordBuild(out: string, record: BuildRecord): void {
  try {
    writeCacheFile(FILE(), JSON.stringify({ ...readAll(), [resolve(out)]: record }, null, 2));
  } catch {
    // Nothing kept: preview then needs BASE_PATH for a sub-path build.
  }
}

/** How `out` was last built by the build command, if it was. */
export function builtAs(out: string): BuildRecord | undefined {
  return readAll()[resolve(out)];
}
