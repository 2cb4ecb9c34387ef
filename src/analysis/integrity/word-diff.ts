/**
 * Word-level difference between two texts given as paragraphs. Spaces and punctuation are tokens too, so a changed
 * quotation mark or a lost space shows; paragraph breaks are tokens, so a merged or split paragraph shows.
 */
import { diffArrays } from 'diff';
import { paragraphBreak, tokens } from './text.ts';

/** One run of differing tokens. */
export interface Hunk {
  /** 0-based index of the paragraph on the "before" side where the run starts. */
  paragraph: number;
  /** The "before" text of the run ('' when the "after" side only adds). */
  before: string;
  /** The "after" text of the run ('' when the "after" side only removes). */
  after: string;
  /** A few tokens of shared text just before the run. */
  context: string;
}

/** Lists every run where the "after" paragraphs differ from the "before" paragraphs. */
export function wordDiff(before: readonly string[], after: readonly string[]): Hunk[] {
  const changes = diffArrays(tokenise(before), tokenise(after));
  const hunks: Hunk[] = [];
  let paragraph = 0;
  let shared: string[] = [];
  let open: Hunk | undefined;
  for (const change of changes) {
    if (!change.added && !change.removed) {
      open = undefined;
      for (const token of change.value) if (token === paragraphBreak) paragraph++;
      shared = change.value.slice(-8);
      continue;
    }
    if (!open) {
      open = { paragraph, before: '', after: '', context: shared.join('').replaceAll(paragraphBreak, ' ¶ ').trim() };
      hunks.push(open);
    }
    const text = change.value.join('');
    if (change.removed) {
      open.before += text;
      for (const token of change.value) if (token === paragraphBreak) paragraph++;
    } else open.after += text;
  }
  return hunks;
}

function tokenise(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap((text, i) => (i === 0 ? tokens(text) : [paragraphBreak, ...tokens(text)]));
}
