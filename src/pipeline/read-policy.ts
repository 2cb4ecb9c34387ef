/** Reads the policy files editors own under content/policy/, turning their errors into content problems. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAttributionVocabulary, type AttributionVocabulary } from '../analysis/vocabulary.ts';
import { ContentError } from './content-error.ts';

/** Path of the attribution vocabulary inside a content folder. */
export const VOCABULARY_FILE = join('policy', 'attribution-vocabulary.yaml');

/** The attribution vocabulary of a content folder; a missing or malformed file is a ContentError. */
export function readAttributionVocabulary(root: string, projectRoot = join(root, '..')): AttributionVocabulary {
  const path = join(root, VOCABULARY_FILE);
  const file = relative(projectRoot, path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ContentError([
      { file, field: '', message: 'this file is missing; the quotation and sourcing analysis needs it.' },
    ]);
  }
  try {
    return parseAttributionVocabulary(text, file);
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(`${file}: `, '') : String(error);
    throw new ContentError([{ file, field: '', message }]);
  }
}
