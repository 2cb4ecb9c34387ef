/**
 * One parse of the content folder per process, shared by the three collection loaders and the sitemap's lastmod.
 * Astro evaluates astro.config.mjs and src/content.config.ts in separate module graphs, so a module-level variable
 * would exist twice; the cache lives on globalThis under a registered symbol so both graphs find the same one.
 *
 * One shard of a sharded build (model/shard.ts) keeps in memory the texts of its own slice of articles only: every
 * article's frontmatter is read (listings, feeds and the sitemap show every article), but the body, ledger and
 * received text of an article another shard renders are not kept. The articles whose texts this process loaded
 * anyway are logged (bodiesRead), so that a shard can say it loaded no more than its slice. When the build command
 * names a memo of parsed files (parse-memo.ts), files whose bytes did not change since are not parsed again.
 */
import { currentShard, shardOwns } from '../model/shard.ts';
import { createUrls } from '../model/urls.ts';
import { readContent, type SiteContent } from './read-content.ts';
import { openParseMemo, PARSE_MEMO_KEPT_VARIABLE, PARSE_MEMO_VARIABLE } from './parse-memo.ts';

const KEY = Symbol.for('news-in-context/content-cache');
const READS = Symbol.for('news-in-context/bodies-read');

/** Addresses from the site's root, to tell which shard owns an article's page. */
const rootUrls = createUrls('/');

function cache(): Map<string, SiteContent> {
  const holder = globalThis as { [KEY]?: Map<string, SiteContent> };
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/** readContent(root), parsed once per process until forgetContent(root) is called. */
export function readContentOnce(root: string): SiteContent {
  let content = cache().get(root);
  if (!content) {
    const shard = currentShard();
    const memoFile = process.env[PARSE_MEMO_VARIABLE];
    content = readContent(root, undefined, {
      ...(shard && {
        keepsBody: (slug: string) => shardOwns(shard, rootUrls.article(slug).slice(1)),
        onBodyRead: recordBodyRead,
      }),
      // Not in a shard: the memo holds every file's text while it is read, and a shard keeps only its slice's.
      memo:
        memoFile && !shard
          ? openParseMemo(memoFile, { readOnly: process.env[PARSE_MEMO_KEPT_VARIABLE] === '1' })
          : undefined,
    });
    cache().set(root, content);
  }
  return content;
}

/** Drops the cached parse of `root`, so the next read sees changed files (the dev server calls it on a change). */
export function forgetContent(root: string): void {
  cache().delete(root);
}

/** Notes that this process loaded the text (Markdown body or derived body) of the article `slug`. */
export function recordBodyRead(slug: string): void {
  const holder = globalThis as { [READS]?: Set<string> };
  (holder[READS] ??= new Set()).add(slug);
}

/** The slugs of the articles whose texts this process loaded outside the parse stage's one reading. */
export function bodiesRead(): ReadonlySet<string> {
  return (globalThis as { [READS]?: Set<string> })[READS] ?? new Set();
}
