import { describe, expect, it } from 'vitest';
import { damageView, readerNote } from '../../src/emit/views/received.ts';
import type { IntegrityReport } from '../../src/analysis/integrity/analyse.ts';

describe('readerNote', () => {
  it('ends with one full stop whatever the editor wrote', () => {
    expect(readerNote('Checked against the biography')).toBe('Checked against the biography.');
    expect(readerNote('Checked against the biography..')).toBe('Checked against the biography.');
    expect(readerNote('He said “no.”')).toBe('He said “no.”');
    expect(readerNote('As printed (page 2)')).toBe('As printed (page 2).');
  });
  it('drops code marks and makes straight quotation marks curly', () => {
    expect(readerNote('Printed from `title`; the "spinner" didn\'t touch it.')).toBe(
      'Printed from title; the “spinner” didn’t touch it.',
    );
  });
});

describe('damageView', () => {
  const report = (verdict: IntegrityReport['verdict'], evidence: IntegrityReport['evidence']) =>
    ({ verdict, evidence, words: 1200, spinnerDensity: 3.5 }) as unknown as IntegrityReport;

  it('says what a verdict means without the verdict code or the analyser’s terms', () => {
    const view = damageView(
      report('spun', [
        { kind: 'collocation', what: 'astatine the', paragraphs: [1, 4], count: 2 },
        { kind: 'spinner-form', what: 'immoderate', paragraphs: [3], count: 1 },
      ]),
    );
    const all = [view.summary, view.density, ...view.signs].join(' ');
    expect(all).not.toMatch(/\b(spun|collocation|spinner-form|verdict)\b/);
    expect(view.density).toContain('1,200 words');
    expect(view.signs).toEqual([
      '“astatine the”, a common phrase with one word swapped: twice, in paragraphs 1, 4',
      '“immoderate”, a word such programs put in place of a common one: once, in paragraph 3',
    ]);
  });
  it('gives no density for a copy that was not spun', () => {
    expect(damageView(report('debris', [])).density).toBeUndefined();
  });
});
