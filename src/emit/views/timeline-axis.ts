/**
 * The timeline as a drawing: dated events on a time axis of days with the weeks labelled. Events months apart would
 * squash everything else onto one axis, so the axis breaks where nothing happens for a while: each run of events is
 * its own row, titled with its months. An event is a dot on its day, or a bar over its span, stacked when several
 * share a day; each is numbered like the list beside it. Pure: positions from the dates alone, in UTC.
 */
import { textWidth, type Box } from './network-layout.ts';

/** A dated event as the axis needs it: its number in the list, and its span (inclusive days, ISO). */
export interface AxisEvent {
  number: number;
  from: string;
  to: string;
}

/** A tick of a row: a day, labelled when it starts a labelled week. */
export interface AxisTick {
  x: number;
  label: string | null;
  /** The label's box, for checks that labels do not overlap. */
  labelBox: Box | null;
}

/** An event as drawn. */
export interface AxisMarker {
  number: number;
  x: number;
  y: number;
  /** Zero for a single day; else the bar's length. */
  width: number;
}

/** One row of the axis: a run of events with no long gap. */
export interface AxisRow {
  title: string;
  /** The title's baseline. */
  titleY: number;
  /** The axis line's height. */
  y: number;
  /** Where the axis line runs, in x. */
  start: number;
  end: number;
  ticks: AxisTick[];
  markers: AxisMarker[];
}

/** The drawing. */
export interface TimelineAxis {
  rows: AxisRow[];
  width: number;
  height: number;
  fontSize: number;
}

const DAY = 86_400_000;
const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
const dayMonth = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' });
const monthName = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long' });

/** Layout settings. */
export interface AxisOptions {
  /** Width of the drawing (a phone's width, so it reads without scaling). */
  width?: number;
  /** Days without events that break the axis into a new row. */
  gap?: number;
  fontSize?: number;
}

/** Lays out the events; events must have `from` <= `to`. */
export function layoutTimelineAxis(events: readonly AxisEvent[], options: AxisOptions = {}): TimelineAxis {
  const width = options.width ?? 340;
  const gap = options.gap ?? 14;
  const fontSize = options.fontSize ?? 12;
  const spans = [...events]
    .map((e) => ({ ...e, a: day(e.from), b: Math.max(day(e.from), day(e.to)) }))
    .sort((x, y) => x.a - y.a || x.b - y.b || x.number - y.number);
  // Runs of events separated by more than `gap` empty days.
  const runs: Array<typeof spans> = [];
  for (const span of spans) {
    const run = runs.at(-1);
    const reach = run ? Math.max(...run.map((s) => s.b)) : -Infinity;
    if (run && span.a - reach <= gap) run.push(span);
    else runs.push([span]);
  }
  const margin = 10;
  const rows: AxisRow[] = [];
  let y = 0;
  for (const run of runs) {
    const first = Math.min(...run.map((s) => s.a)) - 1;
    const last = Math.max(...run.map((s) => s.b)) + 1;
    const days = last - first + 1;
    const dayWidth = (width - 2 * margin) / days;
    const x = (d: number) => Math.round((margin + (d - first + 0.5) * dayWidth) * 10) / 10;
    // Stack events that overlap in time, each on the lowest free lane.
    const lanes: number[] = [];
    const placed = run.map((s) => {
      let lane = lanes.findIndex((end) => end < s.a);
      if (lane === -1) lane = lanes.length;
      lanes[lane] = s.b;
      return { s, lane };
    });
    const laneHeight = 12;
    const title = rowTitle(first + 1, last - 1);
    const top = y + fontSize * 1.6;
    const axisY = top + lanes.length * laneHeight + 6;
    const markers = placed.map(({ s, lane }) => ({
      number: s.number,
      x: x(s.a),
      y: Math.round((axisY - 6 - lane * laneHeight - laneHeight / 2) * 10) / 10,
      width: s.b > s.a ? Math.round((x(s.b) - x(s.a)) * 10) / 10 : 0,
    }));
    rows.push({
      title,
      titleY: Math.round((y + fontSize) * 10) / 10,
      y: axisY,
      start: margin,
      end: width - margin,
      ticks: ticksFor(first, last, x, axisY, fontSize, width),
      markers,
    });
    y = axisY + fontSize * 2.6;
  }
  return { rows, width, height: Math.ceil(y), fontSize };
}

/** Day ticks, with every Monday labelled, or every other Monday (and so on) when labels would collide. */
function ticksFor(
  first: number,
  last: number,
  x: (d: number) => number,
  axisY: number,
  fontSize: number,
  width: number,
): AxisTick[] {
  const label = (d: number) => {
    return dayMonth.format(new Date(d * DAY));
  };
  // A Monday near either end whose label would leave the drawing is not labelled.
  const fits = (d: number) => {
    const w = textWidth(label(d), fontSize);
    return x(d) - w / 2 >= 0 && x(d) + w / 2 <= width;
  };
  const mondays: number[] = [];
  for (let d = first; d <= last; d++) if (new Date(d * DAY).getUTCDay() === 1 && fits(d)) mondays.push(d);
  const widest = Math.max(1, ...mondays.map((d) => textWidth(label(d), fontSize)));
  const week = mondays.length > 1 ? x(mondays[1]!) - x(mondays[0]!) : Infinity;
  const every = Math.max(1, Math.ceil((widest + 8) / week));
  const labelled = new Set(mondays.filter((_, i) => i % every === 0));
  const ticks: AxisTick[] = [];
  for (let d = first; d <= last; d++) {
    const text = labelled.has(d) ? label(d) : null;
    const w = text ? textWidth(text, fontSize) : 0;
    ticks.push({
      x: x(d),
      label: text,
      labelBox: text ? { x: x(d) - w / 2, y: axisY + 6, width: w, height: fontSize * 1.3 } : null,
    });
  }
  return ticks;
}

/** "November 2022", or "June – July 2023", or "December 2022 – January 2023". */
function rowTitle(first: number, last: number): string {
  const a = new Date(first * DAY);
  const b = new Date(last * DAY);
  const month = (d: Date) => monthName.format(d);
  if (a.getUTCFullYear() !== b.getUTCFullYear())
    return `${month(a)} ${a.getUTCFullYear()} – ${month(b)} ${b.getUTCFullYear()}`;
  if (a.getUTCMonth() !== b.getUTCMonth()) return `${month(a)} – ${month(b)} ${b.getUTCFullYear()}`;
  return `${month(a)} ${a.getUTCFullYear()}`;
}
