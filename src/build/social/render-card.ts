/**
 * Renders a social card to PNG: satori lays it out as SVG, resvg rasterises it, png.ts writes the file. Fonts come
 * from npm.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cacheRoot, writeCacheFile } from '../../derive/cache-root.ts';
import { encodePng, fromPremultiplied, PNG_DEFLATE_LEVEL } from './png.ts';
import { CARD_SIZE, socialCard, type CardText } from '../../emit/social/social-card.ts';

// Resolved from the project root: this module also runs from a bundled chunk or a worker in another folder.
const require = createRequire(join(process.cwd(), 'package.json'));
let fonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }> | undefined;

function loadFonts() {
  const file = (weight: number) => require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Noto Sans',
    data: readFileSync(file(weight)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

/**
 * Drawn cards are kept by a hash of their element tree (so a change of text or of layout makes a new card) and of
 * the renderer: a card costs some 20 to 50 ms to draw, and most are the same from one build to the next. The bytes
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
  const [{ default: satori }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
  const tree = socialCard(text) as unknown as Parameters<typeof satori>[0];
  const svg = await satori(tree, { ...CARD_SIZE, fonts: loadFonts() });
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_SIZE.width } }).render();
  const png = encodePng(image.width, image.height, fromPremultiplied(image.pixels));
  writeCacheFile(file, png);
  return file;
}

/** The PNG bytes of the card for `text`. */
export async function renderCard(text: CardText): Promise<Buffer> {
  return readFileSync(await drawCard(text));
}
