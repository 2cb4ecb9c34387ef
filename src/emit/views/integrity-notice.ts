/**
 * The one sentence an article page gives a reader about a damaged copy: what was wrong with the text we received,
 * that the editors repaired it, and how the reader can tell a checked word from a guess. The details (every edit, the
 * copies, the analyser's findings) are on the received page it links to.
 */
import type { ArticleIntegrity } from '../../derive/integrity.ts';
import { editTotal } from '../../derive/integrity.ts';
import type { Verdict } from '../../analysis/integrity/analyse.ts';

/** What was wrong with the copy, in a reader's words; nothing for a copy that showed no damage. */
const DAMAGE: Record<Verdict, string | undefined> = {
  spun: 'had many words swapped for synonyms by a rewriting program',
  debris: 'carried leftovers of the web page it was copied from',
  untidy: 'mixed two styles of quotation marks',
  clean: undefined,
};

/** The sentence in three parts, so the page can underline `dotted` the way it underlines a guess. */
export interface IntegritySentence {
  before: string;
  dotted: string;
  after: string;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The sentence for an article, or null when the editors changed nothing. */
export function integritySentence(integrity: ArticleIntegrity): IntegritySentence | null {
  const total = editTotal(integrity);
  if (total === 0) return null;
  const damage = integrity.received ? DAMAGE[integrity.received.verdict] : undefined;
  const opening = damage
    ? `The copy of this article we received ${damage}; the editors repaired it`
    : 'The editors tidied the copy of this article we received';
  const checked = integrity.checks?.evidenced ?? 0;
  const guesses = integrity.checks?.conjectures ?? 0;
  const changes = `${count(total, 'change', 'changes')}${checked > 0 ? `, ${checked.toLocaleString('en-GB')} of the restored words checked against other copies of the original` : ''}`;
  const quotes = integrity.uncheckedQuotes;
  const daggers =
    quotes > 0
      ? `${count(quotes, 'quotation', 'quotations')} no copy could confirm ${quotes === 1 ? 'is' : 'are'} marked †`
      : '';
  if (guesses === 0)
    return { before: `${opening} (${changes})${daggers ? `, and ${daggers}` : ''}.`, dotted: '', after: '' };
  return {
    before: `${opening} (${changes}); the ${count(guesses, 'word', 'words')} that ${guesses === 1 ? 'is' : 'are'} the editors’ best guess ${guesses === 1 ? 'is' : 'are'} `,
    dotted: 'underlined with dots',
    after: daggers ? `, and ${daggers}.` : '.',
  };
}
