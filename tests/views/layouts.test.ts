import { describe, expect, it } from 'vitest';
import { layoutGraph, overlaps, textWidth, type Box } from '../../src/emit/views/network-layout.ts';
import { layoutStar } from '../../src/emit/views/star-layout.ts';
import { layoutTimelineAxis } from '../../src/emit/views/timeline-axis.ts';

/** A graph of `n` invented entities, the first linked to many, some pairs linked, with labels of varied length. */
function graph(n: number) {
  const words = ['Agency', 'Council', 'of', 'the', 'North', 'Maritime', 'Ministry', 'Ana', 'Silva', 'Group'];
  const nodes = Array.from({ length: n }, (_, i) => ({
    key: `k${i}`,
    label: Array.from({ length: 1 + (i % 4) }, (_, j) => words[(i * 3 + j) % words.length]).join(' ') + ` ${i}`,
    weight: 1 + ((i * 7) % 13),
  }));
  const edges = nodes
    .slice(1)
    .flatMap((node, i) => [
      { a: 'k0', b: node.key, weight: 1 + (i % 3) },
      ...(i % 3 === 0 && i + 2 < n ? [{ a: node.key, b: `k${i + 2}`, weight: 1 }] : []),
    ]);
  return { nodes, edges };
}

const inside = (box: Box, outer: Box) =>
  box.x >= outer.x &&
  box.y >= outer.y &&
  box.x + box.width <= outer.x + outer.width &&
  box.y + box.height <= outer.y + outer.height;

describe('layoutGraph', () => {
  const { nodes, edges } = graph(40);
  const drawing = layoutGraph(nodes, edges, { width: 1000 });

  it('places labels that overlap neither each other nor another circle, inside the view box', () => {
    const labelled = drawing.nodes.filter((n) => n.labelBox);
    expect(labelled.length).toBeGreaterThan(30);
    for (const [i, a] of labelled.entries()) {
      expect(inside(a.labelBox!, drawing.viewBox), a.label).toBe(true);
      for (const b of labelled.slice(i + 1))
        expect(overlaps(a.labelBox!, b.labelBox!), `${a.label} / ${b.label}`).toBe(false);
      for (const c of drawing.nodes)
        if (c !== a)
          expect(overlaps(a.labelBox!, { x: c.x - c.r, y: c.y - c.r, width: 2 * c.r, height: 2 * c.r })).toBe(false);
    }
  });

  it('is no wider than asked, sizes circles by weight, and joins only the given pairs', () => {
    expect(drawing.viewBox.width).toBeLessThanOrEqual(1000);
    const byWeight = [...drawing.nodes].sort((a, b) => a.weight - b.weight);
    expect(byWeight[0]!.r).toBeLessThan(byWeight.at(-1)!.r);
    expect(drawing.edges).toHaveLength(edges.length);
  });

  it('draws the same picture every time', () => {
    expect(layoutGraph(nodes, edges, { width: 1000 })).toEqual(drawing);
  });
});

describe('textWidth', () => {
  it('grows with the text and the font size, wide letters more than narrow ones', () => {
    expect(textWidth('Mmmm', 13)).toBeGreaterThan(textWidth('iiii', 13));
    expect(textWidth('Ana Silva', 26)).toBeCloseTo(2 * textWidth('Ana Silva', 13));
  });
});

describe('layoutStar', () => {
  const items = ['Short', 'A much longer name of an organisation', 'Mid name'];
  const star = layoutStar(
    items,
    (s) => s,
    (s) => s.length,
  );

  it('gives each neighbour its own row, its label inside the drawing', () => {
    const ys = star.neighbours.map((n) => n.labelBox.y);
    expect(new Set(ys).size).toBe(items.length);
    for (const [i, a] of star.neighbours.entries()) {
      expect(inside(a.labelBox, star.viewBox)).toBe(true);
      for (const b of star.neighbours.slice(i + 1)) expect(overlaps(a.labelBox, b.labelBox)).toBe(false);
    }
  });

  it('draws the strongest link thickest', () => {
    const [short, long] = [star.neighbours[0]!, star.neighbours[1]!];
    expect(long.stroke).toBeGreaterThan(short.stroke);
  });
});

describe('layoutTimelineAxis', () => {
  const events = [
    { number: 1, from: '2022-11-07', to: '2022-11-10' },
    { number: 2, from: '2022-11-09', to: '2022-11-09' },
    { number: 3, from: '2022-11-09', to: '2022-11-09' },
    { number: 4, from: '2023-06-26', to: '2023-06-28' },
  ];
  const axis = layoutTimelineAxis(events, { width: 340 });

  it('breaks the axis where nothing happens for weeks, and titles each run with its months', () => {
    expect(axis.rows.map((r) => r.title)).toEqual(['November 2022', 'June 2023']);
    expect(axis.rows.map((r) => r.markers.map((m) => m.number))).toEqual([[1, 2, 3], [4]]);
  });

  it('places events by date, a span as a bar, and stacks events of the same day', () => {
    const [span, a, b] = axis.rows[0]!.markers;
    expect(span!.width).toBeGreaterThan(0);
    expect(a!.width).toBe(0);
    expect(a!.x).toBe(b!.x);
    expect(a!.y).not.toBe(b!.y);
    expect(a!.x).toBeGreaterThan(span!.x);
  });

  it('labels Mondays without two labels overlapping, inside the drawing', () => {
    for (const row of axis.rows) {
      const labels = row.ticks.filter((t) => t.labelBox).map((t) => t.labelBox!);
      expect(labels.length).toBeGreaterThan(0);
      for (const [i, l] of labels.entries()) {
        expect(l.x).toBeGreaterThanOrEqual(0);
        expect(l.x + l.width).toBeLessThanOrEqual(axis.width);
        for (const m of labels.slice(i + 1)) expect(overlaps(l, m)).toBe(false);
      }
    }
    // 7 November 2022 was a Monday.
    expect(axis.rows[0]!.ticks.find((t) => t.label)?.label).toMatch(/^7 Nov/);
  });

  it('labels no Monday whose label would leave the drawing', () => {
    // A span ending on a Sunday puts the next Monday at the right edge.
    const edge = layoutTimelineAxis([{ number: 1, from: '2022-10-17', to: '2022-11-13' }], { width: 340 });
    for (const tick of edge.rows[0]!.ticks.filter((t) => t.labelBox)) {
      expect(tick.labelBox!.x, tick.label!).toBeGreaterThanOrEqual(0);
      expect(tick.labelBox!.x + tick.labelBox!.width, tick.label!).toBeLessThanOrEqual(edge.width);
    }
  });

  it('thins the week labels on a long run rather than letting them collide', () => {
    const long = layoutTimelineAxis([{ number: 1, from: '2024-01-01', to: '2024-05-31' }], { width: 340 });
    const labels = long.rows[0]!.ticks.filter((t) => t.labelBox).map((t) => t.labelBox!);
    for (const [i, l] of labels.entries()) for (const m of labels.slice(i + 1)) expect(overlaps(l, m)).toBe(false);
  });
});
