/**
 * Every address on the site comes from here, and the base path is applied here and nowhere else, so the same build
 * works at the root of a domain or under a sub-path.
 */
import type { EntityRef } from './entities/alias-index.ts';

/** The site's address builder for one base path. */
export interface Urls {
  home(): string;
  article(slug: string): string;
  received(slug: string): string;
  paragraph(slug: string, paragraphId: string): string;
  people(): string;
  person(id: string): string;
  organisations(): string;
  organisation(id: string): string;
  entity(ref: EntityRef): string;
  /** A site-level page such as "quotes" or "timeline". */
  section(name: string): string;
  /** A file under public/ or emitted at the root, e.g. "styles/site.css" or "data/articles.json". */
  file(path: string): string;
}

/** Builds the address builder for a base path such as "/" or "/news/". */
export function createUrls(base: string): Urls {
  const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const page = (...parts: string[]) => `${root}${parts.map(encodeURIComponent).join('/')}/`;
  return {
    home: () => root,
    article: (slug) => page('articles', slug),
    received: (slug) => page('articles', slug, 'received'),
    paragraph: (slug, paragraphId) => `${page('articles', slug)}#${encodeURIComponent(paragraphId)}`,
    people: () => page('people'),
    person: (id) => page('people', id),
    organisations: () => page('organisations'),
    organisation: (id) => page('organisations', id),
    entity: (ref) => (ref.type === 'person' ? page('people', ref.id) : page('organisations', ref.id)),
    section: (name) => page(name),
    file: (path) => `${root}${path.replace(/^\/+/, '')}`,
  };
}

/** The site's addresses for the configured base path (Astro's BASE_URL; "/" outside Astro). */
export const urls: Urls = createUrls(import.meta.env?.BASE_URL ?? '/');
