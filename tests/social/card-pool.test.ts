import { readFileSync, rmSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawCards } from '../../src/build/social/card-pool.ts';
import { cachedCardFile, renderCard } from '../../src/build/social/render-card.ts';
import type { CardText } from '../../src/emit/social/social-card.ts';
import { decodePng } from './decode-png.ts';

const texts: CardText[] = ['One', 'Two', 'Three'].map((title) => ({
  kicker: 'Card pool test',
  title: `${title} <b>card</b> & “quotes”`,
  subtitle: 'Drawn on a worker thread',
  site: 'Test',
}));

describe('drawCards', () => {
  it('draws the missing cards on worker threads into the cache, as 1200×630 PNGs, in the order given', async () => {
    for (const text of texts) rmSync(cachedCardFile(text), { force: true });
    const { files, drawn } = await drawCards(texts, { threads: 2 });
    expect(files).toEqual(texts.map(cachedCardFile));
    expect(drawn).toBe(texts.length);
    for (const file of files) {
      const { width, height, rgba } = decodePng(readFileSync(file));
      expect([width, height]).toEqual([1200, 630]);
      const pixel = (x: number, y: number) => [...rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)];
      expect(pixel(600, 8), 'the accent rule along the top').toEqual([0x8a, 0x1c, 0x1c, 255]);
      expect(pixel(1190, 620), 'the paper in the corner').toEqual([0xfd, 0xfc, 0xf9, 255]);
      let ink = 0;
      for (let at = 0; at < rgba.length; at += 4) if (rgba[at]! < 0x40 && rgba[at + 1]! < 0x40) ink++;
      expect(ink, 'pixels of dark text').toBeGreaterThan(1000);
    }
    expect(new Set(files.map((file) => readFileSync(file).toString('base64'))).size).toBe(3);
  });

  it('draws the same bytes as the in-process renderer the dev server uses', async () => {
    const {
      files: [file],
    } = await drawCards(texts.slice(0, 1), { threads: 1 });
    const drawn = readFileSync(file!);
    rmSync(file!);
    expect((await renderCard(texts[0]!)).equals(drawn)).toBe(true);
  });

  it('grows from one worker to more when the pages are done, and still draws every card once', async () => {
    const more = texts.map((text) => ({ ...text, kicker: 'Card pool test, growing' }));
    for (const text of more) rmSync(cachedCardFile(text), { force: true });
    const { files } = await drawCards(more, { threads: 1, pagesDone: Promise.resolve(), threadsAfter: 3 });
    expect(files).toEqual(more.map(cachedCardFile));
    for (const file of files) expect(statSync(file).size).toBeGreaterThan(1000);
  });

  it('leaves cached cards alone', async () => {
    const { files } = await drawCards(texts, { threads: 2 });
    const times = files.map((file) => statSync(file).mtimeMs);
    expect((await drawCards(texts, { threads: 2 })).drawn).toBe(0);
    expect(files.map((file) => statSync(file).mtimeMs)).toEqual(times);
  });
});
