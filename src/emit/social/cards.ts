/** What each social card says: one per article (outlet, date, headline, dek) and per entity (kind, name, role). */
import type { EntityRef } from '../../model/entity.ts';
import type { RawContent } from '../../parse/check-references.ts';
import { latestRole } from '../../derive/roles.ts';
import { shortDate } from '../views/dates.ts';
import { SITE_NAME } from '../views/site.ts';
import type { CardText } from './social-card.ts';

/** One card to render: whose card it is (its address is urls.socialImage(of)) and what it says. */
export interface CardSpec {
  of: { article: string } | EntityRef;
  text: CardText;
}

/**
 * Every card of the site, from the parse stage alone: cards need no rendered Markdown, so they can be drawn while
 * the pages are built.
 */
export function socialCardsOf(content: RawContent): CardSpec[] {
  const names = new Map(content.organisations.map((o) => [o.id, o.data.name]));
  return [
    ...content.articles.map((a) => ({
      of: { article: a.slug },
      text: {
        kicker: `${names.get(a.data.publication) ?? a.data.publication} · ${shortDate(a.data.date)}`,
        title: a.data.title,
        subtitle: a.data.dek,
        site: SITE_NAME,
      },
    })),
    ...content.people.map((p) => ({
      of: { type: 'person' as const, id: p.id },
      text: { kicker: 'Person', title: p.data.name, subtitle: latestRole(p.data.roles)?.title, site: SITE_NAME },
    })),
    ...content.organisations.map((o) => ({
      of: { type: 'organisation' as const, id: o.id },
      text: {
        kicker: `Organisation · ${o.data.kind}`,
        title: o.data.name,
        subtitle: o.data.description,
        site: SITE_NAME,
      },
    })),
  ];
}
