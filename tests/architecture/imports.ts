/**
 * Reads the imports of the site's source files and checks them against the stage order: a module may import its own
 * stage and earlier ones, never a later one (src/README.md explains the stages).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';

/**
 * The stages in the order the build runs them; each top-level folder of src/ belongs to one. Astro's own folders
 * (components, layouts, pages, styles, and content.config.ts at the top) lay out what emit/ computed, and the
 * build stage runs Astro, so they sit between the two.
 */
export const STAGES: readonly (readonly string[])[] = [
  ['model'],
  ['parse'],
  ['analysis'],
  ['markdown'],
  ['derive'],
  ['emit'],
  ['components', 'layouts', 'pages', 'styles', 'content.config.ts'],
  ['build'],
  ['tools'],
];

/** The stage number of a path inside src/ ("derive/corpus.ts" → 4), or undefined for a path outside every stage. */
export function stageOf(path: string): number | undefined {
  const top = path.split('/')[0]!;
  const index = STAGES.findIndex((names) => names.includes(top));
  return index === -1 ? undefined : index;
}

/** One import of one module. */
export interface ImportEdge {
  /** The importing file, relative to src/. */
  from: string;
  /** The imported file, relative to src/. */
  to: string;
}

const SPECIFIER =
  /\b(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g;

/** The relative imports written in a module's text, resolved against its path (relative to src/). */
export function importsOf(from: string, text: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const match of text.matchAll(SPECIFIER)) {
    const specifier = match[1] ?? match[2] ?? match[3]!;
    if (!specifier.startsWith('.')) continue;
    edges.push({ from, to: posix.normalize(posix.join(posix.dirname(from), specifier)) });
  }
  return edges;
}

/** Every import that goes against the stage order, as "from → to" lines. */
export function violations(edges: readonly ImportEdge[]): string[] {
  return edges.flatMap(({ from, to }) => {
    const a = stageOf(from);
    const b = stageOf(to);
    if (to.startsWith('..')) return [`${from} → ${to} (outside src/)`];
    if (a === undefined) return [`${from} is in no stage: move it into one of src/'s stage folders`];
    if (b === undefined) return [`${from} → ${to} (the target is in no stage)`];
    return b > a ? [`${from} → ${to} (${STAGES[a]![0]} may not import the later stage ${STAGES[b]![0]})`] : [];
  });
}

/** The imports of every module under `src` (.ts, .mjs and .astro files). */
export function sourceImports(src: string): ImportEdge[] {
  return readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|mjs|astro)$/.test(file))
    .flatMap((file) => {
      const path = relative(src, join(src, file)).split(sep).join('/');
      return importsOf(path, readFileSync(join(src, file), 'utf8'));
    });
}

/** The folder of a path relative to src/, for messages. */
export const folderOf = (path: string): string => dirname(path);
