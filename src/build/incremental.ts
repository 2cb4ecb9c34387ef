/**
 * Carrying unchanged pages over from the output a build replaces: the folders the render plan did not render
 * (derive/render-plan.ts) are linked from the previous output into the new one, file by file (a hard link where the
 * two are on one file system, a copy where not), before the search index, the sitemap and the output check see the
 * site. The build command keeps each output's digests beside the caches, so the next build knows what it holds.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { cacheRoot, writeCacheFile } from '../derive/cache-root.ts';

/**
 * Links or copies every file under `folders` of `from` into `to`; returns the site paths of the pages carried
 * ("people/ana/", "people/ana/articles/2/"), for the sitemap. A folder missing from `from` is an error: the plan
 * said the previous output holds it. A folder nested in a carried one that is itself in `planned` (an entity's
 * numbered page of articles) is left out: the plan carries or renders it on its own.
 */
export function carryOver(
  from: string,
  to: string,
  folders: readonly string[],
  planned: { has(folder: string): boolean } = new Set<string>(),
): { pages: string[]; files: number } {
  const pages: string[] = [];
  let files = 0;
  // Folders made in `to` so far: most files share their folder with others, and asking again costs a system call.
  const made = new Set<string>();
  for (const folder of folders) {
    const source = join(from, folder);
    if (!existsSync(source))
      throw new Error(`The previous output has no ${folder}, which its record says it holds; build again with --full.`);
    for (const entry of readdirSync(source, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = join(entry.parentPath, entry.name);
      const relative = file
        .slice(from.length + 1)
        .split('\\')
        .join('/');
      if (insidePlanned(relative, folder, planned)) continue;
      linkOrCopy(file, join(to, relative), made);
      files++;
      if (entry.name === 'index.html') pages.push(relative.slice(0, -'index.html'.length));
    }
  }
  return { pages: pages.sort(), files };
}

/** Whether the file at `relative` lies in a planned folder nested in `folder` ("people/ana/articles/3/x"). */
function insidePlanned(relative: string, folder: string, planned: { has(folder: string): boolean }): boolean {
  for (let end = relative.indexOf('/', folder.length); end !== -1; end = relative.indexOf('/', end + 1)) {
    if (planned.has(relative.slice(0, end + 1))) return true;
  }
  return false;
}

/** Where the digests of the output in `out` are kept between builds. */
export function digestsFileFor(out: string): string {
  const key = createHash('sha256').update(resolve(out)).digest('hex').slice(0, 16);
  return cacheRoot('page-digests', `${key}.json`);
}

/** Where what the output check read of the pages in `out` is kept between builds (build/check-site.ts). */
export function pagesFileFor(out: string): string {
  return digestsFileFor(out).replace(/\.json$/, '.pages.json');
}

/** Keeps what a build's check read (in `written`) for the output now in `out`; the file is moved, never copied. */
export function recordPages(written: string, out: string): void {
  try {
    if (existsSync(written)) {
      mkdirSync(dirname(pagesFileFor(out)), { recursive: true });
      renameSync(written, pagesFileFor(out));
    }
  } catch {
    rmSync(written, { force: true });
  }
}

/** A fingerprint of a built site: its home page, which every build writes anew, so a record matches one output. */
function fingerprint(site: string): string | null {
  try {
    return createHash('sha256')
      .update(readFileSync(join(site, 'index.html')))
      .digest('hex');
  } catch {
    return null;
  }
}

/**
 * The file of digests of the output in `out` (its site in `site`, which differs for a nested build), when this
 * command recorded it and the output is still the one recorded; else null, and the build renders every page.
 */
export function previousDigests(out: string, site: string): string | null {
  const file = digestsFileFor(out);
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as { fingerprint?: string };
    return record.fingerprint && record.fingerprint === fingerprint(site) ? file : null;
  } catch {
    return null;
  }
}

/** Keeps the digests a build wrote (in `written`) as the record of the output now in `out`. */
export function recordDigests(written: string, out: string, site: string): void {
  try {
    const data = JSON.parse(readFileSync(written, 'utf8')) as object;
    writeCacheFile(digestsFileFor(out), JSON.stringify({ ...data, fingerprint: fingerprint(site) }));
  } catch {
    // No record: the next build renders every page.
  } finally {
    rmSync(written, { force: true });
  }
}

/**
 * Puts `file` at `target` as a hard link (same inode, no bytes copied), or as a copy where the file system cannot
 * link (another device, a file system without links). `made`, when given, holds the folders already made.
 */
export function linkOrCopy(file: string, target: string, made?: Set<string>): void {
  const folder = dirname(target);
  if (!made?.has(folder)) {
    mkdirSync(folder, { recursive: true });
    made?.add(folder);
  }
  try {
    linkSync(file, target);
  } catch {
    copyFileSync(file, target);
  }
}
