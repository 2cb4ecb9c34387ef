/**
 * When each page last changed, for the sitemap's lastmod, from the parse stage alone (nothing is rendered): an
 * article's date; for a person's or organisation's page, its newest article; for an archive year, the year's newest
 * article; for every other page (indexes, search, analysis pages), the newest article on the site.
 */
import type { RawContent } from '../parse/check-references.ts';
import type { Urls } from '../model/urls.ts';

/** The lastmod (YYYY-MM-DD) of a page by its path, e.g. "/people/joe-biden/"; undefined when nothing dates it. */
export function lastModified(content: RawContent, urls: Urls): (path: string) => string | undefined {
  const dates = new Map<string, string>();
  const bump = (path: string, date: string) => {
    const known = dates.get(path);
    if (!known || known < date) dates.set(path, date);
  };
  let newest: string | undefined;
  for (const { slug, data } of content.articles) {
    if (!newest || newest < data.date) newest = data.date;
    bump(urls.article(slug), data.date);
    bump(urls.archiveYear(data.date.slice(0, 4)), data.date);
    // Everyone the article is tied to, as in the derive stage: byline, credits, outlet, and the names it lists.
    for (const id of [...data.authors, ...data.contributors.map((c) => c.person), ...data.people])
      bump(urls.person(id), data.date);
    for (const id of [data.publication, ...data.organisations]) bump(urls.organisation(id), data.date);
  }
  const entityPage = new RegExp(`^(?:${escape(urls.people())}|${escape(urls.organisations())})[^/]+/$`);
  return (path) => {
    // A page below a dated page (an article's received text) shares its date.
    for (let at = path; at; at = at.replace(/[^/]*\/$/, '')) {
      const own = dates.get(at);
      if (own) return own;
    }
    // A person or organisation that no article names yet has no date of its own.
    return entityPage.test(path) ? undefined : newest;
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
