// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentRoot } from './src/parse/content-root.ts';
import { readContentOnce } from './src/parse/content-cache.ts';
import { lastModified } from './src/emit/last-modified.ts';
import { newsInContext, LOCAL_SITE } from './src/build/integration.ts';
import { createUrls } from './src/model/urls.ts';

/**
 * Where the site lives. Both come from the environment so that one build serves the root of a domain or a
 * sub-path: SITE_URL=https://example.org BASE_PATH=/news/ npm run build.
 */
const site = process.env.SITE_URL ?? LOCAL_SITE;
const base = process.env.BASE_PATH ?? '/';

/** Each page's lastmod, read once from the parse stage on first use (content problems are reported elsewhere). */
/** @type {((path: string) => string | undefined) | undefined} */
let lastmodOf;
function lastmod(/** @type {string} */ path) {
  if (!lastmodOf) {
    try {
      lastmodOf = lastModified(readContentOnce(contentRoot()), createUrls(base));
    } catch {
      lastmodOf = () => undefined;
    }
  }
  return lastmodOf(path);
}

/**
 * The addresses of the pages an incremental build carries over from the previous output instead of rendering: the
 * integration fills it before the sitemap is written, so the sitemap lists them as a full build would.
 * @type {string[]}
 */
const carriedPages = [];

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Astro keeps the content it loaded in <cacheDir>/data-store.json; builds of different content running at the same
  // time (the tests) each need their own, or one reads the other's articles.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  integrations: [
    sitemap({
      // Pages only: feeds, robots.txt and data files are not pages (every page address ends in "/").
      filter: (page) => page.endsWith('/'),
      customPages: carriedPages,
      serialize: (item) => {
        const date = lastmod(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date } : item;
      },
    }),
    // Last, so that its end-of-build work (cards copied in, search index, output check, summary) sees every file.
    newsInContext({ carriedPages }),
  ],
  // Articles are rendered by the site's own unified pipeline (src/markdown/processor.ts) inside the content
  // loader, so the same plugins run in the build and in the tests; no page is written in Markdown.
});
