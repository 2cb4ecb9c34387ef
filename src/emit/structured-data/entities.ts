/** schema.org nodes for the site's people and organisations, linked to their pages and to Wikidata where known. */
import type { EntityRef } from '../../model/entity.ts';
import { latestRole } from '../../derive/roles.ts';
import { absoluteUrl } from '../../model/urls.ts';
import type { SiteContext } from '../views/site.ts';
import type { Organization, Person } from 'schema-dts';

/** A Wikidata item's address, the form schema.org's sameAs expects. */
export function wikidataUrl(id: string): string {
  return `https://www.wikidata.org/wiki/${id}`;
}

/** A Person or Organization (NewsMediaOrganization for outlets) with its page as url and Wikidata as sameAs. */
export function entityNode({ corpus, urls, site }: SiteContext, ref: EntityRef, detail = false): Person | Organization {
  const url = absoluteUrl(urls.entity(ref), site);
  if (ref.type === 'person') {
    const person = corpus.people.get(ref.id);
    const role = detail && person ? latestRole(person.data.roles) : undefined;
    return {
      '@type': 'Person',
      name: person?.data.name ?? ref.id,
      url,
      ...(detail && person && { description: person.data.description }),
      ...(role && { jobTitle: role.title }),
      ...(person?.data.wikidata && { sameAs: [wikidataUrl(person.data.wikidata)] }),
    };
  }
  const organisation = corpus.organisations.get(ref.id);
  const parent = organisation?.data.parent;
  const node: Organization = {
    '@type': organisation?.data.kind === 'news outlet' ? 'NewsMediaOrganization' : 'Organization',
    name: organisation?.data.name ?? ref.id,
    url,
    ...(detail && organisation && { description: organisation.data.description }),
    ...(detail &&
      parent && {
        parentOrganization: organisationNode({ corpus, urls, site }, parent),
      }),
    ...(organisation?.data.wikidata && { sameAs: [wikidataUrl(organisation.data.wikidata)] }),
  };
  return node;
}

/** The Organization node of an organisation id. */
export function organisationNode(context: SiteContext, id: string): Organization {
  return entityNode(context, { type: 'organisation', id }) as Organization;
}
