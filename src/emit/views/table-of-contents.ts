/** The table of contents of a long entity page: one entry per article it lists, linked to that article's entry. */
import type { AppearanceView } from './entities.ts';

/**
 * When an entity page counts as long: this many articles, or this many quoted sentences across them. Below both, the
 * whole list fits on a screen or two and a contents list would only repeat it.
 */
export const LONG_PAGE = { articles: 4, sentences: 8 } as const;

/** One line of the contents. */
export interface TocEntry {
  label: string;
  /** A fragment on the same page: "#article-<slug>". */
  href: string;
  /** The article's date, YYYY-MM-DD. */
  date: string;
  /** How many sentences of the article name the entity. */
  sentences: number;
}

/** The id of an article's entry on an entity page. */
export function appearanceId(slug: string): string {
  return `article-${slug}`;
}

/** The contents of a page listing these articles (entity-listing.ts), or an empty list when it is short (LONG_PAGE). */
export function entityContents(appearances: readonly AppearanceView[]): TocEntry[] {
  const sentences = appearances.reduce((n, a) => n + a.contexts.length, 0);
  if (appearances.length < LONG_PAGE.articles && sentences < LONG_PAGE.sentences) return [];
  return appearances.map(({ article, contexts }) => ({
    label: article.data.title,
    href: `#${appearanceId(article.slug)}`,
    date: article.data.date,
    sentences: contexts.length,
  }));
}
