/** Reads the policy files editors own under content/policy/, turning their errors into content problems. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, type ContentProblem } from '../model/content-error.ts';
import type { SubstitutionTable } from '../model/substitution-table.ts';
import type { AttributionVocabulary } from '../model/vocabulary.ts';
import { parseAttributionVocabulary, parseSubstitutionTable } from './policy-files.ts';

/** Paths of the policy files inside a content folder. */
export const VOCABULARY_FILE = join('policy', 'attribution-vocabulary.yaml');
export const SUBSTITUTIONS_FILE = join('policy', 'spinner-substitutions.yaml');

/** The policy files of a content folder, and the problems found reading them. */
export interface Policy {
  /** The reporting vocabulary the quotation and sourcing analysis reads; required. */
  vocabulary: AttributionVocabulary | undefined;
  /** The spinner substitution table `npm run restore` reads, when the content folder has one. */
  substitutions: SubstitutionTable | undefined;
  problems: ContentProblem[];
}

/** Reads and validates the policy files of `root`. */
export function readPolicy(root: string, projectRoot = join(root, '..')): Policy {
  const problems: ContentProblem[] = [];
  const read = <T>(name: string, parse: (text: string, file: string) => T, required: boolean): T | undefined => {
    const path = join(root, name);
    const file = relative(projectRoot, path);
    if (!existsSync(path)) {
      if (required)
        problems.push({
          file,
          field: '',
          message: 'this file is missing; the quotation and sourcing analysis needs it.',
        });
      return undefined;
    }
    try {
      return parse(readFileSync(path, 'utf8'), file);
    } catch (error) {
      problems.push({ file, field: '', message: (error as Error).message.replace(`${file}: `, '') });
      return undefined;
    }
  };
  return {
    vocabulary: read(VOCABULARY_FILE, parseAttributionVocabulary, true),
    substitutions: read(SUBSTITUTIONS_FILE, parseSubstitutionTable, false),
    problems,
  };
}

/** The attribution vocabulary of a content folder alone; a missing or malformed file is a ContentError. */
export function readAttributionVocabulary(root: string, projectRoot = join(root, '..')): AttributionVocabulary {
  const policy = readPolicy(root, projectRoot);
  const vocabularyProblems = policy.problems.filter((p) => p.file.endsWith(VOCABULARY_FILE));
  if (!policy.vocabulary) throw new ContentError(vocabularyProblems);
  return policy.vocabulary;
}
