/**
 * Recognises an outlet's standing note on its sourcing policy printed inside an article (the Times' "What we consider
 * before using anonymous sources"), by the phrases listed in the vocabulary file, so it is shown as policy and never
 * counted as reporting. No article is named here: a new outlet's note needs only new phrases in the YAML.
 */
import type { AttributionVocabulary } from '../model/vocabulary.ts';

/** How a paragraph is treated by the sourcing analysis. */
export type ParagraphRole = 'text' | 'policy';

/** True when the paragraph holds at least `policyNoteMinimum` of the vocabulary's policy-note phrases. */
export function isSourcingPolicyNote(paragraph: string, vocabulary: AttributionVocabulary): boolean {
  const text = normalise(paragraph);
  const hits = phrasesOf(vocabulary).filter((phrase) => text.includes(phrase)).length;
  return hits >= vocabulary.policyNoteMinimum;
}

/** The vocabulary's policy-note phrases, normalised once per vocabulary rather than once per paragraph. */
const normalisedPhrases = new WeakMap<AttributionVocabulary, string[]>();
function phrasesOf(vocabulary: AttributionVocabulary): string[] {
  let phrases = normalisedPhrases.get(vocabulary);
  if (!phrases) normalisedPhrases.set(vocabulary, (phrases = vocabulary.policyNotePhrases.map(normalise)));
  return phrases;
}

/** The role of each paragraph, by index: 'policy' for a sourcing-policy note, 'text' otherwise. */
export function paragraphRoles(paragraphs: readonly string[], vocabulary: AttributionVocabulary): ParagraphRole[] {
  return paragraphs.map((p) => (isSourcingPolicyNote(p, vocabulary) ? 'policy' : 'text'));
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}
