/**
 * Runs the evaluation: reads eval/corpus/*.yaml and eval/integrity/, scores the analysis (score.ts), the integrity
 * analyser and the restoration tool, and formats the table `npm run eval` prints.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffArrays } from 'diff';
import { analyse, verdicts, type Verdict } from '../src/analysis/integrity/analyse.ts';
import { restore } from '../src/analysis/integrity/restore.ts';
import { parseYaml } from '../src/parse/yaml.ts';
import { readPolicy } from '../src/parse/read-policy.ts';
import {
  paragraphsOf,
  rates,
  scoreArticle,
  sum,
  TASKS,
  type EvalArticle,
  type Miss,
  type Task,
  type Tally,
} from './score.ts';
import { scoreIngest } from './score-ingest.ts';
import { spin } from './spinner.ts';

const EVAL = join(import.meta.dirname);

/** What the evaluation found. */
export interface EvalReport {
  articles: number;
  overall: Record<Task, Tally>;
  byStyle: Record<string, { articles: number; tally: Record<Task, Tally> }>;
  /** People and organisations drafted by the ingest command with an empty registry, against the gold entities. */
  ingest: Tally;
  /** What the analysis got wrong, article by article. */
  misses: Miss[];
  integrity: {
    /** texts by true label, then by the analyser's verdict */
    confusion: Record<string, Record<Verdict, number>>;
    restore: { texts: number; substituted: number; wrong: number; accuracy: number };
  };
}

/** Every article of the evaluation corpus. */
export function evalArticles(folder = join(EVAL, 'corpus')): EvalArticle[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map(
      (name) =>
        ({
          id: name.replace(/\.yaml$/, ''),
          ...(parseYaml(readFileSync(join(folder, name), 'utf8')) as object),
        }) as EvalArticle,
    );
}

/** Runs everything. */
export function evaluate(): EvalReport {
  const policy = readPolicy(join(EVAL, '..', 'content'));
  if (!policy.vocabulary || !policy.substitutions) throw new Error('content/policy/ is incomplete');
  const articles = evalArticles();
  const misses: Miss[] = [];
  const tallies = articles.map((article) => ({ article, tally: scoreArticle(article, policy.vocabulary!, misses) }));
  const byStyle: EvalReport['byStyle'] = {};
  for (const style of [...new Set(articles.map((a) => a.style))].sort()) {
    const of = tallies.filter((t) => t.article.style === style);
    byStyle[style] = { articles: of.length, tally: sum(of.map((t) => t.tally)) };
  }

  // The analyser on labelled texts: clean and debris as written, spun ones made from the corpus's news texts.
  const confusion: Record<string, Record<Verdict, number>> = {};
  const count = (label: string, verdict: Verdict) => {
    confusion[label] ??= Object.fromEntries(verdicts.map((v) => [v, 0])) as Record<Verdict, number>;
    confusion[label][verdict]++;
  };
  const integrity = join(EVAL, 'integrity');
  const labels = existsSync(join(integrity, 'labels.yaml'))
    ? (parseYaml(readFileSync(join(integrity, 'labels.yaml'), 'utf8')) as Record<string, { label: string }>)
    : {};
  for (const [name, { label }] of Object.entries(labels)) {
    if (existsSync(join(integrity, name))) count(label, analyse(readFileSync(join(integrity, name), 'utf8')).verdict);
  }
  let substituted = 0;
  let wrong = 0;
  let texts = 0;
  articles.forEach((article, i) => {
    const clean = paragraphsOf(article.text).join('\n');
    const spun = spin(clean, policy.substitutions!, 1000 + i);
    if (spun.substituted < 8) return;
    texts++;
    count('spun', analyse(spun.text).verdict);
    // Restore is given the article's registered names, as the restore command is given the registry's.
    const protectedNames = article.entities.flatMap((e) => [e.name, ...(e.aliases ?? [])]);
    const reading = restore(spun.text, policy.substitutions!, { protectedNames }).reading;
    const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);
    substituted += spun.substituted;
    // Every word of the original that the restored text does not have in place is a word restore got wrong.
    wrong += diffArrays(wordsOf(clean), wordsOf(reading))
      .filter((part) => part.removed)
      .reduce((n, part) => n + part.count, 0);
  });
  return {
    articles: articles.length,
    overall: sum(tallies.map((t) => t.tally)),
    byStyle,
    misses,
    ingest: articles
      .map((article) => scoreIngest(article, policy.vocabulary!, misses))
      .reduce((a, b) => ({ gold: a.gold + b.gold, system: a.system + b.system, matched: a.matched + b.matched })),
    integrity: {
      confusion,
      restore: { texts, substituted, wrong, accuracy: substituted ? Math.max(0, 1 - wrong / substituted) : 1 },
    },
  };
}

/**
 * The analyser's figures as rates, so that the guard holds when the set grows: the share of clean texts called spun,
 * of spun texts flagged, of debris texts found to have debris, and restore's word accuracy.
 */
export function integrityRates(report: EvalReport): {
  cleanCalledSpun: number;
  spunFlagged: number;
  debrisFound: number;
  restoreAccuracy: number;
} {
  const { confusion, restore } = report.integrity;
  const share = (label: string, verdict: Verdict) => {
    const row = confusion[label];
    const total = row ? Object.values(row).reduce((a, b) => a + b, 0) : 0;
    return total === 0 ? 0 : (row![verdict] ?? 0) / total;
  };
  return {
    cleanCalledSpun: share('clean', 'spun'),
    spunFlagged: share('spun', 'spun'),
    debrisFound: share('debris', 'debris'),
    restoreAccuracy: restore.accuracy,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The report as the Markdown tables `npm run eval` prints. */
export function formatReport(report: EvalReport): string {
  const row = (name: string, t: Tally) => {
    const r = rates(t);
    return `| ${name} | ${t.gold} | ${t.system} | ${t.matched} | ${pct(r.precision)} | ${pct(r.recall)} | ${pct(r.f1)} |`;
  };
  const lines = [
    `Evaluation set: ${report.articles} articles (eval/corpus/), ${Object.keys(report.byStyle).length} styles.`,
    '',
    '| task | gold | found | right | precision | recall | F1 |',
    '|---|---|---|---|---|---|---|',
    ...TASKS.map((task) => row(task, report.overall[task])),
    row('drafted by ingest', report.ingest),
    '',
    '| style | articles | quotation found F1 | speaker right F1 | attribution F1 | mention F1 | date right F1 |',
    '|---|---|---|---|---|---|---|',
    ...Object.entries(report.byStyle).map(
      ([style, { articles, tally }]) =>
        `| ${style} | ${articles} | ${(
          ['quotation found', 'speaker right', 'attribution kind', 'mention', 'date right'] as const
        )
          .map((task) => pct(rates(tally[task]).f1))
          .join(' | ')} |`,
    ),
    '',
    `| texts, by label → analyser's verdict | ${verdicts.join(' | ')} |`,
    `|---|${verdicts.map(() => '---').join('|')}|`,
    ...Object.entries(report.integrity.confusion).map(
      ([label, row]) => `| ${label} | ${verdicts.map((v) => row[v]).join(' | ')} |`,
    ),
    '',
    `Restore on ${report.integrity.restore.texts} spun texts: ${report.integrity.restore.substituted} words substituted, ${report.integrity.restore.wrong} original words not restored in place (${pct(report.integrity.restore.accuracy)} right).`,
  ];
  return lines.join('\n');
}
