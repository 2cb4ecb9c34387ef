/**
 * Renders a social card to PNG through the card cache: card-png.ts draws it (satori, resvg, png.ts), and the file is
 * kept by a hash of what it shows and of the renderer.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot, writeCacheFile } from '../../derive/cache-root.ts';
import { PNG_DEFLATE_LEVEL } from './png.ts';
import { CARD_SIZE, socialCard, type CardText } from '../../emit/social/social-card.ts';

/**
 * Drawn cards are kept by a hash of their element tree (so a change of text or of layout makes a new card) and of
 * the renderer: a card costs some 10 to 20 ms to draw, and most are the same from one build to the next. The bytes
 * are the same either way, so builds stay reproducible.
 */
const CACHE = cacheRoot('social-cards');
// Node's zlib is part of the key: another version may compress the same pixels into other bytes.
const RENDERER = `satori+resvg, Noto Sans latin 400 and 700 (woff), PNG RGBA unfiltered, zlib ${process.versions.zlib} level ${PNG_DEFLATE_LEVEL}`;

/** Where the PNG of the card for `text` is kept once drawn. */
export function cachedCardFile(text: CardText): string {
  const key = createHash('sha256')
    .update(JSON.stringify([RENDERER, CARD_SIZE, socialCard(text)]))
    .digest('hex');
  return join(CACHE, `${key}.png`);
}

/** Draws the card for `text` unless it is in the cache already; returns the cached file. */
export async function drawCard(text: CardText): Promise<string> {
  const file = cachedCardFile(text);
  if (existsSync(file)) return file;
  // Loaded on first use: a build whose cards are all cached never loads the renderers.
  const { cardPng } = await import('./card-png.ts');
  writeCacheFile(file, await cardPng(text));
  return file;
}

/** The PNG bytes of the card for `text`. */
export async function renderCard(text: CardText): Promise<Buffer> {
  return readFileSync(await drawCard(text));
}
