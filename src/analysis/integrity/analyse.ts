/**
 * The integrity analyser: reads any text and reports, as data a page can show, the signs that it was spun by a
 * word-substitution tool, the debris a scrape or a translation left in it, and mixed quotation styles, with a
 * verdict and the evidence for it. It knows nothing about particular articles; its signals are in
 * integrity-signals.ts.
 */
import {
  captionMarks,
  furniture,
  furnitureWords,
  impossibleCollocations,
  orphanWord,
  quotationStyles,
  runTogether,
  spinnerSignatures,
  weights,
} from './integrity-signals.ts';
import { isAbbreviationWord } from '../sentences.ts';
import { words as wordsOf } from './text.ts';

/**
 * The verdict vocabulary, worst first: `spun` (signs of a substitution spinner), `debris` (not spun, but scraping
 * or translation left-overs), `untidy` (only mixed quotation styles), `clean` (nothing found).
 */
export const verdicts = ['spun', 'debris', 'untidy', 'clean'] as const;

/** One verdict. */
export type Verdict = (typeof verdicts)[number];

/** One piece of evidence: what was found, in which paragraphs, how often. */
export interface Evidence {
  /** The sort of sign. */
  kind:
    | 'spinner-form'
    | 'collocation'
    | 'caption'
    | 'furniture'
    | 'repeated-headline'
    | 'orphan-word'
    | 'run-together'
    | 'mixed-quotes';
  /** What was found, in words, e.g. “astatine the” (for “at the”). */
  what: string;
  /** 1-based paragraph numbers where it occurs. */
  paragraphs: number[];
  /** How many times it occurs. */
  count: number;
}

/** The analyser's report on one text. */
export interface IntegrityReport {
  /** The verdict. */
  verdict: Verdict;
  /** Every sign found, strongest kinds first. */
  evidence: Evidence[];
  /** Number of words in the text. */
  words: number;
  /**
   * The weighed evidence for spinning (see `weights` in integrity-signals.ts): collocations count in full, each
   * distinct spinner form for half, up to a cap.
   */
  score: number;
  /**
   * How sure the verdict on spinning is, from 0.5 (the score sits at the threshold) to 1 (far from it either way).
   */
  confidence: number;
  /** Known spinner forms per 100 words. */
  spinnerDensity: number;
  /** Impossible collocations found (also in `evidence`). */
  collocations: Evidence[];
  /** Scraping and translation debris found (also in `evidence`). */
  debris: Evidence[];
  /** How often each double quotation style occurs; more than one style is reported as mixed. */
  quotationStyles: Record<string, number>;
}

