/**
 * The evaluation as a guard against regressions: the analysis scored on the evaluation set (eval/) must not fall
 * below the figures committed in eval/baseline.json. Not a speed test, and not a target: the targets are in the
 * README; this only says a change made the analysis worse on text it was not written for.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, integrityRates } from '../../eval/evaluate.ts';
import { rates, TASKS } from '../../eval/score.ts';

const baseline = JSON.parse(readFileSync('eval/baseline.json', 'utf8')) as {
  articles: number;
  tasks: Record<string, { precision: number; recall: number }>;
  ingest: { precision: number; recall: number };
  integrity: { cleanCalledSpun: number; spunFlagged: number; debrisFound: number; restoreAccuracy: number };
};
const report = evaluate();

describe('the evaluation set', () => {
  it('holds at least as many articles as the baseline was measured on', () => {
    expect(report.articles).toBeGreaterThanOrEqual(baseline.articles);
  });

  it.each(TASKS)('%s: precision and recall no lower than the committed baseline', (task) => {
    const now = rates(report.overall[task]);
    const then = baseline.tasks[task]!;
    expect(now.precision, `${task} precision`).toBeGreaterThanOrEqual(then.precision - 1e-9);
    expect(now.recall, `${task} recall`).toBeGreaterThanOrEqual(then.recall - 1e-9);
  });

  it('drafts people and organisations with precision and recall no lower than the committed baseline', () => {
    const now = rates(report.ingest);
    expect(now.precision, 'drafted precision').toBeGreaterThanOrEqual(baseline.ingest.precision - 1e-9);
    expect(now.recall, 'drafted recall').toBeGreaterThanOrEqual(baseline.ingest.recall - 1e-9);
  });

  it('calls no larger share of clean texts spun, and flags and finds no smaller shares, than the baseline', () => {
    const now = integrityRates(report);
    const then = baseline.integrity;
    expect(now.cleanCalledSpun, 'clean texts called spun').toBeLessThanOrEqual(then.cleanCalledSpun + 1e-9);
    expect(now.spunFlagged, 'spun texts flagged').toBeGreaterThanOrEqual(then.spunFlagged - 1e-9);
    expect(now.debrisFound, 'debris texts found').toBeGreaterThanOrEqual(then.debrisFound - 1e-9);
    expect(now.restoreAccuracy, 'restore word accuracy').toBeGreaterThanOrEqual(then.restoreAccuracy - 1e-9);
  });
});
