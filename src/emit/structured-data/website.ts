/** The WebSite node of the home page, with a SearchAction that opens the search page on a query. */
import { absoluteUrl, type Urls } from '../../model/urls.ts';
import { SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME } from '../views/site.ts';
import type { Organization, SearchAction, WebSite, WithContext } from 'schema-dts';

/** The query parameter the search page reads (public/search.js). */
export const SEARCH_QUERY_PARAMETER = 'q';

/** This site as an organisation: the publisher of every page. */
export function siteOrganization({ urls, site }: { urls: Urls; site: URL | string }): Organization {
  return { '@type': 'Organization', name: SITE_NAME, url: absoluteUrl(urls.home(), site) };
}

/** The WebSite node. */
export function webSite(urls: Urls, site: URL | string): WithContext<WebSite> {
  const search = absoluteUrl(urls.search(), site);
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: SITE_NAME,
    description: SITE_DESCRIPTION,
    url: absoluteUrl(urls.home(), site),
    inLanguage: SITE_LANGUAGE,
    publisher: siteOrganization({ urls, site }),
    potentialAction: {
      '@type': 'SearchAction',
      // Written by hand: URL would percent-encode the braces of the template.
      target: {
        '@type': 'EntryPoint',
        urlTemplate: `${search}?${SEARCH_QUERY_PARAMETER}={search_term_string}`,
      },
      'query-input': 'required name=search_term_string',
    } as SearchAction,
  };
}
