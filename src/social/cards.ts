/** What each social card says: one per article (outlet, date, headline, dek) and per entity (kind, name, role). */
import type { Corpus } from '../derive/corpus.ts';
import { latestRole } from '../derive/roles.ts';
import { shortDate } from '../views/dates.ts';
import { SITE_NAME } from '../views/site.ts';
import type { CardText } from './social-card.ts';

/** One card to render, with the folder and file name of its address (see urls.socialImage). */
export interface CardSpec {
  folder: 'articles' | 'people' | 'organisations';
  id: string;
  text: CardText;
}

/** Every card of the site. */
export function socialCardsOf(corpus: Corpus): CardSpec[] {
  const outlet = (id: string) => corpus.organisations.get(id)?.data.name ?? id;
  return [
    ...corpus.articles.map((a) => ({
      folder: 'articles' as const,
      id: a.slug,
      text: {
        kicker: `${outlet(a.data.publication)} · ${shortDate(a.data.date)}`,
        title: a.data.title,
        subtitle: a.data.dek,
        site: SITE_NAME,
      },
    })),
    ...[...corpus.people.values()].map((p) => ({
      folder: 'people' as const,
      id: p.id,
      text: { kicker: 'Person', title: p.data.name, subtitle: latestRole(p.data.roles)?.title, site: SITE_NAME },
    })),
    ...[...corpus.organisations.values()].map((o) => ({
      folder: 'organisations' as const,
      id: o.id,
      text: {
        kicker: `Organisation · ${o.data.kind}`,
        title: o.data.name,
        subtitle: o.data.description,
        site: SITE_NAME,
      },
    })),
  ];
}
