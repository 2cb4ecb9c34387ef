/**
 * Turns the sentences of an article that carry a relative date into timeline events. A sentence whose dates cannot be
 * resolved still becomes an event, with `date: null`, so the timeline can list it as undated instead of guessing.
 */
import { findQuoteSpans } from './quote-spans.ts';
import { findRelativeDates } from './relative-dates.ts';
import { splitSentences } from './sentences.ts';
import type { DateSpan } from './types.ts';

/** One dated (or undatable) event reported by an article. */
export interface TimelineEvent {
  /** The days the event happened on, or null when the text does not fix them. */
  date: DateSpan | null;
  /** The date expression the date came from, as printed ("on Wednesday"). */
  expression: string;
  /** Why the date resolved as it did, or why it could not be resolved. */
  reason: string;
  /** The sentence reporting the event, whitespace collapsed: the one-line description. */
  description: string;
  /** Index of the paragraph the sentence sits in. */
  paragraph: number;
}

/** Lists one event per relative date expression, with its sentence; `skip(i)` leaves paragraph i out. */
export function extractTimelineEvents(
  paragraphs: readonly string[],
  articleDate: string,
  skip: (paragraph: number) => boolean = () => false,
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  paragraphs.forEach((text, paragraph) => {
    if (skip(paragraph)) return;
    // Quotations are masked so a quoted "Now." does not cut the reporting sentence around it in two.
    for (const sentence of splitSentences(text, findQuoteSpans(text))) {
      // One event per date expression: "said on Monday that the vote would come next month" reports two.
      for (const found of findRelativeDates(sentence.text, articleDate))
        events.push({
          date: found.resolved,
          expression: found.text,
          reason: found.reason,
          description: sentence.text.replace(/\s+/g, ' '),
          paragraph,
        });
    }
  });
  return events;
}
