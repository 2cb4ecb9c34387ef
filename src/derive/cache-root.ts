/**
 * Where builds keep what they may reuse (drawn social cards, rendered articles): CACHE_DIR when set, else
 * node_modules/.cache. Keeping this folder from one build to the next (a CI cache) makes the next build faster;
 * deleting it only makes it slower.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The absolute path of the cache folder, or of `part` inside it. */
export function cacheRoot(...part: string[]): string {
  return join(resolve(process.env.CACHE_DIR ?? join('node_modules', '.cache')), ...part);
}

/**
 * Writes a file of the cache aside and renames it into place, so a build running alongside never reads half of it;
 * on failure the partial file is removed and the error thrown.
 */
export function writeCacheFile(file: string, data: string | Uint8Array): void {
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(partial, data);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
