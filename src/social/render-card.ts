/** Renders a social card to PNG at build time: satori lays it out as SVG, resvg rasterises it. Fonts come from npm. */
import { readFileSync } from 'node:fs';
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

/** The PNG bytes of the card for `text`. */
export async function renderCard(text: CardText): Promise<Buffer> {
  const svg = await satori(socialCard(text) as unknown as Parameters<typeof satori>[0], {
    ...CARD_SIZE,
    fonts: loadFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_SIZE.width } }).render().asPng();
}
