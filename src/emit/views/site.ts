/** The site's own name and description, shared by the page head, feeds and structured data. */
import type { Corpus } from '../../derive/corpus.ts';
import type { Urls } from '../../model/urls.ts';

/** The site's name as every page, feed and link preview prints it. */
export const SITE_NAME = 'News in Context';

/** One sentence on what the site is, for the home page, feeds and search engines. */
export const SITE_DESCRIPTION =
  'Published news read closely: who is named, who is quoted, and what the reporting rests on.';

/** The language of every page and feed. */
export const SITE_LANGUAGE = 'en';

/** What the builders of feeds and structured data read: the corpus, the addresses, and the site's absolute URL. */
export interface SiteContext {
  corpus: Corpus;
  urls: Urls;
  /** Astro's `site` (SITE_URL): absolute addresses are resolved against it. */
  site: URL | string;
}
