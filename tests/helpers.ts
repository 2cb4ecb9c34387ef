/** Test helpers: temporary content folders built from the real one, so tests never touch content/. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The real content folder. */
export const CONTENT = resolve('content');

/** A throwaway copy of the real content folder; returns its path and a cleanup function. */
export function copyContent(): { root: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'news-content-'));
  const root = join(dir, 'content');
  cpSync(CONTENT, root, { recursive: true });
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
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return { ...env, ...extra };
}
