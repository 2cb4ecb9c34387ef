/**
 * One entity's neighbourhood as a drawing that reads on a phone: the entity's circle on the left, the entities named
 * with it in one column to its right, strongest first, each joined to it by a line as thick as the link is strong,
 * each label on its own row so no two can overlap. Pure: positions from the list alone.
 */
import { textWidth, type Box } from './network-layout.ts';

/** A neighbour as drawn. */
export interface StarNeighbour<T> {
  item: T;
  x: number;
  y: number;
  r: number;
  textX: number;
  textY: number;
  labelBox: Box;
  /** Stroke width of the line to the centre. */
  stroke: number;
}

/** The drawing. */
export interface StarLayout<T> {
  centre: { x: number; y: number; r: number };
  neighbours: Array<StarNeighbour<T>>;
  viewBox: Box;
  fontSize: number;
}

/** Lays out `items` around a centre; `label` and `weight` read each item. */
export function layoutStar<T>(
  items: readonly T[],
  label: (item: T) => string,
  weight: (item: T) => number,
  fontSize = 14,
): StarLayout<T> {
  const row = Math.round(fontSize * 2.1);
  const height = Math.max(1, items.length) * row;
  const centre = { x: 18, y: height / 2, r: 12 };
  const column = 150;
  const most = Math.max(1, ...items.map(weight));
  const neighbours = items.map((item, i) => {
    const share = weight(item) / most;
    const r = Math.round((4 + 6 * Math.sqrt(share)) * 10) / 10;
    const y = row * i + row / 2;
    const width = textWidth(label(item), fontSize);
    const textX = column + 10 + 6;
    const lineHeight = fontSize * 1.3;
    return {
      item,
      x: column,
      y,
      r,
      textX,
      textY: Math.round((y + fontSize * 0.35) * 10) / 10,
      labelBox: { x: textX, y: y - lineHeight / 2, width, height: lineHeight },
      stroke: Math.round((1 + 3 * share) * 10) / 10,
    };
  });
  const right = Math.max(column + 20, ...neighbours.map((n) => n.labelBox.x + n.labelBox.width)) + 6;
  return { centre, neighbours, viewBox: { x: 0, y: 0, width: Math.ceil(right), height: Math.ceil(height) }, fontSize };
}
