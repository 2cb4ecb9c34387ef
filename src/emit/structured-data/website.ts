/** The WebSite node of the home page, with a SearchAction that opens the search page on a query. */
import { absoluteUrl, type Urls } from '../../model/urls.ts';
import { SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME } from '../views/site.ts';
import type { JsonLd } from './serialize.ts';

/** The query parameter the search page reads (public/search.js). */
export const SEARCH_QUERY_PARAMETER = 'q';

/** The WebSite node. */
export function webSite(urls: Urls, site: URL | string): JsonLd {
  const search = absoluteUrl(urls.search(), site);
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: SITE_NAME,
    description: SITE_DESCRIPTION,
    url: absoluteUrl(urls.home(), site),
    inLanguage: SITE_LANGUAGE,
    potentialAction: {
      '@type': 'SearchAction',
      // Written by hand: URL would percent-encode the braces of the template.
      target: {
        '@type': 'EntryPoint',
        urlTemplate: `${search}?${SEARCH_QUERY_PARAMETER}={search_term_string}`,
      },
      'query-input': 'required name=search_term_string',
    },
  };
}
