import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { encodePng, encodePngRows } from '../../src/build/social/png.ts';
import { decodePng } from './decode-png.ts';

describe('encodePng', () => {
  it('writes the signature, a header, the pixels and the end, each chunk with its CRC', () => {
    // 3 × 2: red, green, blue / white, half-transparent grey, fully transparent
    const pixels = Uint8Array.from([
      255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 128, 128, 128, 128, 0, 0, 0, 0,
    ]);
    const decoded = decodePng(encodePng(3, 2, pixels));
    expect(decoded.width).toBe(3);
    expect(decoded.height).toBe(2);
    expect([...decoded.rgba]).toEqual([...pixels]);
  });

  it('reads the pixels from where a typed array views its buffer', () => {
    const backing = new Uint8Array(4 + 4 * 4);
    backing.fill(7);
    const view = backing.subarray(4);
    view.set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect([...decodePng(encodePng(2, 2, view)).rgba]).toEqual([...view]);
  });

  it('refuses pixels that do not fill the size, and sizes that are not positive whole numbers', () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(/take 16 bytes, not 15/);
    expect(() => encodePng(0, 2, new Uint8Array(0))).toThrow(/positive whole width and height/);
    expect(() => encodePng(1.5, 2, new Uint8Array(12))).toThrow(/positive whole width and height/);
    expect(() => encodePngRows(2, 2, Buffer.alloc(17))).toThrow(/take 18 bytes, not 17/);
  });
});

describe('resvg over the paper of a card', () => {
  it('gives opaque pixels, so its premultiplied pixels are the straight ones encodePng takes', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"><rect width="2" height="2" fill="#ff8000" fill-opacity="0.5"/></svg>';
    const image = new Resvg(svg, { font: { loadSystemFonts: false }, background: '#ffffff' }).render();
    const { rgba } = decodePng(encodePng(image.width, image.height, image.pixels));
    const [red, green, blue, alpha] = [...rgba.subarray(0, 4)];
    expect(alpha).toBe(255);
    expect(red).toBe(255);
    expect(Math.abs(green! - 0xc0)).toBeLessThanOrEqual(2);
    expect(Math.abs(blue! - 0x80)).toBeLessThanOrEqual(2);
  });
});
