/** Breadcrumb trails, as data: where each page sits below the home page. The last crumb is the page itself. */
import type { Article, Corpus } from '../../derive/corpus.ts';
import type { EntityRef } from '../../model/entity.ts';
import type { Urls } from '../../model/urls.ts';
import { entityName } from './entities.ts';

/** One step of a trail. */
export interface Crumb {
  label: string;
  href: string;
}

const home = (urls: Urls): Crumb => ({ label: 'Home', href: urls.home() });
const archive = (urls: Urls): Crumb => ({ label: 'Archive', href: urls.archive() });
const year = (urls: Urls, value: string): Crumb => ({ label: value, href: urls.archiveYear(value) });

/** Home › Archive › year › headline: an article sits in the year it was published. */
export function articleTrail(urls: Urls, article: Article): Crumb[] {
  const published = article.data.date.slice(0, 4);
  return [
    home(urls),
    archive(urls),
    year(urls, published),
    { label: article.data.title, href: urls.article(article.slug) },
  ];
}

/** Home › People › name, or Home › Organisations › each parent › name. */
export function entityTrail(urls: Urls, corpus: Corpus, ref: EntityRef): Crumb[] {
  if (ref.type === 'person') {
    return [home(urls), { label: 'People', href: urls.people() }, crumbOf(urls, corpus, ref)];
  }
  const chain: Crumb[] = [];
  // References are checked for cycles in the parse stage, so walking up the parents ends.
  for (let id: string | undefined = ref.id; id; id = corpus.organisations.get(id)?.data.parent) {
    chain.unshift(crumbOf(urls, corpus, { type: 'organisation', id }));
  }
  return [home(urls), { label: 'Organisations', href: urls.organisations() }, ...chain];
}

/** Home › Archive, or Home › Archive › year. */
export function archiveTrail(urls: Urls, inYear?: string): Crumb[] {
  return inYear ? [home(urls), archive(urls), year(urls, inYear)] : [home(urls), archive(urls)];
}

/** Home › a page directly below it (indexes, search, analysis pages). */
export function sectionTrail(urls: Urls, label: string, href: string): Crumb[] {
  return [home(urls), { label, href }];
}

function crumbOf(urls: Urls, corpus: Corpus, ref: EntityRef): Crumb {
  return { label: entityName(corpus, ref), href: urls.entity(ref) };
}
