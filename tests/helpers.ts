/**
 * Test helpers. Tests read and build a frozen copy of the seed content (tests/fixtures/seed-site/content), never
 * content/ itself, so that an editor adding an article to content/ changes no test's expectations; the one test
 * of content/ as it is (tests/site/content-driven.test.ts) holds only what must hold for any content.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

/** The frozen seed content the tests read and build: the two seed articles as they stood when frozen. */
export const CONTENT = resolve('tests/fixtures/seed-site/content');

/** The site's own content folder, as editors leave it. */
export const REAL_CONTENT = resolve('content');

/** A throwaway copy of a content folder (the frozen seed content unless told); returns its path and a cleanup. */
export function copyContent(from = CONTENT): { root: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'news-content-'));
  const root = join(dir, 'content');
  cpSync(from, root, { recursive: true });
  return { root, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes a file under a content root. */
export function writeContent(root: string, path: string, text: string | Uint8Array): void {
  writeFileSync(join(root, path), text);
}

/**
 * The environment for a child build: this process's, less what vitest adds (NODE_ENV=test, BASE_URL, MODE…), which
 * Vite would otherwise read as the site's own settings.
 */
export function buildEnv(given: Record<string, string> = {}): NodeJS.ProcessEnv {
  // A test build reads the frozen seed content unless it names another folder.
  const extra = { CONTENT_DIR: CONTENT, ...given };
  const env = { ...process.env };
  for (const key of ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  // A build of another content folder keeps Astro's data store beside that folder (removed with it), so it never
  // shares one with the builds of the real content that other test files run at the same time.
  if (extra.CONTENT_DIR) env.ASTRO_CACHE_DIR = join(extra.CONTENT_DIR, '..', 'astro-cache');
  return { ...env, ...extra };
}

/** Builds the site into `out` with the command users run (src/build/cli.ts), with extra environment variables. */
export function buildSite(out: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['src/build/cli.ts', '--out', out], { encoding: 'utf8', env: buildEnv(env) });
}

/** A SHA-256 of every file in a folder, by relative path: two folders are byte-identical when these are equal. */
export function fingerprint(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    result[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => (a < b ? -1 : 1)));
}
