import { describe, expect, it } from 'vitest';
import { cardPng, type CardStage } from '../../src/build/social/card-png.ts';
import type { CardText } from '../../src/emit/social/social-card.ts';
import { decodePng } from './decode-png.ts';
import { referenceCardPng } from './reference-card.ts';

/**
 * How far two cards are apart, as a reader would see it: the mean difference of a colour channel, and the share of
 * pixels that have a channel more than 32 apart.
 */
function difference(a: Buffer, b: Buffer): { mean: number; far: number } {
  const one = decodePng(a);
  const other = decodePng(b);
  expect([one.width, one.height]).toEqual([other.width, other.height]);
  let sum = 0;
  let far = 0;
  for (let at = 0; at < one.rgba.length; at += 4) {
    let farHere = false;
    for (let channel = at; channel < at + 4; channel++) {
      const d = Math.abs(one.rgba[channel]! - other.rgba[channel]!);
      sum += d;
      if (d > 32) farHere = true;
    }
    if (farHere) far++;
  }
  return { mean: sum / one.rgba.length, far: far / (one.width * one.height) };
}

/**
 * Whether two cards look the same: channels a mean of under 0.05 apart, and under 0.02% of pixels (some 150) far
 * apart. Stricter than "a mean under 1 and under 0.5% far apart", which a card whose 5-letter subtitle is missing
 * passes (0.08, 0.08%); rounding at the edges of glyphs stays far inside it.
 */
const looksTheSame = ({ mean, far }: { mean: number; far: number }) => mean < 0.05 && far < 0.0002;

const cards: Record<string, CardText> = {
  'a short article card': {
    kicker: 'The Courier · 3 May 2024',
    title: 'Council approves budget',
    subtitle: 'A dek',
    site: 'News',
  },
  'a long title in three lines, accents and quotes': {
    kicker: 'Organisation · charity',
    title: 'A very long headline about the council budget, the consequences of the cuts and the reply of everyone ÉÅ',
    subtitle: 'A long subtitle, which goes on about what happened next, with “quotes” and accents: é à ü ß — and more',
    site: 'News',
  },
  'a person without a subtitle': { kicker: 'Person', title: 'Ana Silva', site: 'Another site' },
  'text long enough to reach the site name': {
    kicker: 'W'.repeat(80),
    title: 'W'.repeat(120),
    subtitle: 'W'.repeat(150),
    site: 'News',
  },
};

/** The card for `text`, and how many times it was laid out (twice when the band of text did not fit). */
async function draw(text: CardText): Promise<{ png: Buffer; layouts: number }> {
  let layouts = 0;
  const png = await cardPng(text, (stage: CardStage) => void (stage === 'layout' && layouts++));
  return { png, layouts };
}

describe('cardPng', () => {
  for (const [name, text] of Object.entries(cards))
    it(`draws ${name} as the old renderer drew it`, async () => {
      const { png } = await draw(text);
      const reference = await referenceCardPng(text);
      expect(looksTheSame(difference(png, reference)), JSON.stringify(difference(png, reference))).toBe(true);
      const { rgba } = decodePng(png);
      for (let at = 3; at < rgba.length; at += 4) if (rgba[at] !== 255) expect.fail(`pixel ${at >> 2} is not opaque`);
    });

  it('lays text over the frame, and draws the card whole when the text would reach the site name', async () => {
    expect((await draw(cards['a short article card']!)).layouts).toBe(1);
    expect((await draw(cards['text long enough to reach the site name']!)).layouts).toBe(2);
  });

  it('draws the same bytes for the same text, whatever was drawn between', async () => {
    const text = cards['a long title in three lines, accents and quotes']!;
    const first = (await draw(text)).png;
    await draw(cards['a person without a subtitle']!);
    await Promise.all(Object.values(cards).map(draw));
    expect((await draw(text)).png.equals(first)).toBe(true);
  });

  it('tells cards apart that a reader would: the comparison above can fail', async () => {
    const text = cards['a short article card']!;
    const { png } = await draw(text);
    const otherTitle = await referenceCardPng({ ...text, title: 'Council rejects budget' });
    const noSubtitle = await referenceCardPng({ ...text, subtitle: undefined });
    const otherSite = await referenceCardPng({ ...text, site: 'Other' });
    for (const other of [otherTitle, noSubtitle, otherSite]) expect(looksTheSame(difference(png, other))).toBe(false);
  });
});
