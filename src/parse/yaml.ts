/**
 * The one YAML parser of the site: every file an editor writes (frontmatter, people, organisations, ledgers, policy)
 * goes through it. YAML 1.2 core schema, so dates stay text (2023-02-30 is caught, not rolled over) and no tag can
 * build anything but plain data; duplicate keys, unknown tags and the parser's warnings are errors; aliases are
 * capped, which defuses an alias bomb.
 */
import { LineCounter, parseDocument, visit, type YAMLError } from 'yaml';

/** More aliases (*name) than this in one file is refused: no editor writes that many, and it stops an alias bomb. */
export const MAX_YAML_ALIASES = 20;

/** A YAML problem at a place in the file as the editor sees it (lines and columns from 1). */
export class YamlProblem extends Error {
  /** What is wrong, without the place. */
  readonly reason: string;
  /** The line in the file, when the parser knows it. */
  readonly line: number | undefined;
  /** The column in the line. */
  readonly column: number | undefined;

  constructor(reason: string, line: number | undefined, column: number | undefined) {
    super(line === undefined ? reason : `line ${line}, column ${column ?? 1}: ${reason}`);
    this.name = 'YamlProblem';
    this.reason = reason;
    this.line = line;
    this.column = column;
  }
}

/**
 * Parses YAML text to plain data; throws YamlProblem. `firstLine` is the line of the file where `text` starts (2 for
 * frontmatter after its opening ---), so the line in a message is the editor's.
 */
export function parseYaml(text: string, firstLine = 1): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    lineCounter,
  });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw toProblem(problem, lineCounter, firstLine);
  let aliases = 0;
  visit(doc, {
    Alias(_, node) {
      if (++aliases <= MAX_YAML_ALIASES) return undefined;
      const at = lineCounter.linePos(node.range?.[0] ?? 0);
      throw new YamlProblem(
        `more than ${MAX_YAML_ALIASES} aliases (*name) in one file; write the values out`,
        at.line + firstLine - 1,
        at.col,
      );
    },
  });
  try {
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new YamlProblem(
      /alias/i.test(reason) ? `more than ${MAX_YAML_ALIASES} aliases (*name); write the values out` : reason,
      undefined,
      undefined,
    );
  }
}

function toProblem(error: YAMLError, lines: LineCounter, firstLine: number): YamlProblem {
  const at = lines.linePos(error.pos[0]);
  const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const tag = /^Unresolved tag: (.*)$/.exec(reason);
  return new YamlProblem(
    tag
      ? `the tag ${tag[1]!.replace('tag:yaml.org,2002:', '!!')} is not allowed; write the value as plain text`
      : /must be unique/.test(reason)
        ? 'a field is written twice (duplicate key); keep one'
        : lowerFirst(reason),
    at.line + firstLine - 1,
    at.col,
  );
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
