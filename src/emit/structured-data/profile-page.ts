/** The ProfilePage of a person's or organisation's page, with the entity as its main entity. */
import type { EntityRef } from '../../model/entity.ts';
import { absoluteUrl } from '../../model/urls.ts';
import { appearancesOf, entityName } from '../views/entities.ts';
import { SITE_LANGUAGE, type SiteContext } from '../views/site.ts';
import { entityNode } from './entities.ts';
import type { ProfilePage, WithContext } from 'schema-dts';
import { siteOrganization } from './website.ts';

/** The ProfilePage node of an entity page; dateModified is the newest article that names the entity. */
export function profilePage(context: SiteContext, ref: EntityRef): WithContext<ProfilePage> {
  const url = absoluteUrl(context.urls.entity(ref), context.site);
  const newest = appearancesOf(context.corpus, ref)[0]?.article.data.date;
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    '@id': url,
    url,
    name: entityName(context.corpus, ref),
    inLanguage: SITE_LANGUAGE,
    ...(newest && { dateModified: `${newest}T00:00:00+00:00` }),
    publisher: siteOrganization(context),
    mainEntity: entityNode(context, ref, true),
  };
}
