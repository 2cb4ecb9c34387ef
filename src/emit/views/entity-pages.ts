/** The static paths of the later pages of every entity's articles, for the two entity route folders. */
import { type Corpus } from '../../derive/corpus.ts';
import { entityKey } from '../../model/entity.ts';
import type { EntityType } from '../../model/entity.ts';
import { APPEARANCES_PER_PAGE, laterPages } from './pagination.ts';

/** `{ params: { id, page } }` for page 2 onwards of each entity of one type that needs more than one page. */
export function laterArticlePages(corpus: Corpus, type: EntityType) {
  const ids = type === 'person' ? corpus.people.keys() : corpus.organisations.keys();
  return [...ids].flatMap((id) =>
    laterPages(corpus.appearances.get(entityKey({ type, id }))?.length ?? 0, APPEARANCES_PER_PAGE).map((page) => ({
      params: { id, page: String(page) },
    })),
  );
}
