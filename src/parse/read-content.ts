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
import type { ParseMemo } from './parse-memo.ts';
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

/** How much of the content folder a reading keeps in memory. */
export interface ReadOptions {
  /**
   * Whether an article's body, ledger and received text are kept: one shard of a sharded build renders a slice of
   * the articles and needs every article's frontmatter but only its own slice's texts (model/shard.ts). The body of
   * an article left out is read and parsed again from its file when asked for (`onBodyRead` is told), and its
   * ledger is not read. Every article by default.
   */
  keepsBody?: (slug: string) => boolean;
  /** Called with the slug of an article left out whose body is read again. */
  onBodyRead?: (slug: string) => void;
  /** What the parser made of each file before (parse-memo.ts): a file whose bytes are the same is not parsed again. */
  memo?: ParseMemo | undefined;
}

/** Reads, validates and cross-checks everything under `root` (the content folder); throws ContentError on problems. */
export function readContent(root: string, projectRoot = join(root, '..'), options: ReadOptions = {}): SiteContent {
  const { keepsBody = () => true, onBodyRead } = options;
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
      const bytes = readFileSync(path);
      const parsed = options.memo ? options.memo.parse(kind, file, key, bytes, parse) : parse(file, key, bytes);
      if (parsed.ok) {
        const value = { ...parsed.value, key };
        if (kind === 'article' && !keepsBody(key))
          leaveBody(value as { body?: unknown }, path, () => onBodyRead?.(key));
        results.push(value);
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
  options.memo?.save();
  problems.push(...checkReferences(entries, invalid));
  const { ledgers, problems: ledgerProblems } = readLedgers(root, projectRoot, ids.article, keepsBody);
  problems.push(...ledgerProblems);
  const policy = readPolicy(root, projectRoot);
  problems.push(...policy.problems);
  // Each file's problems together, files in path order: the reference check runs after all files are read.
  const order = (p: ContentProblem) => p.file;
  problems.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  if (problems.length || !policy.vocabulary) throw new ContentError(problems);
  return { ...entries, ledgers, vocabulary: policy.vocabulary, substitutions: policy.substitutions, warnings };
}

/**
 * Drops a parsed article's body from memory: the property reads the file again, with the same parser, whenever it
 * is asked for, so the one content channel stays the only way a body reaches a page.
 */
function leaveBody(article: { body?: unknown }, path: string, told: () => void): void {
  const file = (article as { file: string }).file;
  const slug = (article as { slug: string }).slug;
  Object.defineProperty(article, 'body', {
    enumerable: true,
    get() {
      told();
      const parsed = parseArticle(file, slug, readFileSync(path));
      if (!parsed.ok) throw new ContentError(parsed.problems);
      return parsed.value.body;
    },
  });
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
