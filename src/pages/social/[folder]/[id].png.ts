/** Social images, one PNG per article, person and organisation, rendered at build time (src/social/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../load-corpus.ts';
import { renderCard } from '../../../social/render-card.ts';
import { socialCardsOf } from '../../../social/cards.ts';

export const getStaticPaths = (async () =>
  socialCardsOf(await getCorpus()).map(({ folder, id, text }) => ({
    params: { folder, id },
    props: { text },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCard((props as { text: Parameters<typeof renderCard>[0] }).text);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
