/**
 * The card renderer as it was before cards were drawn as a frame and a band (card-png.ts), kept as the reference the
 * new one is checked against (card-pixels.test.ts) and timed against (bench/cards.ts): satori lays out the whole
 * card, resvg rasterises it with its default options (the system's fonts loaded), the premultiplied pixels are made
 * straight, and they are written as an unfiltered PNG at zlib level 3. Each stage is its own function so the
 * benchmark can time it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { CARD_SIZE, socialCard, type CardText } from '../../src/emit/social/social-card.ts';

const require = createRequire(join(process.cwd(), 'package.json'));
const FONTS = ([400, 700] as const).map((weight) => ({
  name: 'Noto Sans',
  data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`)),
  weight,
  style: 'normal' as const,
}));

/** Stage 1: the whole card as SVG. */
export function layOut(text: CardText): Promise<string> {
  return satori(socialCard(text) as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: FONTS });
}

/** Stage 2: its premultiplied RGBA pixels. */
export function rasterise(svg: string): { width: number; height: number; pixels: Buffer } {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_SIZE.width } }).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}

/** Stage 3: premultiplied to straight RGBA, in place. */
export function straighten(rgba: Uint8Array): Uint8Array {
  for (let at = 3; at < rgba.length; at += 4) {
    const alpha = rgba[at]!;
    if (alpha === 255) continue;
    for (let channel = at - 3; channel < at; channel++)
      rgba[channel] = alpha === 0 ? 0 : Math.min(255, Math.round((rgba[channel]! * 255) / alpha));
  }
  return rgba;
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Stage 4: the PNG file. */
export function encode(width: number, height: number, rgba: Uint8Array): Buffer {
  const stride = width * 4;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 6;
  const source = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.length);
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) source.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const idat = chunk('IDAT', deflateSync(rows, { level: 3 }));
  return Buffer.concat([signature, chunk('IHDR', header), idat, chunk('IEND', Buffer.alloc(0))]);
}

/** The PNG of the card for `text`, drawn the old way. */
export async function referenceCardPng(text: CardText): Promise<Buffer> {
  const { width, height, pixels } = rasterise(await layOut(text));
  return encode(width, height, straighten(pixels));
}
