/** The static paths of the later pages of every entity's articles, for the two entity route folders. */
import { type Corpus } from '../../derive/corpus.ts';
import { entityKey } from '../../model/entity.ts';
import type { EntityType } from '../../model/entity.ts';
import { APPEARANCES_PER_PAGE, laterPages } from './pagination.ts';
import { entitiesToRender } from '../../derive/load-corpus.ts';

/** `{ params: { id, page } }` for page 2 onwards of each entity of one type that needs more than one page. */
export async function laterArticlePages(corpus: Corpus, type: EntityType) {
  const ids = await entitiesToRender(type);
  return ids.flatMap((id) =>
    laterPages(corpus.appearances.get(entityKey({ type, id }))?.length ?? 0, APPEARANCES_PER_PAGE).map((page) => ({
      params: { id, page: String(page) },
    })),
  );
}

/** `{ params: { id } }` for each entity of one type whose articles run to more than one page: their pages' index. */
export async function articlePageIndexes(corpus: Corpus, type: EntityType) {
  const ids = await entitiesToRender(type);
  return ids.flatMap((id) =>
    laterPages(corpus.appearances.get(entityKey({ type, id }))?.length ?? 0, APPEARANCES_PER_PAGE).length > 0
      ? [{ params: { id } }]
      : [],
  );
}
