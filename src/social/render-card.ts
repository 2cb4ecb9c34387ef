/** Renders a social card to PNG at build time: satori lays it out as SVG, resvg rasterises it. Fonts come from npm. */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_SIZE, socialCard, type CardText } from './social-card.ts';

// Resolved from the project root: the build runs this from a bundled chunk in another folder.
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
 * Rendered cards are kept by a hash of their element tree (so a change of text or of layout makes a new card) and of
 * the renderer: a card costs some 50 ms to draw, and most are the same from one build to the next. The bytes are the
 * same either way, so builds stay reproducible.
 */
const CACHE = join(process.cwd(), 'node_modules', '.cache', 'social-cards');
const RENDERER = 'satori+resvg, Noto Sans latin 400 and 700 (woff)';

/** The PNG bytes of the card for `text`, from the cache when this card was drawn before. */
export async function renderCard(text: CardText): Promise<Buffer> {
  const tree = socialCard(text);
  const key = createHash('sha256')
    .update(JSON.stringify([RENDERER, CARD_SIZE, tree]))
    .digest('hex');
  const cached = join(CACHE, `${key}.png`);
  try {
    return readFileSync(cached);
  } catch {
    // Not drawn yet.
  }
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    ...CARD_SIZE,
    fonts: loadFonts(),
  });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_SIZE.width } }).render().asPng();
  mkdirSync(CACHE, { recursive: true });
  // Written aside and renamed, so a build running alongside never reads half a file.
  const partial = `${cached}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, cached);
  return png;
}
