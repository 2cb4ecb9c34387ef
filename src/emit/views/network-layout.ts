/**
 * Where the network's circles and labels go, computed at build time so the page needs no script: a force layout
 * (d3-force, run a fixed number of ticks from d3's deterministic start, so every build draws the same picture), then
 * labels placed greedily beside their circles where they overlap nothing, then a view box around everything drawn,
 * so no label is ever cut at an edge. Text widths are estimated from a table of character widths with a margin,
 * since the build has no browser to measure with; the browser tests check the real boxes.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';

/** What the layout is given for each entity. */
export interface GraphNode {
  key: string;
  label: string;
  /** Drives the circle's area (mentions). */
  weight: number;
}

/** A pair named together, and how often. */
export interface GraphEdge {
  a: string;
  b: string;
  weight: number;
}

/** A box in the drawing's coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A placed node: its circle, and its label's box and baseline, or no label when none fitted. */
export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  r: number;
  label: string;
  labelBox: Box | null;
  /** Where the text is drawn: its start (text-anchor start) and baseline. */
  textX: number;
  textY: number;
}

/** The drawing: nodes, edges with their ends, and the view box that holds them. */
export interface PlacedGraph {
  nodes: PlacedNode[];
  edges: Array<{ a: PlacedNode; b: PlacedNode; weight: number }>;
  viewBox: Box;
  /** The label font size, in drawing units (one unit is one CSS pixel when the drawing is shown at its width). */
  fontSize: number;
}

/** Layout settings. */
export interface LayoutOptions {
  /** The label font size. */
  fontSize?: number;
  /** Radius of the least and the most mentioned circle. */
  radius?: [number, number];
  /** The widest the drawing may be, labels included; the height follows from the number of nodes. */
  width?: number;
  /** Ticks of the simulation. */
  ticks?: number;
}

// Widths in em of a sans-serif's characters, by class, rounded up: the layout would rather leave space than overlap.
const NARROW = new Set("iljtfrI.,;:!'|()[] ");
const WIDE = new Set('mwMWOQGDCHNU@%&');

/** The estimated width of `text` at `fontSize`, with a 10% margin. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.32;
    else if (WIDE.has(ch)) em += 0.86;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else em += 0.57;
  }
  return em * fontSize * 1.1;
}

interface SimNode extends SimulationNodeDatum {
  index: number;
  r: number;
  half: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Lays out the graph; pure and deterministic for the same input. */
export function layoutGraph(
  graphNodes: readonly GraphNode[],
  graphEdges: readonly GraphEdge[],
  options: LayoutOptions = {},
): PlacedGraph {
  const fontSize = options.fontSize ?? 13;
  const [rMin, rMax] = options.radius ?? [5, 18];
  const width = options.width ?? 1000;
  const most = Math.max(1, ...graphNodes.map((n) => n.weight));
  const sims: SimNode[] = graphNodes.map((n, index) => ({
    index,
    r: rMin + (rMax - rMin) * Math.sqrt(n.weight / most),
    half: textWidth(n.label, fontSize) / 2,
  }));
  const byKey = new Map(graphNodes.map((n, i) => [n.key, sims[i]!]));
  const links: Array<SimulationLinkDatum<SimNode> & { weight: number }> = graphEdges.flatMap((e) => {
    const source = byKey.get(e.a);
    const target = byKey.get(e.b);
    return source && target ? [{ source, target, weight: e.weight }] : [];
  });
  const strongest = Math.max(1, ...links.map((l) => l.weight));
  // Nodes repel enough to leave room for a label beside each; links pull pairs named together closer.
  const simulation = forceSimulation(sims)
    .force('charge', forceManyBody<SimNode>().strength(-260))
    .force(
      'link',
      forceLink<SimNode, (typeof links)[number]>(links)
        .distance(60)
        .strength((l) => 0.05 + 0.25 * (l.weight / strongest)),
    )
    .force('collide', forceCollide<SimNode>((n) => Math.max(n.r + 6, n.half * 0.8)).iterations(3))
    .force('x', forceX<SimNode>(0).strength(0.06))
    .force('y', forceY<SimNode>(0).strength(0.1))
    .stop();
  simulation.tick(options.ticks ?? 400);
  // Stretch to use the page's width rather than a square, then narrow until the drawing with its labels fits the
  // width asked for: shown at its own size, its labels keep their font size.
  const xs = sims.map((n) => n.x ?? 0);
  const ys = sims.map((n) => n.y ?? 0);
  const [minX, minY] = [Math.min(...xs), Math.min(...ys)];
  const spanX = Math.max(1, Math.max(...xs) - minX);
  let stretch = Math.max(1, (width * 0.7) / spanX);
  let nodes: PlacedNode[] = [];
  let viewBox: Box = { x: 0, y: 0, width: 0, height: 0 };
  for (let attempt = 0; attempt < 8; attempt++) {
    nodes = graphNodes.map((n, i) => ({
      ...n,
      x: round((xs[i]! - minX) * stretch),
      y: round(ys[i]! - minY),
      r: round(sims[i]!.r),
      labelBox: null,
      textX: 0,
      textY: 0,
    }));
    placeLabels(nodes, fontSize);
    viewBox = boundsOf(nodes, 8);
    if (viewBox.width <= width) break;
    stretch *= Math.max(0.5, (width - (viewBox.width - spanX * stretch)) / (spanX * stretch));
  }
  return {
    nodes,
    edges: links.map((l) => ({
      a: nodes[(l.source as SimNode).index]!,
      b: nodes[(l.target as SimNode).index]!,
      weight: l.weight,
    })),
    viewBox,
    fontSize,
  };
}

