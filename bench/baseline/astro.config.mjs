// @ts-check
import { defineConfig } from 'astro/config';

/** A plain Astro site: default Markdown, default build; only the output folder comes from the benchmark. */
export default defineConfig({
  outDir: process.env.OUT_DIR ?? './dist',
  devToolbar: { enabled: false },
});
