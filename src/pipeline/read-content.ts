/**
 * Parse stage for the whole content folder: reads every article, person and organisation file, validates each, and
 * checks the references between them. All problems are gathered and thrown together as one ContentError.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, type ContentProblem } from './content-error.ts';
import { checkReferences, type RawContent } from './check-references.ts';
import { parseArticle, parseOrganisation, parsePerson, type Parsed } from './parse-file.ts';
import { slugFromFileName } from './slug.ts';

/** The folders of the content model, relative to the content root. */
export const CONTENT_FOLDERS = { articles: 'articles', people: 'people', organisations: 'organisations' } as const;

/** Reads, validates and cross-checks everything under `root` (the content folder); throws ContentError on problems. */
export function readContent(root: string, projectRoot = join(root, '..')): RawContent {
  const problems: ContentProblem[] = [];
  const load = <T extends { file: string }>(
    folder: string,
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
      const parsed = parse(file, key, readFileSync(path));
      if (parsed.ok) results.push({ ...parsed.value, key });
      else problems.push(...parsed.problems);
    }
    return results;
  };
  const content: RawContent = {
    articles: load(CONTENT_FOLDERS.articles, /\.md$/, 'Markdown (.md)', parseArticle),
    people: load(CONTENT_FOLDERS.people, /\.ya?ml$/, 'YAML (.yaml)', parsePerson),
    organisations: load(CONTENT_FOLDERS.organisations, /\.ya?ml$/, 'YAML (.yaml)', parseOrganisation),
  };
  problems.push(...checkReferences(content));
  if (problems.length) throw new ContentError(problems);
  return content;
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
