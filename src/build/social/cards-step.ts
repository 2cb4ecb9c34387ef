/**
 * The social cards' part of the build. The cards need only the parse stage (emit/social/cards.ts), so a build starts
 * drawing them on worker threads when it starts and copies them into the output when its pages are done; the dev
 * server draws a card when it is asked for one.
 */
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createUrls } from '../../model/urls.ts';
import { readContentOnce } from '../../parse/content-cache.ts';
import { contentRoot } from '../../parse/content-root.ts';
import { socialCardsOf, type CardSpec } from '../../emit/social/cards.ts';
import { drawCards, type DrawnCards } from './card-pool.ts';
import { renderCard } from './render-card.ts';

/** Where a card goes under the output folder: its address on a site at the root. */
const rootUrls = createUrls('/');
const pathOf = (spec: CardSpec) => decodeURIComponent(rootUrls.socialImage(spec.of));

/** The cards of one build, from its start to its end. */
export interface CardsStep {
  /**
   * Starts drawing every card of the content (or, in a shard, those whose address from the site's root `owns`
   * accepts), on the cores the page build leaves idle.
   */
  start(owns?: (path: string) => boolean): void;
  /** Once the pages are written: lets the cards have every core, waits for them, and copies them into `out`. */
  finish(out: string): Promise<{ cards: number; drawn: number }>;
}

/** A new cards step. */
export function cardsStep(): CardsStep {
  let drawing: Promise<{ specs: CardSpec[]; drawn: DrawnCards }> | undefined;
  let pagesDone = () => {};
  return {
    start(owns) {
      const all = socialCardsOf(readContentOnce(contentRoot()));
      const specs = owns ? all.filter((spec) => owns(pathOf(spec))) : all;
      const done = new Promise<void>((resolve) => (pagesDone = resolve));
      drawing = drawCards(
        specs.map((s) => s.text),
        { pagesDone: done },
      ).then((drawn) => ({ specs, drawn }));
      // Failures are reported when the build waits for the cards, not as an unhandled rejection meanwhile.
      drawing.catch(() => undefined);
    },
    async finish(out) {
      if (!drawing) throw new Error('The social cards were never started (astro:build:start did not run).');
      pagesDone();
      const { specs, drawn } = await drawing;
      specs.forEach((spec, i) => {
        const target = join(out, pathOf(spec));
        mkdirSync(dirname(target), { recursive: true });
        // A hard link where the cache and the output share a file system (no bytes copied: 11,000 cards at 10,000
        // articles), a copy where they do not. The cache replaces a card by renaming a new file in, never by writing
        // into the old one, so a published card never changes under the site.
        try {
          linkSync(drawn.files[i]!, target);
        } catch {
          copyFileSync(drawn.files[i]!, target);
        }
      });
      return { cards: specs.length, drawn: drawn.drawn };
    },
  };
}

/** A dev-server middleware that draws the card asked for, at its address under `base`. */
export function cardMiddleware(base: string) {
  const urls = createUrls(base);
  return (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void): void => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname);
    const spec = path.endsWith('.png')
      ? socialCardsOf(readContentOnce(contentRoot())).find((s) => urls.socialImage(s.of) === path)
      : undefined;
    if (!spec) return next();
    renderCard(spec.text).then((png) => {
      response.setHeader('Content-Type', 'image/png');
      response.end(png);
    }, next);
  };
}
