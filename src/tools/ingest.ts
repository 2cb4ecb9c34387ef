/**
 * ingest: drafts an article from a received text, for an editor to review.
 *
 *   npm run ingest -- <received file> [--slug <slug>] [--date YYYY-MM-DD] [--dry-run]
 *
 * Writes, under the content folder (CONTENT_DIR or content/), and never over an existing file:
 *   received/<slug>.txt          the text exactly as received
 *   articles/<slug>.md           the frontmatter filled from the text, and the reading edition
 *   ledgers/<slug>.yaml          every difference between the two
 *   people/<id>.yaml, organisations/<id>.yaml   for the names the registry lacks
 * and ends with the list of what it is unsure of. --dry-run prints the files instead.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { stringify } from 'yaml';
import { draftArticle, type Draft, type NewEntity, type RegistryEntry } from './ingest/draft.ts';
import { formatLedger } from './ledger-yaml.ts';
import { aliasEntries } from '../derive/corpus.ts';
import { contentRoot } from '../parse/content-root.ts';
import { readContent, type SiteContent } from '../parse/read-content.ts';
import { ContentError } from '../model/content-error.ts';

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

function main(args: string[]): number {
  const valued = new Set(['--slug', '--date']);
  const file = args.find((arg, i) => !arg.startsWith('--') && !valued.has(args[i - 1] ?? ''));
  if (!file) {
    console.error('usage: npm run ingest -- <received file> [--slug <slug>] [--date YYYY-MM-DD] [--dry-run]');
    return 2;
  }
  const root = contentRoot();
  let content: SiteContent;
  try {
    content = readContent(root);
  } catch (error) {
    console.error(error instanceof ContentError ? error.message : String(error));
    console.error('Fix the content first: ingest reads the registry to recognise names.');
    return 1;
  }
  // The registry as the alias index sees it, with each organisation's kind, so that outlets are known.
  const kinds = new Map(content.organisations.map((o) => [o.id, o.data.kind]));
  const registry: RegistryEntry[] = aliasEntries(content).map((e) =>
    e.type === 'organisation' && kinds.has(e.id) ? { ...e, kind: kinds.get(e.id)! } : e,
  );
  const slug = option(args, '--slug');
  const draft = draftArticle({
    received: readFileSync(file, 'utf8'),
    fileName: basename(file),
    registry,
    vocabulary: content.vocabulary,
    substitutions: content.substitutions,
    today: option(args, '--date') ?? new Date().toISOString().slice(0, 10),
    ...(slug !== undefined && { slug }),
  });
  const files = filesOf(draft, readFileSync(file, 'utf8'));
  const clashes = [...files.keys()].filter((path) => existsSync(join(root, path)));
  if (clashes.length > 0) {
    console.error(`Nothing written: these files exist already, and ingest never overwrites a file:`);
    for (const path of clashes) console.error(`  ${relative(process.cwd(), join(root, path))}`);
    console.error('Choose another slug with --slug, or remove the old draft first.');
    return 1;
  }
  if (args.includes('--dry-run')) {
    for (const [path, text] of files) process.stdout.write(`==> ${path} <==\n${text}\n`);
  } else {
    for (const [path, text] of files) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text, { flag: 'wx' });
      console.log(`wrote ${relative(process.cwd(), join(root, path))}`);
    }
  }
  console.log(
    `\nThe analyser calls the text ${draft.integrity.verdict} (confidence ${draft.integrity.confidence}); ` +
      `${draft.edits.length} ledger entries; ${draft.newEntities.length} new registry files.`,
  );
  if (draft.unsure.length > 0) {
    console.log(`\nUnsure (${draft.unsure.length}); review these before you build:`);
    for (const line of draft.unsure) console.log(`  - ${line}`);
  }
  console.log('\nThen run npm run build: it checks the draft like any other article.');
  return 0;
}

/** The files of a draft, by path under the content folder. */
function filesOf(draft: Draft, received: string): Map<string, string> {
  const files = new Map<string, string>();
  files.set(`received/${draft.slug}.txt`, received);
  files.set(
    `articles/${draft.slug}.md`,
    `---\n${stringify(draft.frontmatter, { lineWidth: 0 })}---\n\n${draft.body}\n`,
  );
  files.set(
    `ledgers/${draft.slug}.yaml`,
    formatLedger({ received: `received/${draft.slug}.txt`, article: `articles/${draft.slug}.md`, edits: draft.edits }, [
      'Edit ledger drafted by npm run ingest; the format is described in content/policy/README.md.',
      'Review every entry against the received text before you build.',
    ]),
  );
  for (const entity of draft.newEntities) files.set(entityPath(entity), entityYaml(entity));
  return files;
}

function entityPath(entity: NewEntity): string {
  return `${entity.type === 'person' ? 'people' : 'organisations'}/${entity.id}.yaml`;
}

function entityYaml(entity: NewEntity): string {
  const data =
    entity.type === 'person'
      ? { name: entity.name, aliases: entity.aliases, description: entity.description }
      : { name: entity.name, aliases: entity.aliases, kind: entity.kind, description: entity.description };
  return `# Drafted by npm run ingest (${entity.why}); check every field.\n${stringify(data, { lineWidth: 0 })}`;
}

process.exitCode = main(process.argv.slice(2));
