/**
 * Pagination of long lists, so that a page stays bounded however large the archive grows: an entity named in
 * thousands of articles gets numbered pages, not a megabyte of HTML.
 */

/** Articles on one page of an entity's appearances (derive/page-numbers.ts splits them into pages). */
export { APPEARANCES_PER_PAGE } from '../../derive/page-numbers.ts';

/** Articles on the home page; the rest are in the archive. */
export const HOME_ARTICLES = 20;

/**
 * How many items the site-wide lists show before pointing to the complete data files. Each item is also on the page
 * of its article or its speaker, and every record is in /data/, so the cap loses nothing.
 */
export const LIST_LIMITS = {
  /** Quotations shown per speaker on /quotes/ (all of them are on the person's page). */
  quotesPerSpeaker: 5,
  /** Articles shown in /quotes/ "by article" and in /sources/ sections, newest first. */
  articles: 30,
  /** Articles listed on /articles/, newest first; the archive has every one. */
  articleList: 100,
  /** Rows of the comparison table on /sources/. */
  sourceRows: 100,
  /** Pairs in the /network/ table, strongest first. */
  pairs: 200,
  /** Timeline events per group, newest first. */
  events: 300,
  /** Quotations shown in a person's "In their words", newest. */
  personQuotes: 20,
} as const;
