/**
 * Scores the ingest command's drafted people and organisations on the evaluation set: each article is ingested
 * with an empty registry, as a newsroom's first article would be, and its drafted registry files are compared
 * with the article's gold entities. A draft matches a gold entity when its name or an alias is one of the entity's
 * names (a leading "the" and a possessive aside) and its type is the same.
 */
import { draftArticle } from '../src/tools/ingest/draft.ts';
import type { AttributionVocabulary } from '../src/model/vocabulary.ts';
import { paragraphsOf, type EvalArticle, type Miss, type Tally } from './score.ts';

const norm = (name: string) =>
  name
    .replace(/^the\s+/i, '')
    .replace(/[’']s?$/u, '')
    .toLowerCase();

/** The tally of drafted people and organisations: gold entities, drafts, and gold entities drafted right. */
export function scoreIngest(article: EvalArticle, vocabulary: AttributionVocabulary, misses?: Miss[]): Tally {
  const received = paragraphsOf(article.text).join('\n');
  const draft = draftArticle({
    received,
    fileName: `${article.id}.txt`,
    registry: [],
    vocabulary,
    substitutions: undefined,
    today: article.date,
  });
  const matched = new Set<string>();
  for (const entity of draft.newEntities) {
    const names = [entity.name, ...entity.aliases].map(norm);
    const gold = article.entities.find(
      (e) => e.type === entity.type && [e.name, ...(e.aliases ?? [])].some((n) => names.includes(norm(n))),
    );
    if (gold) matched.add(gold.id);
    else misses?.push({ article: article.id, task: 'drafted', gold: null, system: `${entity.type} ${entity.name}` });
  }
  for (const e of article.entities)
    if (!matched.has(e.id))
      misses?.push({ article: article.id, task: 'drafted', gold: `${e.type} ${e.name}`, system: null });
  return { gold: article.entities.length, system: draft.newEntities.length, matched: matched.size };
}
