/**
 * npm run eval: the real analysis on the evaluation set, one table. Precision, recall and F1 per task and per style,
 * the integrity analyser's confusion matrix on clean, debris and spun texts, and restore's word accuracy on the spun
 * ones.   node eval/run.ts [--json] [--misses [TASK]]
 * --misses lists what the analysis got wrong, article by article (only TASK's when given: "speaker", "date"…).
 */
import { evaluate, formatReport, integrityRates } from './evaluate.ts';

const report = evaluate();
if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
else console.log(formatReport(report));

const missesAt = process.argv.indexOf('--misses');
if (missesAt >= 0) {
  const only = process.argv[missesAt + 1]?.startsWith('--') ? undefined : process.argv[missesAt + 1];
  console.log('');
  for (const miss of report.misses.filter((m) => !only || m.task.includes(only)))
    console.log(`${miss.article}  ${miss.task}:  gold ${miss.gold ?? '—'}  |  said ${miss.system ?? '—'}`);
}

// --write-baseline records today's figures as the floor tests/eval/ holds the analysis to.
if (process.argv.includes('--write-baseline')) {
  const { writeFileSync } = await import('node:fs');
  const { rates, TASKS } = await import('./score.ts');
  const floor = (x: number) => Math.floor(x * 10000) / 10000;
  const baseline = {
    articles: report.articles,
    tasks: Object.fromEntries(
      TASKS.map((task) => {
        const r = rates(report.overall[task]);
        return [task, { precision: floor(r.precision), recall: floor(r.recall) }];
      }),
    ),
    ingest: (({ precision, recall }) => ({ precision: floor(precision), recall: floor(recall) }))(rates(report.ingest)),
    integrity: Object.fromEntries(
      Object.entries(integrityRates(report)).map(([name, rate]) => [
        name,
        // A rate that must stay low is rounded up, one that must stay high is rounded down.
        name === 'cleanCalledSpun' ? Math.ceil(rate * 10000) / 10000 : floor(rate),
      ]),
    ),
  };
  writeFileSync(new URL('./baseline.json', import.meta.url), `${JSON.stringify(baseline, null, 2)}\n`);
  console.log('\nWrote eval/baseline.json.');
}
