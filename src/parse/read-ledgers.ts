/**
 * Reads each article's edit ledger (ledgers/<slug>.yaml in the content folder) and the received text it names.
 * A ledger for no article, a ledger that names another article, or a received file that is missing are problems
 * for the editor; whether the ledger explains the reading edition word for word is checked by derive/integrity.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentProblem } from '../model/content-error.ts';
import type { Ledger } from '../model/ledger.ts';
import { suggest } from '../model/nearest.ts';
import { parseLedger } from './policy-files.ts';
import { decodeText } from './parse-file.ts';

/** The folders of the integrity files, inside the content folder. */
export const LEDGER_FOLDER = 'ledgers';
export const RECEIVED_FOLDER = 'received';

/** One article's ledger with the received text it names. */
export interface ParsedLedger {
  /** The article's slug, the ledger's file name. */
  slug: string;
  /** Path of the ledger, from the project root (content/ledgers/<slug>.yaml), for messages. */
  file: string;
  /** The validated ledger. */
  ledger: Ledger;
  /** The received text, verbatim but for a BOM and CR line ends. */
  received: string;
}

/**
 * The ledgers of the articles in `slugs`, by slug, and the problems found reading them; the ledgers of articles
 * `keeps` says no to are left unread (parse/read-content.ts, one shard of a sharded build).
 */
export function readLedgers(
  root: string,
  projectRoot: string,
  slugs: ReadonlySet<string>,
  keeps: (slug: string) => boolean = () => true,
): { ledgers: Map<string, ParsedLedger>; problems: ContentProblem[] } {
  const ledgers = new Map<string, ParsedLedger>();
  const problems: ContentProblem[] = [];
  const folder = join(root, LEDGER_FOLDER);
  const names = existsSync(folder)
    ? readdirSync(folder)
        .filter((n) => !n.startsWith('.'))
        .sort()
    : [];
  for (const name of names) {
    const file = relative(projectRoot, join(folder, name));
    const slug = name.replace(/\.ya?ml$/, '');
    if (slug === name) {
      problems.push({ file, field: '', message: 'this folder holds only ledgers (.yaml); move or rename it.' });
      continue;
    }
    if (!slugs.has(slug)) {
      problems.push({
        file,
        field: '',
        message: `there is no article "${slug}" for this ledger.${suggest(slug, slugs)} Rename the ledger after its article (articles/<slug>.md).`,
      });
      continue;
    }
    if (!keeps(slug)) continue;
    let ledger: Ledger;
    try {
      ledger = parseLedger(readFileSync(join(folder, name), 'utf8'), file);
    } catch (error) {
      problems.push({ file, field: '', message: (error as Error).message.replace(`${file}: `, '') });
      continue;
    }
    if (ledger.article !== `articles/${slug}.md`) {
      problems.push({
        file,
        field: 'article',
        message: `a ledger explains the article of its own name: write "articles/${slug}.md", found "${ledger.article}".`,
      });
      continue;
    }
    const receivedPath = join(root, ledger.received);
    let bytes: Buffer;
    try {
      bytes = readFileSync(receivedPath);
    } catch {
      problems.push({
        file,
        field: 'received',
        message: `names ${relative(projectRoot, receivedPath)}, which does not exist. Save the text as received there, or correct the name.`,
      });
      continue;
    }
    const text = decodeText(relative(projectRoot, receivedPath), bytes);
    if (!text.ok) {
      problems.push(...text.problems);
      continue;
    }
    ledgers.set(slug, { slug, file, ledger, received: text.value });
  }
  return { ledgers, problems };
}
