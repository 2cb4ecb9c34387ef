/**
 * One parse of the content folder per process, shared by the three collection loaders and the sitemap's lastmod.
 * Astro evaluates astro.config.mjs and src/content.config.ts in separate module graphs, so a module-level variable
 * would exist twice; the cache lives on globalThis under a registered symbol so both graphs find the same one.
 */
import { readContent, type SiteContent } from './read-content.ts';

const KEY = Symbol.for('news-in-context/content-cache');

function cache(): Map<string, SiteContent> {
  const holder = globalThis as { [KEY]?: Map<string, SiteContent> };
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/** readContent(root), parsed once per process until forgetContent(root) is called. */
export function readContentOnce(root: string): SiteContent {
  let content = cache().get(root);
  if (!content) {
    content = readContent(root);
    cache().set(root, content);
  }
  return content;
}

/** Drops the cached parse of `root`, so the next read sees changed files (the dev server calls it on a change). */
export function forgetContent(root: string): void {
  cache().delete(root);
}
