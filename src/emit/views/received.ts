/**
 * The received-text page model: segments split into the received paragraphs, edits numbered in order. The received
 * text is shown as it came, but a control or bidi character in it is written out as its code point, never raw.
 */
import type { EditKind } from '../../model/edit-kinds.ts';
import type { Segment } from '../../analysis/integrity/received-segments.ts';
import { withForbiddenShown } from '../../model/text-policy.ts';
import type { Evidence, IntegrityReport } from '../../analysis/integrity/analyse.ts';

/** A numbered edit, with the received paragraph it stands in (1-based). */
export interface NumberedEdit {
  number: number;
  paragraph: number;
  received: string;
  reading: string;
  editKind: EditKind;
  why: string;
  source?: string | undefined;
  /** The copy of the original the reading words were read in, and its words; none for the editors' own reading. */
  evidence?: { url: string; label: string; words: string } | undefined;
}

/** A copy of the original as the page links it. */
export interface CopyLink {
  id: string;
  url: string;
  kind: string;
}

const COPY_WORDS: Record<string, string> = {
  outlet: 'the outlet’s own page',
  print: 'a print edition',
  mirror: 'a mirror',
  aggregator: 'a repost',
  quotation: 'a report quoting it',
  translation: 'a translation',
};

/** A piece of a received paragraph: kept text or a numbered edit. */
export type ReceivedPart = { kind: 'same'; text: string } | ({ kind: 'edit' } & NumberedEdit);

/**
 * Splits segments at the received text's line breaks into paragraphs, numbering the edits. Paragraph n (1-based) is
 * `paragraphs[n - 1]`; it may be empty when an edit removed a whole line, and keeps its number so links stay right.
 */
export function receivedParagraphsView(
  segments: readonly Segment[],
  copies: readonly CopyLink[] = [],
): {
  paragraphs: ReceivedPart[][];
  edits: NumberedEdit[];
} {
  const paragraphs: ReceivedPart[][] = [[]];
  const edits: NumberedEdit[] = [];
  const current = () => paragraphs[paragraphs.length - 1]!;
  for (const segment of segments) {
    if (segment.kind === 'same') {
      const lines = segment.text.split(/\n+/);
      lines.forEach((line, i) => {
        if (i > 0) paragraphs.push([]);
        if (line) current().push({ kind: 'same', text: withForbiddenShown(line) });
      });
      continue;
    }
    const edit: NumberedEdit = {
      number: edits.length + 1,
      paragraph: paragraphs.length,
      received: withForbiddenShown(segment.received),
      reading: segment.reading,
      editKind: segment.editKind,
      why: segment.why,
      source: segment.source,
      evidence: evidenceOf(segment.evidence, copies),
    };
    edits.push(edit);
    current().push({ kind: 'edit', ...edit });
  }
  return { paragraphs, edits };
}

function evidenceOf(
  evidence: { copy: string; words: string } | undefined,
  copies: readonly CopyLink[],
): NumberedEdit['evidence'] {
  const copy = evidence && copies.find((c) => c.id === evidence.copy);
  if (!evidence || !copy) return undefined;
  return {
    url: copy.url,
    label: `${COPY_WORDS[copy.kind] ?? 'a copy'} (${new URL(copy.url).hostname})`,
    words: evidence.words,
  };
}

/** What the analyser's verdict means, in a reader's words. */
const VERDICT_SENTENCE: Record<IntegrityReport['verdict'], string> = {
  spun: 'The copy had been run through a rewriting program (a “spinner”) that swaps words for synonyms, a way of disguising copied text.',
  debris:
    'The copy carried leftovers of the web page or the translation it came through: menus, captions, stray lines.',
  untidy: 'The copy mixed straight and curly quotation marks, a sign it was put together from more than one source.',
  clean: 'The copy showed no sign of damage.',
};

/** Each kind of sign, as a reader would name it. */
const SIGN_WORDS: Record<Evidence['kind'], string> = {
  'spinner-form': 'a word such programs put in place of a common one',
  collocation: 'a common phrase with one word swapped',
  caption: 'a photo caption left in the text',
  furniture: 'a piece of the web page (a menu, a button, a sign-up line)',
  'repeated-headline': 'the headline repeated in the text',
  'orphan-word': 'a word left alone on its line',
  'run-together': 'two words run together',
  'mixed-quotes': 'both straight and curly quotation marks',
};

/** The analyser's findings on the received copy, as the received page prints them. */
export interface DamageView {
  /** What the verdict means. */
  summary: string;
  /** How dense the substitutions were, for a spun copy. */
  density: string | undefined;
  /** The strongest signs, each a sentence fragment: “what” (which sign): where. */
  signs: string[];
}

/** Words for the analyser's report: no verdict codes, no jargon. */
export function damageView(report: IntegrityReport, limit = 12): DamageView {
  return {
    summary: VERDICT_SENTENCE[report.verdict],
    density:
      report.verdict === 'spun'
        ? `About ${report.spinnerDensity} words in every 100 are known substitutes, in ${report.words.toLocaleString('en-GB')} words.`
        : undefined,
    signs: report.evidence.slice(0, limit).map((e) => {
      const where = `${e.paragraphs.length === 1 ? 'paragraph' : 'paragraphs'} ${e.paragraphs.join(', ')}`;
      const times = e.count === 1 ? 'once' : e.count === 2 ? 'twice' : `${e.count} times`;
      return `“${e.what}”, ${SIGN_WORDS[e.kind]}: ${times}, in ${where}`;
    }),
  };
}

/**
 * An editors' note as a reader sees it: code marks (`copy-1`) dropped, straight quotation marks made curly, and one
 * full stop at the end, so notes joined into a sentence never read "biography.. Checked".
 */
export function readerNote(note: string): string {
  const plain = note
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(^|[\s(\[])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(\w)'(\w)/g, '$1’$2')
    .trim();
  return /[.!?…][”’)]*$/.test(plain) ? plain.replace(/\.{2,}$/, '.') : `${plain}.`;
}
