/**
 * Parse stage for the whole content folder: reads every file under it once (articles, people, organisations,
 * ledgers with their received texts, policy files), validates each, and checks the references between them. All
 * problems are gathered and thrown together as one ContentError. Everything downstream reads this one result.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, type ContentProblem } from '../model/content-error.ts';
import { checkReferences, type FileKind, type RawContent, type ReferringFile } from './check-references.ts';
import { readLedgers, type ParsedLedger } from './read-ledgers.ts';
import { readPolicy } from './read-policy.ts';
import type { SubstitutionTable } from '../model/substitution-table.ts';
import type { AttributionVocabulary } from '../model/vocabulary.ts';
import { parseArticle, parseOrganisation, parsePerson, type Parsed } from './parse-file.ts';
import { slugFromFileName } from './slug.ts';

/** The folders of the content model, relative to the content root. */
export const CONTENT_FOLDERS = { articles: 'articles', people: 'people', organisations: 'organisations' } as const;

/** The whole content folder, parsed and validated. */
export interface SiteContent extends RawContent {
  /** Each article's ledger and received text, by slug. */
  ledgers: Map<string, ParsedLedger>;
  /** The reporting vocabulary (policy/attribution-vocabulary.yaml). */
  vocabulary: AttributionVocabulary;
  /** The spinner substitution table (policy/spinner-substitutions.yaml), when there is one. */
  substitutions: SubstitutionTable | undefined;
  /** What was made harmless while reading (control characters removed from a body), for the build to print. */
  warnings: ContentProblem[];
}

/** Reads, validates and cross-checks everything under `root` (the content folder); throws ContentError on problems. */
export function readContent(root: string, projectRoot = join(root, '..')): SiteContent {
  const problems: ContentProblem[] = [];
  const invalid: ReferringFile[] = [];
  const warnings: ContentProblem[] = [];
  // Every id a file gives, valid or not: a ledger of an article that fails validation still has its article.
  const ids: Record<FileKind, Set<string>> = { article: new Set(), person: new Set(), organisation: new Set() };
  const load = <T extends { file: string }>(
    folder: string,
    kind: FileKind,
    extensions: RegExp,
    label: string,
    parse: (file: string, id: string, bytes: Uint8Array) => Parsed<T>,
  ): Array<T & { key: string }> => {
    const results: Array<T & { key: string }> = [];
    const seen = new Map<string, string>();
    for (const name of listFiles(join(root, folder))) {
      const path = join(root, folder, name);
      const file = relative(projectRoot, path);
      if (!extensions.test(name)) {
        problems.push({ file, field: '', message: `this folder holds only ${label} files; move or rename it.` });
        continue;
      }
      const key = slugFromFileName(name.replace(extensions, ''));
      const clash = seen.get(key);
      if (clash) {
        problems.push({ file, field: '', message: `gives the same id "${key}" as ${clash}; rename one of them.` });
        continue;
      }
      seen.set(key, file);
      ids[kind].add(key);
      const parsed = parse(file, key, readFileSync(path));
      if (parsed.ok) {
        results.push({ ...parsed.value, key });
        warnings.push(...(parsed.warnings ?? []));
      } else {
        problems.push(...parsed.problems);
        if (parsed.raw !== undefined) invalid.push({ file, kind, data: parsed.raw });
      }
    }
    return results;
  };
  const entries: RawContent = {
    articles: load(CONTENT_FOLDERS.articles, 'article', /\.md$/, 'Markdown (.md)', parseArticle),
    people: load(CONTENT_FOLDERS.people, 'person', /\.ya?ml$/, 'YAML (.yaml)', parsePerson),
    organisations: load(CONTENT_FOLDERS.organisations, 'organisation', /\.ya?ml$/, 'YAML (.yaml)', parseOrganisation),
  };
  problems.push(...checkReferences(entries, invalid));
  const { ledgers, problems: ledgerProblems } = readLedgers(root, projectRoot, ids.article);
  problems.push(...ledgerProblems);
  const policy = readPolicy(root, projectRoot);
  problems.push(...policy.problems);
  // Each file's problems together, files in path order: the reference check runs after all files are read.
  const order = (p: ContentProblem) => p.file;
  problems.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  if (problems.length || !policy.vocabulary) throw new ContentError(problems);
  return { ...entries, ledgers, vocabulary: policy.vocabulary, substitutions: policy.substitutions, warnings };
}

/** File names in a folder, sorted by code point so every machine reads them in the same order. */
function listFiles(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name);
  } catch {
    return [];
  }
  return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
