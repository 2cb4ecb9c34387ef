/**
 * The received-text page model: segments split into the received paragraphs, edits numbered in order. The received
 * text is shown as it came, but a control or bidi character in it is written out as its code point, never raw.
 */
import type { EditKind } from '../../model/edit-kinds.ts';
import type { Segment } from '../../analysis/integrity/received-segments.ts';
import { withForbiddenShown } from '../../model/text-policy.ts';

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
