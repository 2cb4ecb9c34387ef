/**
 * Page models of the lists of articles naming an entity: its own page shows the newest, numbered pages hold them
 * all counted from the oldest (derive/page-numbers.ts), and an index lists every numbered page. A numbered page
 * prints nothing but its own articles, its number and whether it is the last, so that it stays the same while newer
 * articles arrive (derive/page-digests.ts records exactly that much of it).
 */
import type { Corpus } from '../../derive/corpus.ts';
import {
  APPEARANCES_PER_PAGE,
  newestRange,
  numberedPageCount,
  numberedPageOf,
  numberedPageRange,
} from '../../derive/page-numbers.ts';
import { entityKey, type EntityRef } from '../../model/entity.ts';
import type { Urls } from '../../model/urls.ts';
import { appearancesOf, entityName, type AppearanceView } from './entities.ts';
import { appearanceId } from './table-of-contents.ts';

/** A link to a neighbouring list, in words. */
export interface ListingLink {
  href: string;
  label: string;
  /** A name the link text ends with, printed isolated (<bdi>) so that a right-to-left name cannot reorder it. */
  name?: string;
}

/** One list of articles as a page shows it. */
export interface ArticleListing {
  /** The articles, newest first, with the sentences that name the entity. */
  appearances: AppearanceView[];
  /** What the heading counts: every article naming the entity (its own page), or the ones this page holds. */
  count: string;
  /** The list of newer articles (numbered pages only), and of older ones. */
  newer?: ListingLink | undefined;
  older?: ListingLink | undefined;
  /** The index of every numbered page, when there are any. */
  pages?: string;
}

const total = (corpus: Corpus, ref: EntityRef) => corpus.appearances.get(entityKey(ref))?.length ?? 0;
const number = (n: number) => n.toLocaleString('en');

/** The entity's own page: the newest articles, and where the older ones continue. */
export function newestListing(corpus: Corpus, urls: Urls, ref: EntityRef): ArticleListing {
  const count = total(corpus, ref);
  const range = newestRange(count);
  const appearances = appearancesOf(corpus, ref, range);
  if (count <= range.to) return { appearances, count: number(count) };
  // The next older article after the last one shown here, on whichever page holds it.
  const next = corpus.appearances.get(entityKey(ref))![range.to]!;
  const page = numberedPageOf(count, range.to);
  return {
    appearances,
    count: `${number(count)}; the newest ${range.to}`,
    older: {
      href: `${urls.entityArticles(ref, page)}#${appearanceId(next.slug)}`,
      label: `Older articles: page ${page}`,
    },
    pages: urls.entityArticlePages(ref),
  };
}

/** Numbered page `n`: its articles, and links to the older page and the newer one (or the entity's own page). */
export function numberedListing(corpus: Corpus, urls: Urls, ref: EntityRef, n: number): ArticleListing {
  const count = total(corpus, ref);
  const appearances = appearancesOf(corpus, ref, numberedPageRange(count, n));
  const first = (n - 1) * APPEARANCES_PER_PAGE + 1;
  const last = n === numberedPageCount(count);
  return {
    appearances,
    count: `${number(first)}–${number(first + appearances.length - 1)}, counted from the oldest`,
    newer: last
      ? { href: urls.entity(ref), label: 'Newest articles: ', name: entityName(corpus, ref) }
      : { href: urls.entityArticles(ref, n + 1), label: `Newer articles: page ${n + 1}` },
    older: n > 1 ? { href: urls.entityArticles(ref, n - 1), label: `Older articles: page ${n - 1}` } : undefined,
    pages: urls.entityArticlePages(ref),
  };
}

/** One numbered page in the index of them. */
export interface PageIndexRow {
  number: number;
  href: string;
  /** The ordinals of its first and last article, counted from the oldest. */
  first: number;
  last: number;
  /** The dates of its oldest and newest article (YYYY-MM-DD). */
  from: string;
  to: string;
}

/** Every numbered page of an entity's articles, from the oldest. */
export function numberedPageIndex(corpus: Corpus, urls: Urls, ref: EntityRef): PageIndexRow[] {
  const all = corpus.appearances.get(entityKey(ref)) ?? [];
  const date = (position: number) => corpus.bySlug.get(all[position]!.slug)?.data.date ?? '';
  return Array.from({ length: numberedPageCount(all.length) }, (_, i) => {
    const n = i + 1;
    const { from, to } = numberedPageRange(all.length, n);
    const first = (n - 1) * APPEARANCES_PER_PAGE + 1;
    return {
      number: n,
      href: urls.entityArticles(ref, n),
      first,
      last: first + (to - from) - 1,
      from: date(to - 1),
      to: date(from),
    };
  });
}
