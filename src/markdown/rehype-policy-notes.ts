/**
 * Marks paragraphs that are an outlet's standing note on its sourcing policy (recognised by the phrases in the
 * attribution vocabulary), so pages show them as policy and the analysis does not count them as reporting.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { isSourcingPolicyNote } from '../analysis/sourcing-policy.ts';
import type { AttributionVocabulary } from '../model/vocabulary.ts';

declare module 'vfile' {
  interface DataMap {
    /** Ids of the paragraphs that are sourcing-policy notes, set by rehypePolicyNotes. */
    policyNotes: string[];
  }
}

/** Options for rehypePolicyNotes. */
export interface PolicyNoteOptions {
  vocabulary: AttributionVocabulary;
}

/** Adds the class `policy-note` to each policy paragraph and records their ids. */
export function rehypePolicyNotes(options: PolicyNoteOptions) {
  return (tree: Root, file: VFile) => {
    const texts = new Map((file.data.paragraphs ?? []).map((p) => [p.id, p.text]));
    const notes: string[] = [];
    for (const node of tree.children) {
      if (node.type !== 'element' || typeof node.properties.id !== 'string') continue;
      const text = texts.get(node.properties.id);
      if (text === undefined || !isSourcingPolicyNote(text, options.vocabulary)) continue;
      node.properties.className = ['policy-note'];
      notes.push(node.properties.id);
    }
    file.data.policyNotes = notes;
  };
}
