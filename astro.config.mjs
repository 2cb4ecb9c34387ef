// @ts-check
import { defineConfig } from 'astro/config';

/**
 * Where the site lives. Both come from the environment so that one build serves the root of a domain or a
 * sub-path: SITE_URL=https://example.org BASE_PATH=/news/ npm run build.
 */
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Articles are rendered by the site's own unified pipeline (src/markdown/processor.ts) inside the content
  // loader, so the same plugins run in the build and in the tests; no page is written in Markdown.
});
