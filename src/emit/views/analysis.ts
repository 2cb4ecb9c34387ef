/** Page models for the analysis: quotations, sourcing, timeline and network, all from the data sets. */
import type { AttributionKind } from '../../analysis/attributions.ts';
import { sourceKinds } from '../../model/content.ts';
import { entityKey } from '../../model/entity.ts';
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

/** A node of the network drawing, with where its label goes (outside the ring, reading away from the centre). */
export interface NetworkNode {
  key: string;
  x: number;
  y: number;
  r: number;
  mentions: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * A deterministic circular layout of the entities with the most mentions (at most `limit`), sized by mentions, with
 * the co-occurrence edges between them. No randomness, so every build draws the same picture.
 */
export function networkLayout(
  corpus: Corpus,
  pairs: readonly CoOccurrenceRecord[],
  size: number,
  limit = 40,
): { nodes: NetworkNode[]; edges: Array<{ a: NetworkNode; b: NetworkNode; weight: number }> } {
  const mentions = new Map<string, number>();
  for (const article of corpus.articles) {
    for (const m of article.mentions) mentions.set(entityKey(m), (mentions.get(entityKey(m)) ?? 0) + 1);
  }
  const top = [...mentions].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
  const most = top[0]?.[1] ?? 1;
  const centre = size / 2;
  // Room outside the ring for labels.
  const radius = size / 2 - 130;
  const nodes = top.map(([key, count], i) => {
    const angle = (2 * Math.PI * i) / Math.max(top.length, 1) - Math.PI / 2;
    const r = round(4 + 14 * Math.sqrt(count / most));
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    const anchor: NetworkNode['anchor'] = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    return {
      key,
      mentions: count,
      x: round(centre + radius * cos),
      y: round(centre + radius * sin),
      r,
      labelX: round(centre + (radius + r + 6) * cos),
      labelY: round(centre + (radius + r + 6) * sin + 4 + (anchor === 'middle' ? 8 * Math.sign(sin) : 0)),
      anchor,
    };
  });
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const edges = pairs.flatMap((p) => {
    const a = byKey.get(p.a);
    const b = byKey.get(p.b);
    return a && b && p.paragraphs > 0 ? [{ a, b, weight: p.paragraphs }] : [];
  });
  return { nodes, edges };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
