/**
 * What each page tells Pagefind to filter on, as data: the kind of page, the people and organisations it names,
 * the outlet and the year. The search page shows every filter with its result count.
 */
import type { Article, Corpus } from '../derive/corpus.ts';
import type { EntityRef } from '../model/entity.ts';
import { appearancesOf, entityName } from './views/entities.ts';

/** The filter names, in the order the search page lists them. */
export const FILTER_NAMES = ['type', 'person', 'organisation', 'outlet', 'year'] as const;

/** A page's filter values, by filter name. */
export type SearchFilters = Record<(typeof FILTER_NAMES)[number], string[]>;

/** An article: everyone and every organisation tied to it (byline, frontmatter, text), its outlet and year. */
export function articleFilters(corpus: Corpus, article: Article): SearchFilters {
  const { data } = article;
  const people = new Set([...data.authors, ...data.contributors.map((c) => c.person), ...data.people]);
  const organisations = new Set(data.organisations);
  for (const mention of article.mentions) (mention.type === 'person' ? people : organisations).add(mention.id);
  const names = (type: EntityRef['type'], ids: Iterable<string>) =>
    [...ids].map((id) => entityName(corpus, { type, id }));
  return {
    type: ['Article'],
    person: names('person', people),
    organisation: names('organisation', organisations),
    outlet: [entityName(corpus, { type: 'organisation', id: data.publication })],
    year: [data.date.slice(0, 4)],
  };
}

/** A person's or organisation's page: itself, as an outlet too when it is one, and the years it appears in. */
export function entityFilters(corpus: Corpus, ref: EntityRef): SearchFilters {
  const name = entityName(corpus, ref);
  const isOutlet = ref.type === 'organisation' && corpus.organisations.get(ref.id)?.data.kind === 'news outlet';
  const years = new Set(appearancesOf(corpus, ref).map((a) => a.article.data.date.slice(0, 4)));
  return {
    type: [ref.type === 'person' ? 'Person' : 'Organisation'],
    person: ref.type === 'person' ? [name] : [],
    organisation: ref.type === 'organisation' ? [name] : [],
    outlet: isOutlet ? [name] : [],
    year: [...years],
  };
}
