/**
 * The vocabulary of edit kinds, with the reason each kind gives when an entry has no `why` of its own.
 * Kept as data so that the ledger schema, the received page and the editors' README agree on one list.
 */

/** Each kind of edit the ledger records, with the sentence that explains it to a reader. */
export const editKinds = {
  spinner:
    'A word-substitution “spinner” had replaced the original word with a false synonym; the original is restored.',
  debris: 'Left over from scraping or translation (a caption, a stray word, page furniture), not part of the article.',
  punctuation: 'Punctuation normalised to the house style, one quotation style throughout.',
  structure: 'Moved out of the body: the headline, byline, date and credits are printed above the article instead.',
  correction: 'A factual error in the received text, corrected from the source named.',
} as const;

/** The name of one edit kind. */
export type EditKind = keyof typeof editKinds;

/** The edit kinds as a tuple, in the order editors read them. */
export const editKindNames = Object.keys(editKinds) as [EditKind, ...EditKind[]];
