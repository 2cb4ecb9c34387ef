/**
 * analyse: runs the integrity analyser on any text and prints its verdict, how sure it is, and the evidence.
 *
 *   npm run analyse -- <file> [--json]
 *
 * The JSON is the analyser's report: `verdict`, `confidence`, `score` and `evidence` among its fields.
 */
import { readFileSync } from 'node:fs';
import { analyse } from '../analysis/integrity/analyse.ts';

function main(args: string[]): number {
  const file = args.find((arg) => !arg.startsWith('--'));
  if (!file) {
    console.error('usage: npm run analyse -- <file> [--json]');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return 1;
  }
  const report = analyse(text);
  if (args.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
    return 0;
  }
  console.log(
    `${file}: ${report.verdict} (confidence ${report.confidence}; score ${report.score}; ` +
      `${report.words} words, ${report.spinnerDensity} spinner forms per 100 words)`,
  );
  for (const e of report.evidence)
    console.log(
      `  ${e.kind}: ${e.what} ×${e.count} (paragraph${e.paragraphs.length > 1 ? 's' : ''} ${e.paragraphs.join(', ')})`,
    );
  if (report.evidence.length === 0) console.log('  no evidence of spinning, debris or mixed quotation styles');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
