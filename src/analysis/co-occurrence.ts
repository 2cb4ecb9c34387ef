/**
 * Counts who appears with whom: for each pair of entities, the articles that name both and the paragraphs that name
 * both. Work is per article (distinct entities squared) and per paragraph (distinct entities squared), never
 * quadratic in the number of articles.
 */

/** The mentions of one article, reduced to entity ids and paragraph indexes. */
export interface ArticleMentions {
  /** The article's id. */
  article: string;
  /** Every mention in the article, with the paragraph it sits in. */
  mentions: ReadonlyArray<{ id: string; paragraph: number }>;
}

/** A pair of entities named together, `a` sorting before `b`. */
export interface CoOccurrence {
  /** The id that sorts first. */
  a: string;
  /** The id that sorts second. */
  b: string;
  /** How many articles name both. */
  articles: number;
  /** How many paragraphs (across all articles) name both. */
  paragraphs: number;
}

/** Computes every co-occurring pair, strongest first (by paragraphs, then articles, then ids). */
export function coOccurrences(corpus: readonly ArticleMentions[]): CoOccurrence[] {
  const pairs = new Map<string, CoOccurrence>();
  const pair = (a: string, b: string): CoOccurrence => {
    const key = `${a}\u0000${b}`;
    let entry = pairs.get(key);
    if (!entry) pairs.set(key, (entry = { a, b, articles: 0, paragraphs: 0 }));
    return entry;
  };
  for (const { mentions } of corpus) {
    const byParagraph = new Map<number, Set<string>>();
    for (const m of mentions) {
      const set = byParagraph.get(m.paragraph) ?? new Set<string>();
      byParagraph.set(m.paragraph, set.add(m.id));
    }
    for (const ids of byParagraph.values()) forEachPair(ids, (a, b) => pair(a, b).paragraphs++);
    forEachPair(new Set(mentions.map((m) => m.id)), (a, b) => pair(a, b).articles++);
  }
  return [...pairs.values()].sort(
    (x, y) =>
      y.paragraphs - x.paragraphs || y.articles - x.articles || x.a.localeCompare(y.a) || x.b.localeCompare(y.b),
  );
}

/** The pairs that involve `id`, as { other, articles, paragraphs }, strongest first, at most `limit` of them. */
export function connectionsOf(
  pairs: readonly CoOccurrence[],
  id: string,
  limit = Infinity,
): Array<{ other: string; articles: number; paragraphs: number }> {
  return pairs
    .filter((p) => p.a === id || p.b === id)
    .slice(0, limit)
    .map((p) => ({ other: p.a === id ? p.b : p.a, articles: p.articles, paragraphs: p.paragraphs }));
}

function forEachPair(ids: ReadonlySet<string>, visit: (a: string, b: string) => void): void {
  const sorted = [...ids].sort();
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) visit(sorted[i]!, sorted[j]!);
  }
}
