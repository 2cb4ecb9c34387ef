/**
 * How the articles naming an entity are split into numbered pages. Pages are counted from the oldest article, so
 * that page k holds the same articles once it is full: a new article lands on the last page (the only one that may
 * be partly filled) and on the entity's own page, which shows the newest; no other page moves. When the last page is
 * full, the new article opens a page after it, and the full page's link to the newer one changes with it.
 *
 * Positions are those of the entity's list of appearances, newest first (corpus.appearances).
 */

/** Articles on one page: the entity's own page (the newest) and each numbered page. */
export const APPEARANCES_PER_PAGE = 20;

/** A run of positions in the newest-first list: `from` included, `to` not. */
export interface PositionRange {
  from: number;
  to: number;
}

/** How many numbered pages `total` articles take: none while the entity's own page shows them all. */
export function numberedPageCount(total: number, size = APPEARANCES_PER_PAGE): number {
  return total <= size ? 0 : Math.ceil(total / size);
}

/** The positions numbered page `n` (1 = the oldest articles) holds. */
export function numberedPageRange(total: number, n: number, size = APPEARANCES_PER_PAGE): PositionRange {
  return { from: Math.max(0, total - n * size), to: Math.max(0, total - (n - 1) * size) };
}

/** The numbered page that holds the article at `position`. */
export function numberedPageOf(total: number, position: number, size = APPEARANCES_PER_PAGE): number {
  return Math.floor((total - 1 - position) / size) + 1;
}

/** The positions the entity's own page shows: the newest. */
export function newestRange(total: number, size = APPEARANCES_PER_PAGE): PositionRange {
  return { from: 0, to: Math.min(total, size) };
}
