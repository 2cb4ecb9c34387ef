/** Page models for the analysis: quotations, sourcing, timeline and network, all from the data sets. */
import type { AttributionKind } from '../../analysis/attributions.ts';
import { sourceKinds } from '../../model/content.ts';
import { entityKey, parseEntityKey, type EntityRef } from '../../model/entity.ts';
import { connectionsOf, entityName } from './entities.ts';
import type { GraphEdge, GraphNode } from './network-layout.ts';
import type { Corpus } from '../../derive/corpus.ts';
import type { AttributionRecord, CoOccurrenceRecord, QuoteRecord } from '../../derive/datasets.ts';

/** Words for each kind of source, in the order pages list them. */
export const SOURCE_KIND_LABEL: Record<AttributionKind, string> = {
  named: 'Named, on the record',
  anonymous: 'Anonymous or unnamed',
  outlet: 'Another outlet',
  document: 'A document',
};

/** Counts of attributions by kind, in the content model's order, zeros included. */
export function countByKind(records: readonly AttributionRecord[]): Array<{ kind: AttributionKind; count: number }> {
  return sourceKinds.map((kind) => ({ kind, count: records.filter((r) => r.kind === kind).length }));
}

/** Quotations grouped by speaker: registry speakers first (by number of quotations), then unnamed speakers. */
export function quotesBySpeaker(records: readonly QuoteRecord[]): Array<{ key: string; records: QuoteRecord[] }> {
  const groups = new Map<string, QuoteRecord[]>();
  for (const r of records) {
    const key = r.speakerId ? `${r.speakerType}:${r.speakerId}` : `unnamed:${r.speakerDescription ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups]
    .map(([key, list]) => ({ key, records: list }))
    .sort(
      (a, b) =>
        Number(a.key.startsWith('unnamed:')) - Number(b.key.startsWith('unnamed:')) ||
        b.records.length - a.records.length ||
        a.key.localeCompare(b.key),
    );
}

/** The network as a graph: the entities with the most mentions (at most `limit`), and the pairs among them named
 * in the same paragraph, weighted by how many paragraphs. */
export function networkGraph(
  corpus: Corpus,
  pairs: readonly CoOccurrenceRecord[],
  limit = 40,
): { nodes: Array<GraphNode & EntityRef>; edges: GraphEdge[] } {
  const mentions = new Map<string, number>();
  for (const article of corpus.articles) {
    for (const m of article.mentions) mentions.set(entityKey(m), (mentions.get(entityKey(m)) ?? 0) + 1);
  }
  const top = [...mentions].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
  const nodes = top.map(([key, weight]) => {
    const ref = parseEntityKey(key);
    return { ...ref, key, weight, label: entityName(corpus, ref) };
  });
  const shown = new Set(nodes.map((n) => n.key));
  const edges = pairs
    .filter((p) => p.paragraphs > 0 && shown.has(p.a) && shown.has(p.b))
    .map((p) => ({ a: p.a, b: p.b, weight: p.paragraphs }));
  return { nodes, edges };
}

/** One entity's neighbourhood: the entities named with it, strongest first (at most `limit`). */
export function neighbourhood(
  corpus: Corpus,
  ref: EntityRef,
  limit = 12,
): Array<EntityRef & { label: string; paragraphs: number; articles: number }> {
  return connectionsOf(corpus, ref, limit)
    .slice()
    .sort((a, b) => b.paragraphs - a.paragraphs || b.articles - a.articles)
    .map((c) => ({
      type: c.type,
      id: c.id,
      label: entityName(corpus, c),
      paragraphs: c.paragraphs,
      articles: c.articles,
    }));
}
