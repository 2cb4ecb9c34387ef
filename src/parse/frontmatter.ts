/**
 * Splits an article into its YAML frontmatter and its Markdown body. Written here rather than taken from gray-matter,
 * whose default engines evaluate `---js` frontmatter: this one only finds the two --- lines and never runs anything.
 */

/** An article's two parts, or why they cannot be told apart. */
export type Split =
  { ok: true; yaml: string; body: string; bodyLine: number } | { ok: false; message: string; line: number };

/** The frontmatter of `text` (LF line ends, no BOM) between its opening --- line and the next line of ---. */
export function splitFrontmatter(text: string): Split {
  const firstEnd = text.indexOf('\n');
  const opening = firstEnd === -1 ? text : text.slice(0, firstEnd);
  const open = /^---[ \t]*(\S*)[ \t]*$/.exec(opening);
  if (!open) {
    return {
      ok: false,
      line: 1,
      message: 'an article starts with its frontmatter: a line "---", the fields, then another "---".',
    };
  }
  const language = open[1]!;
  if (language && language.toLowerCase() !== 'yaml') {
    return {
      ok: false,
      line: 1,
      message: `frontmatter must be YAML, found "---${language}". Remove "${language}" after the first ---.`,
    };
  }
  const close = /^---[ \t]*$/m;
  const rest = firstEnd === -1 ? '' : text.slice(firstEnd + 1);
  const match = close.exec(rest);
  if (!match) {
    return { ok: false, line: 1, message: 'the frontmatter is not closed: add a line "---" after the last field.' };
  }
  const yaml = rest.slice(0, match.index);
  const afterClose = rest.slice(match.index + match[0].length);
  const body = afterClose.startsWith('\n') ? afterClose.slice(1) : afterClose;
  const bodyLine = 2 + countLines(yaml) + 1;
  return { ok: true, yaml, body, bodyLine };
}

function countLines(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}
