/** Reads back the PNG files the social cards are written as, checking each byte the format fixes. */
import { crc32, inflateSync } from 'node:zlib';
import { expect } from 'vitest';

interface Chunk {
  type: string;
  data: Buffer;
  crc: number;
  crcOf: number;
}

/** The chunks of a PNG file, after checking its signature; each with its stored CRC and the CRC of its bytes. */
function chunks(file: Buffer): Chunk[] {
  expect([...file.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const found: Chunk[] = [];
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at);
    const type = file.toString('latin1', at + 4, at + 8);
    const data = file.subarray(at + 8, at + 8 + length);
    found.push({
      type,
      data,
      crc: file.readUInt32BE(at + 8 + length),
      crcOf: crc32(file.subarray(at + 4, at + 8 + length)),
    });
    at += 12 + length;
  }
  return found;
}

/** Width, height and RGBA pixels of a PNG written by encodePng (8-bit RGBA, every row unfiltered). */
export function decodePng(file: Buffer): { width: number; height: number; rgba: Buffer } {
  const all = chunks(file);
  for (const chunk of all) expect(chunk.crc, `CRC of ${chunk.type}`).toBe(chunk.crcOf);
  expect(all.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  const header = all[0]!.data;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  expect([...header.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
  const rows = inflateSync(all[1]!.data);
  const stride = width * 4;
  expect(rows.length).toBe((stride + 1) * height);
  const rgba = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (stride + 1)], `filter of row ${y}`).toBe(0);
    rows.copy(rgba, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
  }
  return { width, height, rgba };
}