/** Analyses any text (a received file or a Markdown body) and returns its integrity report. */
export function analyse(text: string): IntegrityReport {
  const paragraphs = splitParagraphs(text);
  const totalWords = wordsOf(text).length;
  const signatures = tally(
    paragraphs,
    (p) => wordsOf(p).filter((w) => spinnerSignatures.includes(w.toLowerCase())),
    'spinner-form',
  );
  const collocations = tally(paragraphs, findCollocations, 'collocation');
  const debris = [
    ...tally(
      paragraphs,
      (p, i) => (i > 0 && captionMarks.test(p) && !/[.?!”"]$/.test(p.trim()) ? [p.trim()] : []),
      'caption',
    ),
    ...repeatedHeadline(paragraphs),
    ...tally(
      paragraphs,
      (p) => [...p.matchAll(orphanWord)].filter((m) => !isAbbreviationWord(m[1] ?? '')).map((m) => `${m[2]}.`),
      'orphan-word',
    ),
    ...tally(paragraphs, (p) => (runTogether.test(p) ? [p.trim().slice(0, 60)] : []), 'run-together'),
    ...tally(
      paragraphs,
      (p) => (furniture.test(p.trim()) && wordsOf(p).length <= furnitureWords ? [p.trim()] : []),
      'furniture',
    ),
  ];
  const styles = Object.fromEntries(
    Object.entries(quotationStyles).map(([name, pattern]) => [name, (text.match(pattern) ?? []).length]),
  );
  const used = Object.entries(styles).filter(([, count]) => count > 0);
  const mixed: Evidence[] =
    used.length > 1
      ? [
          {
            kind: 'mixed-quotes',
            what: used.map(([name, count]) => `${name} ×${count}`).join(', '),
            paragraphs: mixedParagraphs(paragraphs),
            count: used.length,
          },
        ]
      : [];
  const formCount = signatures.reduce((sum, e) => sum + e.count, 0);
  const spinnerDensity = totalWords === 0 ? 0 : Math.round((formCount / totalWords) * 10000) / 100;
  const collocationCount = collocations.reduce((sum, e) => sum + e.count, 0);
  // A form repeated is one piece of evidence: a text about astatine names it often, a spinner writes many forms.
  const score =
    collocationCount * weights.collocation + Math.min(signatures.length, weights.formsCounted) * weights.form;
  const spun = collocationCount >= weights.minCollocations && score >= weights.spun;
  const distance = spun
    ? score - weights.spun
    : Math.max(weights.spun - score, collocationCount < weights.minCollocations ? 1 : 0);
  const confidence = Math.round((0.5 + 0.5 * Math.min(1, distance / weights.spun)) * 100) / 100;
  const verdict: Verdict = spun ? 'spun' : debris.length > 0 ? 'debris' : mixed.length > 0 ? 'untidy' : 'clean';
  return {
    verdict,
    evidence: [...collocations, ...signatures, ...debris, ...mixed],
    words: totalWords,
    score,
    confidence,
    spinnerDensity,
    collocations,
    debris,
    quotationStyles: styles,
  };
}

function splitParagraphs(text: string): string[] {
  const blocks = /\n[ \t]*\n/.test(text) ? text.split(/\n[ \t]*\n/) : text.split('\n');
  return blocks.map((b) => b.trim()).filter((b) => b !== '');
}

function findCollocations(paragraph: string): string[] {
  const words = wordsOf(paragraph).map((w) => w.toLowerCase());
  const found: string[] = [];
  words.forEach((word, i) => {
    const next = words[i + 1];
    const rule = impossibleCollocations.find((c) => c.first === word);
    if (rule && next !== undefined && rule.then.includes(next))
      found.push(`“${word} ${next}” (for “${rule.stoodFor} …”)`);
  });
  return found;
}

function tally(
  paragraphs: readonly string[],
  find: (paragraph: string, index: number) => string[],
  kind: Evidence['kind'],
): Evidence[] {
  const byWhat = new Map<string, Evidence>();
  paragraphs.forEach((paragraph, i) => {
    for (const what of find(paragraph, i)) {
      const key = kind === 'spinner-form' ? what.toLowerCase() : what;
      const evidence = byWhat.get(key) ?? { kind, what: key, paragraphs: [], count: 0 };
      evidence.count++;
      if (!evidence.paragraphs.includes(i + 1)) evidence.paragraphs.push(i + 1);
      byWhat.set(key, evidence);
    }
  });
  return [...byWhat.values()].sort((a, b) => b.count - a.count);
}

// A headline repeated as a caption differs in apostrophes and hyphens ("Silva’s" / "Silvas", "near-coup" /
// "near coup"), so paragraphs are compared as bare lower-case letters.
function repeatedHeadline(paragraphs: readonly string[]): Evidence[] {
  const bare = (p: string) =>
    p
      .toLowerCase()
      .replace(/[’'‘]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const found: Evidence[] = [];
  const bared = paragraphs.map(bare);
  paragraphs.forEach((paragraph, i) => {
    const head = bared[i]!;
    if (head.split(' ').length < 5) return;
    const repeats = bared.flatMap((other, j) => (j > i && other.startsWith(head) ? [j + 1] : []));
    if (repeats.length > 0)
      found.push({
        kind: 'repeated-headline',
        what: paragraph.trim(),
        paragraphs: [i + 1, ...repeats],
        count: repeats.length,
      });
  });
  return found;
}

function mixedParagraphs(paragraphs: readonly string[]): number[] {
  const patterns = Object.values(quotationStyles);
  return paragraphs.flatMap((p, i) =>
    patterns.filter((re) => (p.match(re) ?? []).length > 0).length > 0 && /[«»"„]/.test(p) ? [i + 1] : [],
  );
}
