/** Which articles name each person and organisation: built once per build and shared by every entity page. */
import { getCollection } from 'astro:content';

/** An article as an entity page lists it. */
export interface ArticleLink {
  id: string;
  title: string;
  date: string;
}

let cached: Promise<Map<string, ArticleLink[]>> | undefined;

/** Articles per "people/<id>" or "organisations/<id>" key, newest first. */
export function namedIn(): Promise<Map<string, ArticleLink[]>> {
  cached ??= (async () => {
    const index = new Map<string, ArticleLink[]>();
    const articles = await getCollection('articles');
    articles.sort((a, b) => String(b.data.date).localeCompare(String(a.data.date)));
    for (const { id, data } of articles) {
      const link = { id, title: data.title, date: String(data.date) };
      const keys = [...data.people.map((p) => `people/${p}`), ...data.organisations.map((o) => `organisations/${o}`)];
      for (const key of keys) {
        const list = index.get(key);
        if (list) list.push(link);
        else index.set(key, [link]);
      }
    }
    return index;
  })();
  return cached;
}