/** Whether two boxes overlap (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const circleBox = (n: PlacedNode): Box => ({ x: n.x - n.r, y: n.y - n.r, width: 2 * n.r, height: 2 * n.r });

/**
 * Gives each node a label box beside its circle (right, left, below, above, then further out), the most weighty
 * first, where it overlaps no circle and no label placed before; a node whose label fits nowhere keeps its circle
 * and its name in the circle's tooltip and the table.
 */
function placeLabels(nodes: PlacedNode[], fontSize: number): void {
  const height = fontSize * 1.3;
  const circles = nodes.map(circleBox);
  const placed: Box[] = [];
  const order = [...nodes.keys()].sort((a, b) => nodes[b]!.weight - nodes[a]!.weight || a - b);
  for (const i of order) {
    const n = nodes[i]!;
    const w = textWidth(n.label, fontSize);
    const gap = 4;
    const candidates: Box[] = [];
    for (const far of [0, fontSize, 2 * fontSize]) {
      candidates.push(
        { x: n.x + n.r + gap + far, y: n.y - height / 2, width: w, height },
        { x: n.x - n.r - gap - w - far, y: n.y - height / 2, width: w, height },
        { x: n.x - w / 2, y: n.y + n.r + gap + far, width: w, height },
        { x: n.x - w / 2, y: n.y - n.r - gap - height - far, width: w, height },
      );
    }
    // A pixel of air around each box, so rounding the positions afterwards cannot make two touch.
    const fit = candidates.find((box) => {
      const around = { x: box.x - 1, y: box.y - 1, width: box.width + 2, height: box.height + 2 };
      return !placed.some((p) => overlaps(p, around)) && !circles.some((c, j) => j !== i && overlaps(c, around));
    });
    if (!fit) continue;
    placed.push(fit);
    n.labelBox = { x: round(fit.x), y: round(fit.y), width: round(fit.width), height: round(fit.height) };
    n.textX = round(fit.x);
    // The baseline sits about a fifth of the line above the box's foot.
    n.textY = round(fit.y + height * 0.78);
  }
}

/** The box around every circle and label, with a margin. */
function boundsOf(nodes: readonly PlacedNode[], margin: number): Box {
  const boxes = nodes.flatMap((n) => [circleBox(n), ...(n.labelBox ? [n.labelBox] : [])]);
  if (boxes.length === 0) return { x: 0, y: 0, width: 1, height: 1 };
  const x = Math.min(...boxes.map((b) => b.x)) - margin;
  const y = Math.min(...boxes.map((b) => b.y)) - margin;
  const right = Math.max(...boxes.map((b) => b.x + b.width)) + margin;
  const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + margin;
  return { x: round(x), y: round(y), width: round(right - x), height: round(bottom - y) };
}
