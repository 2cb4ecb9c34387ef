/**
 * The social cards as an Astro integration. The cards need only the parse stage (cards.ts), so a build starts
 * drawing them on worker threads when it starts and copies them into the output when its pages are done; the dev
 * server draws a card when it is asked for one.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readContentOnce } from '../../parse/content-cache.ts';
import { contentRoot } from '../../parse/content-root.ts';
import { createUrls } from '../../model/urls.ts';
import { drawCards } from './card-pool.ts';
import { socialCardsOf, type CardSpec } from '../../emit/social/cards.ts';
import { renderCard } from './render-card.ts';

/** Where a card goes under the output folder: its address on a site at the root. */
const rootUrls = createUrls('/');
const pathOf = (spec: CardSpec) => decodeURIComponent(rootUrls.socialImage(spec.of));

export function socialCards(): AstroIntegration {
  let drawing: Promise<{ specs: CardSpec[]; files: string[] }> | undefined;
  let pagesDone = () => {};
  let base = '/';
  return {
    name: 'news-in-context:social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': () => {
        const specs = socialCardsOf(readContentOnce(contentRoot()));
        const done = new Promise<void>((resolve) => (pagesDone = resolve));
        drawing = drawCards(
          specs.map((s) => s.text),
          { pagesDone: done },
        ).then((files) => ({ specs, files }));
        // Failures are reported when the build waits for the cards, not as an unhandled rejection meanwhile.
        drawing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!drawing) throw new Error('The social cards were never started (astro:build:start did not run).');
        // The pages are written: the cards still to draw may have every core.
        pagesDone();
        const { specs, files } = await drawing;
        const out = fileURLToPath(dir);
        specs.forEach((spec, i) => {
          const target = join(out, pathOf(spec));
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(files[i]!, target);
        });
        logger.info(`${specs.length} social cards`);
      },
      'astro:server:setup': ({ server }) => {
        const urls = createUrls(base);
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname);
          const spec = path.endsWith('.png')
            ? socialCardsOf(readContentOnce(contentRoot())).find((s) => urls.socialImage(s.of) === path)
            : undefined;
          if (!spec) return next();
          renderCard(spec.text).then((png) => {
            response.setHeader('Content-Type', 'image/png');
            response.end(png);
          }, next);
        });
      },
    },
  };
}
