/**
 * Shapes shared by the analysis stages. The analysis never reads the registry itself: callers pass a mention finder
 * built from the people and organisations collections, so every module here stays pure and testable with a fixed list.
 */
import type { Mention } from '../model/entity.ts';

/** Finds the registry entities named in one paragraph of plain text. */
export type MentionFinder = (text: string) => readonly Mention[];

/** An inclusive span of calendar days, each written YYYY-MM-DD. */
export interface DateSpan {
  /** The first day of the span. */
  from: string;
  /** The last day of the span (equal to `from` for a single day). */
  to: string;
}
