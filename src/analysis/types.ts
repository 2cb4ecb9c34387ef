/**
 * Shapes shared by the analysis stages. The analysis never reads the registry itself: callers pass a mention finder
 * built from the people and organisations collections, so every module here stays pure and testable with a fixed list.
 */

/** One place in a text where a registry entity is named. */
export interface Mention {
  /** The entity's registry id. */
  id: string;
  /** Which registry the id belongs to. */
  type: 'person' | 'organisation';
  /** Offset of the first character of the name in the text. */
  start: number;
  /** Offset just past the last character of the name. */
  end: number;
}

/** Finds the registry entities named in one paragraph of plain text. */
export type MentionFinder = (text: string) => readonly Mention[];

/** An inclusive span of calendar days, each written YYYY-MM-DD. */
export interface DateSpan {
  /** The first day of the span. */
  from: string;
  /** The last day of the span (equal to `from` for a single day). */
  to: string;
}
