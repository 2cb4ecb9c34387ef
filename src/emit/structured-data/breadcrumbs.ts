/** The BreadcrumbList of a page, from the same trail as its visible breadcrumbs. */
import { absoluteUrl } from '../../model/urls.ts';
import type { Crumb } from '../views/breadcrumbs.ts';
import type { JsonLd } from './serialize.ts';

/** The BreadcrumbList node of a trail; every item's address is absolute. */
export function breadcrumbList(trail: readonly Crumb[], site: URL | string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.href, site),
    })),
  };
}
