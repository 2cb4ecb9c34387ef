/**
 * Writes a ledger as YAML an editor can read: one edit per line, in text order, strings quoted only when YAML
 * would misread them. The restoration tool prints its proposals with it.
 */
import type { Ledger, LedgerEntry } from '../model/ledger.ts';

const fieldOrder = ['paragraph', 'received', 'reading', 'kind', 'why', 'source', 'context'] as const;

/** Formats a ledger as YAML, with `header` lines written above it as comments. */
export function formatLedger(ledger: Ledger, header: readonly string[] = []): string {
  const lines = header.map((line) => (line === '' ? '#' : `# ${line}`));
  lines.push(`received: ${scalar(ledger.received)}`, `article: ${scalar(ledger.article)}`, 'edits:');
  let paragraph = 0;
  for (const entry of ledger.edits) {
    if (entry.paragraph !== paragraph) lines.push(`  # paragraph ${(paragraph = entry.paragraph)}`);
    lines.push(`  - { ${fields(entry)} }`);
  }
  if (ledger.edits.length === 0) lines[lines.length - 1] = 'edits: []';
  return `${lines.join('\n')}\n`;
}

function fields(entry: LedgerEntry): string {
  const plain = fieldOrder
    .filter((key) => entry[key] !== undefined)
    .map((key) => `${key}: ${key === 'paragraph' ? String(entry[key]) : scalar(String(entry[key]))}`);
  if (entry.evidence)
    plain.push(`evidence: { copy: ${scalar(entry.evidence.copy)}, words: ${scalar(entry.evidence.words)} }`);
  if (entry.alternatives) plain.push(`alternatives: [${entry.alternatives.map(scalar).join(', ')}]`);
  return plain.join(', ');
}

// Plain scalars only for simple words: anything YAML could read as a number, boolean, null or flow syntax is quoted.
function scalar(value: string): string {
  const plain = /^[\p{L}][\p{L}\p{N} ’'/._-]*$/u.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value);
  // No-break and other invisible spaces are written as escapes so that an editor can see them.
  return plain && !value.endsWith(' ')
    ? value
    : JSON.stringify(value).replace(
        /[\u00a0\u2007\u202f\u200b]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
      );
}
