/**
 * restore: proposes a reading edition and its edit ledger for a received text, for an editor to review.
 *
 *   npm run restore -- <received file>              print the proposal
 *   npm run restore -- <received file> --out <dir>  write <slug>.md, <slug>.yaml and <slug>.undecided.txt there
 *   add --force to apply the substitution table to a text the analyser does not call spun
 *   add --copy <file> (repeatable) for each independent copy of the original: where a copy lines up with the
 *   received text it decides the word, and the entry carries the copy's words as evidence (the copy's id is its
 *   file name without extension; list it under the article's provenance.copies)
 *
 * It never writes into content/: the editor copies what survives review into the article body and its ledger,
 * and the ledger test then holds the result.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../analysis/integrity/analyse.ts';
import { formatLedger } from './ledger-yaml.ts';
import { restore, type Undecided } from '../analysis/integrity/restore.ts';
import { contentRoot } from '../parse/content-root.ts';
import { readContent } from '../parse/read-content.ts';
import { slugFromFileName } from '../parse/slug.ts';
import { parseSubstitutionTable } from '../parse/policy-files.ts';
import { SUBSTITUTIONS_FILE } from '../parse/read-policy.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tableFile = join(relative(root, contentRoot()), SUBSTITUTIONS_FILE);

function main(args: string[]): number {
  const outIndex = args.indexOf('--out');
  const out = outIndex === -1 ? undefined : args[outIndex + 1];
  const valued = new Set(['--out', '--copy']);
  const file = args.find((arg, i) => !arg.startsWith('--') && !valued.has(args[i - 1] ?? ''));
  const copies = args.flatMap((arg, i) =>
    arg === '--copy' && args[i + 1]
      ? [
          {
            id: slugFromFileName(basename(args[i + 1]!).replace(/\.[^.]+$/, '')),
            text: readFileSync(args[i + 1]!, 'utf8'),
          },
        ]
      : [],
  );
  if (!file || (outIndex !== -1 && !out)) {
    console.error('usage: npm run restore -- <received file> [--out <dir>] [--force] [--copy <file>]…');
    return 2;
  }
  const received = readFileSync(file, 'utf8');
  const report = analyse(received);
  console.error(
    `analyser: ${report.verdict} (spinner density ${report.spinnerDensity} per 100 words, ` +
      `${report.collocations.reduce((sum, e) => sum + e.count, 0)} impossible collocations)`,
  );
  if (report.verdict !== 'spun' && !args.includes('--force')) {
    console.error(
      'The text does not look spun, so the table is not applied: its spun forms are real words in clean prose.',
    );
    for (const e of report.evidence) console.error(`  ${e.kind}: ${e.what} (paragraphs ${e.paragraphs.join(', ')})`);
    return 0;
  }
  const table = parseSubstitutionTable(readFileSync(join(root, tableFile), 'utf8'), tableFile);
  const proposal = restore(received, table, { protectedNames: registeredNames(), copies });
  const evidenced = proposal.edits.filter((e) => e.evidence).length;
  if (copies.length > 0)
    console.error(`${evidenced} of ${proposal.edits.length} edits settled by the ${copies.length} copies given.`);
  const slug = basename(file).replace(/\.[^.]+$/, '');
  const undecided = proposal.undecided.map(describe);
  const ledger = formatLedger(
    { received: `received/${basename(file)}`, article: `articles/${slug}.md`, edits: proposal.edits },
    [
      `Proposed by npm run restore: ${proposal.edits.length} spinner edits, ${undecided.length} spots undecided.`,
      'Review every entry; add structure, debris, punctuation and correction entries by hand; decide these spots:',
      ...undecided,
    ],
  );
  if (!out) {
    process.stdout.write(`${ledger}\n# ---- proposed reading edition ----\n\n${proposal.reading}\n`);
    return 0;
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, `${slug}.md`), `${proposal.reading}\n`);
  writeFileSync(join(out, `${slug}.yaml`), ledger);
  writeFileSync(join(out, `${slug}.undecided.txt`), `${undecided.join('\n')}\n`);
  console.error(`wrote ${slug}.md, ${slug}.yaml and ${slug}.undecided.txt in ${out}`);
  return 0;
}

/** Every registered name and alias, which restore leaves alone; none when the content cannot be read. */
function registeredNames(): string[] {
  try {
    const content = readContent(contentRoot());
    return [...content.people, ...content.organisations].flatMap((e) => [e.data.name, ...e.data.aliases]);
  } catch (error) {
    console.error(`The registry could not be read, so names are not protected: ${(error as Error).message}`);
    return [];
  }
}

function describe(spot: Undecided): string {
  const options = spot.candidates.join(' | ') || 'no candidates in the table';
  return `paragraph ${spot.paragraph}: “${spot.received}” in “${spot.context}”: ${options}`;
}

process.exitCode = main(process.argv.slice(2));
