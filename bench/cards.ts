/**
 * Times the drawing of social cards, stage by stage, against the old renderer in the same run:
 * `node bench/cards.ts [--cards 200]`. Draws that many varied cards (seeded: kickers, titles of 2 to 130 characters,
 * subtitles or none) with card-png.ts, the build's renderer, and with the old one (tests/social/reference-card.ts:
 * the whole card through satori and resvg, made straight, encoded), one after the other for each card, in
 * alternating order, on this thread and bypassing the card cache. Prints the milliseconds per card of each stage,
 * the totals and their ratio, how many cards came out byte for byte the same, and what resvg's own PNG encoder
 * would cost on the same pixels.
 */
import { cardPng, type CardStage } from '../src/build/social/card-png.ts';
import type { CardText } from '../src/emit/social/social-card.ts';
import * as old from '../tests/social/reference-card.ts';
import { Resvg } from '@resvg/resvg-js';

const args = process.argv.slice(2);
const at = args.indexOf('--cards');
const count = at >= 0 ? Number(args[at + 1]) : 200;
if (!Number.isInteger(count) || count < 1) throw new Error('--cards takes a positive whole number');

/** A small seeded generator (mulberry32), so every run draws the same cards. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'council budget minister says will cuts hospital strike talks river flood school report inquiry ' +
  'Élodie Zürich café naïve “quoted” 2024 £4.5m 17% rail station harbour wind farm judge rules appeal ' +
  'WHO NHS mayor’s plan—delayed again? jobs at risk as factory closes; union warns of walkout'
).split(' ');
const OUTLETS = ['The Courier', 'Northern Echo', 'Daily Ledger', 'Radio Harbour', 'The Quayside Post'];

function texts(n: number): CardText[] {
  const next = random(1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const words = (chars: number) => {
    let s = pick(WORDS);
    while (s.length < chars) s += ` ${pick(WORDS)}`;
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  return Array.from({ length: n }, (_, i) => {
    const kind = next();
    const title = words(2 + Math.floor(next() ** 1.5 * 128));
    if (kind < 0.15)
      return { kicker: 'Person', title, subtitle: next() < 0.7 ? words(10 + next() * 40) : undefined, site: 'News' };
    if (kind < 0.25)
      return {
        kicker: `Organisation · ${pick(['charity', 'company', 'council', 'union'])}`,
        title,
        subtitle: words(next() * 150),
        site: 'News',
      };
    const date = `${1 + (i % 28)} ${pick(['Jan', 'Mar', 'May', 'Aug', 'Nov'])} 202${i % 6}`;
    return {
      kicker: `${pick(OUTLETS)} · ${date}`,
      title,
      subtitle: next() < 0.85 ? words(20 + next() * 140) : undefined,
      site: 'News',
    };
  });
}

type Totals = Record<string, number>;
const add = (totals: Totals, stage: string, ms: number) => (totals[stage] = (totals[stage] ?? 0) + ms);

/** Draws `text` the new way, adding each stage's milliseconds to `totals`; the PNG and how many layouts it took. */
async function drawNew(text: CardText, totals: Totals): Promise<{ png: Buffer; layouts: number }> {
  let last = performance.now();
  let layouts = 0;
  const png = await cardPng(text, (stage: CardStage) => {
    const now = performance.now();
    add(totals, stage, now - last);
    if (stage === 'layout') layouts++;
    last = now;
  });
  return { png, layouts };
}

/** Draws `text` the old way, adding each stage's milliseconds to `totals`. */
async function drawOld(text: CardText, totals: Totals): Promise<Buffer> {
  let last = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    add(totals, stage, now - last);
    last = now;
  };
  const svg = await old.layOut(text);
  lap('layout');
  const image = old.rasterise(svg);
  lap('rasterise');
  old.straighten(image.pixels);
  lap('straighten');
  const png = old.encode(image.width, image.height, image.pixels);
  lap('encode');
  return png;
}

const cards = texts(count);
// Warm up both (satori's WebAssembly, the JIT, the new renderer's frame) on cards that are not timed.
for (const text of texts(5)) {
  await cardPng({ ...text, title: `${text.title} warm` });
  await old.referenceCardPng({ ...text, title: `${text.title} warm` });
}

const before: Totals = {};
const after: Totals = {};
let same = 0;
let whole = 0;
let oldBytes = 0;
let newBytes = 0;
for (const [i, text] of cards.entries()) {
  let png: Buffer;
  let drawn: { png: Buffer; layouts: number };
  if (i % 2 === 0) {
    png = await drawOld(text, before);
    drawn = await drawNew(text, after);
  } else {
    drawn = await drawNew(text, after);
    png = await drawOld(text, before);
  }
  if (png.equals(drawn.png)) same++;
  if (drawn.layouts > 1) whole++;
  oldBytes += png.length;
  newBytes += drawn.png.length;
}

// resvg's own encoder on the same pixels, for comparison (not part of either renderer).
let asPngMs = 0;
let asPngBytes = 0;
const sample = cards.slice(0, Math.min(count, 40));
for (const text of sample) {
  const image = new Resvg(await old.layOut(text), { font: { loadSystemFonts: false } }).render();
  const start = performance.now();
  asPngBytes += image.asPng().length;
  asPngMs += performance.now() - start;
}

const sum = (totals: Totals) => Object.values(totals).reduce((a, b) => a + b, 0);
const perCard = (ms: number) => (ms / count).toFixed(2).padStart(6);
console.log(`${count} cards, each drawn by both renderers in this run (ms per card, one thread)`);
console.log(
  `old  ${Object.entries(before)
    .map(([stage, ms]) => `${stage} ${perCard(ms)}`)
    .join('  ')}  total ${perCard(sum(before))}`,
);
console.log(
  `new  ${Object.entries(after)
    .map(([stage, ms]) => `${stage} ${perCard(ms)}`)
    .join('  ')}  total ${perCard(sum(after))}`,
);
console.log(
  `new / old: ${(sum(after) / sum(before)).toFixed(3)} (old is ${(sum(before) / sum(after)).toFixed(2)}× the time)`,
);
console.log(`byte for byte the same: ${same} of ${count}; drawn whole (text reaching the site name): ${whole}`);
console.log(`mean PNG size: old ${Math.round(oldBytes / count)} B, new ${Math.round(newBytes / count)} B`);
console.log(
  `resvg's asPng on the same pixels: ${(asPngMs / sample.length).toFixed(2)} ms per card, ${Math.round(asPngBytes / sample.length)} B (${sample.length} cards)`,
);
