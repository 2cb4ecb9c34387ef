/** The static paths of every entity's numbered pages of articles and their index, for the two entity route folders. */
import { type Corpus } from '../../derive/corpus.ts';
import { entityKey } from '../../model/entity.ts';
import type { EntityType } from '../../model/entity.ts';
import { urls } from '../../model/urls.ts';
import { numberedPageCount } from '../../derive/page-numbers.ts';
import { pageFolder } from '../../derive/page-digests.ts';
import { entitiesToRender, getRenderPlan } from '../../derive/load-corpus.ts';

const pagesOf = (corpus: Corpus, type: EntityType, id: string) =>
  numberedPageCount(corpus.appearances.get(entityKey({ type, id }))?.length ?? 0);

/**
 * `{ params: { id, page } }` for each numbered page of each entity of one type that this build renders: each page
 * is planned on its own (derive/page-digests.ts), so a new article renders only the one it lands on.
 */
export async function numberedArticlePages(corpus: Corpus, type: EntityType) {
  const plan = await getRenderPlan();
  const ids = type === 'person' ? [...corpus.people.keys()] : [...corpus.organisations.keys()];
  return ids.flatMap((id) =>
    Array.from({ length: pagesOf(corpus, type, id) }, (_, i) => i + 1)
      .filter((page) => plan.renders(pageFolder(urls, urls.entityArticles({ type, id }, page))))
      .map((page) => ({ params: { id, page: String(page) } })),
  );
}

/** `{ params: { id } }` for each entity of one type with numbered pages: their index, rendered with its own page. */
export async function articlePageIndexes(corpus: Corpus, type: EntityType) {
  const ids = await entitiesToRender(type);
  return ids.flatMap((id) => (pagesOf(corpus, type, id) > 0 ? [{ params: { id } }] : []));
}
