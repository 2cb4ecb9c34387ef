/**
 * Finds where words were said: "told reporters on Thursday", "in an interview on KLBY Radio", "on KLBY's Kelby Today",
 * "wrote on the Harbour Review website". Titles keep their words but lose their quotation marks.
 */
import { alternation, type AttributionVocabulary } from '../model/vocabulary.ts';

const weekday = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const when = `(?:\\s+(?:on\\s+)?${weekday}|\\s+(?:this|last)\\s+(?:week|weekend|month))?`;
const properName = `[A-Z][\\w’'.&-]*(?:\\s+(?:of\\s+)?[A-Z][\\w’'.&-]*)*`;
const mark = '[“”«»"]';

/** Patterns compiled from the vocabulary's venue nouns. */
export interface VenuePatterns {
  /** The venue right after a verb: "told reporters on Thursday", " in a speech in New York". */
  afterVerb: (verb: string, rest: string) => string | null;
  /** A venue anywhere in a sentence: "in an interview on KLBY Radio", "on KLBY's « Kelby Today »". */
  anywhere: (sentence: string) => string | null;
}

/** Compiles venue patterns from the vocabulary. */
export function venuePatterns(vocabulary: AttributionVocabulary): VenuePatterns {
  const nouns = alternation(vocabulary.venueNouns);
  const told = new RegExp(`^\\s*((?:reporters|journalists|(?:the\\s+)?${properName})${when})`);
  const wrote = new RegExp(`^\\s*((?:on|in)\\s+[^,.;:]+)`);
  const prepositional = new RegExp(
    `^\\s*((?:in|on|at|during)\\s+[^,.;:]+?)(?=\\s+(?:when|whether|that|as|because|while|after|before)\\b|[,.;:]|$)`,
  );
  const occasion = new RegExp(
    `\\b(?:in|during)\\s+(?:an?|his|her|their|its|the)\\s+(?:[a-z-]+\\s+){0,2}?(?:${nouns})\\b` +
      `(?:\\s+(?:on|with|at|to|in|before)\\s+(?:the\\s+)?${properName})*${when}`,
  );
  const show = new RegExp(`\\bon\\s+${properName}[’']s\\s+${mark}?\\s*${properName}\\s*${mark}?`);
  return {
    afterVerb(verb, rest) {
      const lower = verb.toLowerCase();
      if (lower === 'told' || lower === 'tells') return prefixed(verb, told.exec(rest)?.[1]);
      if (lower === 'wrote' || lower === 'writes') return prefixed(verb, wrote.exec(rest)?.[1]);
      const found = prepositional.exec(rest)?.[1];
      // "said on Tuesday" gives a time, not a place or occasion.
      if (!found || new RegExp(`^(?:on\\s+)?${weekday}$|^(?:this|last)\\s+\\w+$`).test(found)) return null;
      return clean(found);
    },
    anywhere(sentence) {
      const found = occasion.exec(sentence)?.[0] ?? show.exec(sentence)?.[0];
      return found ? clean(found) : null;
    },
  };
}

function prefixed(verb: string, found: string | undefined): string | null {
  return found ? clean(`${verb} ${found}`) : null;
}

function clean(venue: string): string {
  return venue
    .replace(/[“”«»"]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]$/, '');
}
