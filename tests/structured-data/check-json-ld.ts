/**
 * A check of JSON-LD blocks against schema.org and Google's structured-data guidance for the types the site writes:
 * each type's required properties, and the recommended ones the site promises (Google: Article, Breadcrumb,
 * ProfilePage; schema.org for the rest). Returns one line per problem.
 */

type Node = Record<string, unknown>;

/** ISO 8601 date-times with a time zone, as Google asks for datePublished and dateModified. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const absolute = (value: unknown) => typeof value === 'string' && /^https?:\/\/[^/]+\//.test(value);
const TYPES = new Set([
  'NewsArticle',
  'ProfilePage',
  'WebSite',
  'BreadcrumbList',
  'ListItem',
  'Person',
  'Organization',
  'NewsMediaOrganization',
  'ImageObject',
  'QuantitativeValue',
  'Place',
  'SearchAction',
  'EntryPoint',
  'CollectionPage',
  'ItemList',
  'WebPage',
]);

/** Every problem of one top-level block. */
export function checkJsonLd(block: Node): string[] {
  const problems: string[] = [];
  if (block['@context'] !== 'https://schema.org') problems.push('@context is not https://schema.org');
  walk(block, '', problems);
  return problems;
}

function walk(node: Node, at: string, problems: string[]): void {
  const type = node['@type'];
  const where = `${at || String(type)}`;
  const need = (property: string, test: (value: unknown) => boolean = (v) => v !== undefined && v !== '') => {
    if (!test(node[property])) problems.push(`${where}: ${property} is missing or malformed`);
  };
  if (typeof type !== 'string' || !TYPES.has(type)) problems.push(`${where}: unknown or missing @type ${String(type)}`);
  switch (type) {
    case 'NewsArticle':
      need('headline', (v) => typeof v === 'string' && v.length > 0);
      if (at === '') {
        need('url', absolute);
        need('image', (v) => Array.isArray(v) && v.length > 0);
        need('datePublished', (v) => typeof v === 'string' && DATE_TIME.test(v));
        need('dateModified', (v) => typeof v === 'string' && DATE_TIME.test(v));
        need('author', (v) => Array.isArray(v));
        need('publisher');
      }
      break;
    case 'ImageObject':
      need('url', absolute);
      need('width');
      need('height');
      break;
    case 'Person':
    case 'Organization':
    case 'NewsMediaOrganization':
      need('name', (v) => typeof v === 'string' && v.length > 0);
      need('url', absolute);
      if (node['sameAs'] !== undefined) need('sameAs', (v) => Array.isArray(v) && v.every((u) => absolute(u)));
      break;
    case 'ProfilePage':
      need('mainEntity');
      need('url', absolute);
      if (node['dateModified'] !== undefined) need('dateModified', (v) => typeof v === 'string' && DATE_TIME.test(v));
      break;
    case 'WebSite':
      need('name');
      need('url', absolute);
      break;
    case 'BreadcrumbList':
      need('itemListElement', (v) => Array.isArray(v) && v.length > 0);
      break;
    case 'ListItem':
      need('position', (v) => Number.isInteger(v));
      need('name');
      break;
  }
  for (const [key, value] of Object.entries(node)) {
    const children = Array.isArray(value) ? value : [value];
    children.forEach((child, i) => {
      if (child && typeof child === 'object')
        walk(child as Node, `${where}.${key}${Array.isArray(value) ? `[${i}]` : ''}`, problems);
    });
  }
}
