/**
 * Nouns for people that the vocabulary does not list ("accountant", "plumber", "retiree"): the words compromise's
 * English lexicon tags as an Actor, taken once from the library rather than written out here. The vocabulary's own
 * lists come first; these only fill the gaps, so "the accountant told me" is a described person, not nothing.
 */
import nlp from 'compromise';

/** Pronoun-like words the lexicon also tags, which never describe a source. */
const NOT_A_SOURCE = new Set([
  'anybody',
  'somebody',
  'everybody',
  'nobody',
  'beings',
  'character',
  'apparition',
  'bros',
]);

let cached: readonly string[] | null = null;

/** The singular person nouns of compromise's lexicon, lower case. */
export function libraryPersonNouns(): readonly string[] {
  cached ??= Object.entries((nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon)
    .filter(
      ([word, tags]) => (Array.isArray(tags) ? tags : [tags]).includes('Actor') && /^\p{Ll}[\p{Ll}-]*$/u.test(word),
    )
    .map(([word]) => word)
    .filter((word) => !NOT_A_SOURCE.has(word) && !/s$/.test(word));
  return cached;
}
