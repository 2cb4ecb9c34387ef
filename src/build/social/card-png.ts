/**
 * Draws the PNG of a social card. satori lays text out as SVG paths, resvg rasterises them, png.ts writes the file.
 * Most of a card is the same on every card of a site (paper, rule, site name): that frame is drawn once per site name
 * and kept as PNG rows; each card then lays out and rasterises only its band of text (kicker, title, subtitle, laid
 * out where they are on the whole card) and lays that band's rows over the frame's. A band that would reach the site
 * name is not laid over it: that card is drawn whole. Either way the pixels are those of the whole card drawn at
 * once, and the same text gives the same bytes.
 *
 * Imported on first use by render-card.ts: a build whose cards are all cached never loads satori or resvg.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { encodePngRows, pngRows } from './png.ts';
import {
  CARD_PAPER,
  CARD_RULE_ROWS,
  CARD_SIZE,
  cardFrame,
  cardTextBand,
  socialCard,
  type CardNode,
  type CardText,
} from '../../emit/social/social-card.ts';

// Resolved from the project root: this module also runs from a bundled chunk or a worker in another folder.
const require = createRequire(join(process.cwd(), 'package.json'));
const fontFile = (weight: number) =>
  require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);
const FONTS = ([400, 700] as const).map((weight) => ({
  name: 'Noto Sans',
  data: readFileSync(fontFile(weight)),
  weight,
  style: 'normal' as const,
}));

/**
 * resvg's options. satori's SVG holds its text as paths, so resvg needs no fonts: not scanning the system's for each
 * image saves some 2.5 ms a card. The paper as background makes every pixel opaque whatever the SVG, so resvg's
 * premultiplied pixels are the straight ones a PNG holds, with nothing to convert.
 */
const RESVG = { font: { loadSystemFonts: false }, background: CARD_PAPER };

const STRIDE = CARD_SIZE.width * 4;
const ROW = STRIDE + 1; // a PNG row: its filter byte, then its pixels

/** A card's stages, in the order they end; a benchmark's clock is told as each ends (bench/cards.ts). */
export type CardStage = 'layout' | 'rasterise' | 'compose' | 'encode';
export type Lap = (stage: CardStage) => void;
const noLap: Lap = () => {};

/** An SVG of a card's tree, `CARD_SIZE.width` wide and, when `height` is given, that high. */
async function layOut(tree: CardNode, lap: Lap, height?: number): Promise<string> {
  const node = tree as unknown as Parameters<typeof satori>[0];
  const size = height === undefined ? { width: CARD_SIZE.width } : { width: CARD_SIZE.width, height };
  const svg = await satori(node, { ...size, fonts: FONTS });
  lap('layout');
  return svg;
}

/** The RGBA pixels of the whole card in `svg`. */
function rasteriseWhole(svg: string, lap: Lap): Buffer {
  const image = new Resvg(svg, RESVG).render();
  if (image.width !== CARD_SIZE.width || image.height !== CARD_SIZE.height)
    throw new Error(
      `A card came out ${image.width} × ${image.height} pixels, not ${CARD_SIZE.width} × ${CARD_SIZE.height}.`,
    );
  const pixels = image.pixels;
  lap('rasterise');
  return pixels;
}

/** Pixels of a part of a card: `width` × `height` from (`x`, `y`). */
interface Patch {
  x: number;
  y: number;
  width: number;
  height: number;
  pixels: Buffer;
}

/**
 * Rows and columns kept around the ink's bounding box, which resvg gives only roughly: on the cards measured it
 * covered the ink already, and this margin is paper either way.
 */
const MARGIN = 4;

/**
 * The RGBA pixels of the box, whole pixels wide and high, around what `svg` draws, rasterised alone: resvg's time
 * grows with the pixels it makes, ink or not. Undefined when it draws nothing.
 */
function rasteriseInk(svg: string, lap: Lap): Patch | undefined {
  const resvg = new Resvg(svg, RESVG);
  const box = resvg.getBBox();
  if (!box) return undefined;
  const x = Math.floor(box.x) - MARGIN;
  const y = Math.floor(box.y) - MARGIN;
  box.width = Math.ceil(box.x + box.width) + MARGIN - x;
  box.height = Math.ceil(box.y + box.height) + MARGIN - y;
  box.x = x;
  box.y = y;
  resvg.cropByBBox(box);
  const image = resvg.render();
  const patch = { x, y, width: image.width, height: image.height, pixels: image.pixels };
  lap('rasterise');
  return patch;
}

/**
 * The frame of a site's cards: its PNG rows; the first row under the rule that is not all paper (the site name);
 * and a copy of the rows that each card lays its text over and then puts back as they were.
 */
interface Frame {
  rows: Buffer;
  inkTop: number;
  scratch: Buffer;
}
const frames = new Map<string, Promise<Frame>>();

async function drawFrame(site: string): Promise<Frame> {
  const pixels = rasteriseWhole(await layOut(cardFrame(site), noLap, CARD_SIZE.height), noLap);
  const rows = pngRows(CARD_SIZE.width, CARD_SIZE.height, pixels);
  const paper = Buffer.alloc(STRIDE, Buffer.from(`${CARD_PAPER.slice(1)}ff`, 'hex')); // a row of opaque paper
  let inkTop = CARD_RULE_ROWS;
  while (inkTop < CARD_SIZE.height && rows.subarray(inkTop * ROW + 1, (inkTop + 1) * ROW).equals(paper)) inkTop++;
  return { rows, inkTop, scratch: Buffer.from(rows) };
}

function frameOf(site: string): Promise<Frame> {
  let frame = frames.get(site);
  if (!frame) frames.set(site, (frame = drawFrame(site)));
  return frame;
}

/** Byte offsets of each row of `patch` in a card's PNG rows, and in its own pixels. */
function* patchRows(patch: Patch): Generator<{ at: number; from: number; bytes: number }> {
  const bytes = patch.width * 4;
  for (let row = 0; row < patch.height; row++)
    yield { at: (patch.y + row) * ROW + 1 + patch.x * 4, from: row * bytes, bytes };
}

/** The PNG file of the card for `text`; `lap` is told as each stage ends. */
export async function cardPng(text: CardText, lap = noLap): Promise<Buffer> {
  const frame = await frameOf(text.site);
  const band = rasteriseInk(await layOut(cardTextBand(text), lap), lap);
  const fits =
    band !== undefined &&
    band.x >= 0 &&
    band.x + band.width <= CARD_SIZE.width &&
    band.y >= CARD_RULE_ROWS &&
    band.y + band.height <= frame.inkTop;
  if (!fits) {
    const rows = pngRows(
      CARD_SIZE.width,
      CARD_SIZE.height,
      rasteriseWhole(await layOut(socialCard(text), lap, CARD_SIZE.height), lap),
    );
    lap('compose');
    const png = encodePngRows(CARD_SIZE.width, CARD_SIZE.height, rows);
    lap('encode');
    return png;
  }
  // From here to the end nothing waits, so no other card can use the frame's scratch rows meanwhile.
  for (const { at, from, bytes } of patchRows(band)) band.pixels.copy(frame.scratch, at, from, from + bytes);
  lap('compose');
  try {
    return encodePngRows(CARD_SIZE.width, CARD_SIZE.height, frame.scratch);
  } finally {
    for (const { at, bytes } of patchRows(band)) frame.rows.copy(frame.scratch, at, at, at + bytes);
    lap('encode');
  }
}
