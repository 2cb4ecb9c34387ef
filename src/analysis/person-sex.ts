/**
 * What an article itself says of a named person's sex, so that "she said" never goes back to a man: a courtesy
 * title at the name ("Mr", "Ms", "Mrs"); "he" or "she" after that person's name in a sentence that names no one
 * else; or "“…,” she said" right after a sentence whose subject is that person and no one else is named. Nothing is guessed from first names, "his" and "her" are not
 * read (they are often someone else's), and a person with evidence both ways stays unknown.
 */
import type { Mention } from '../model/entity.ts';
import type { NounLexicon } from './noun-phrases.ts';
import { insideSpans, type QuoteSpan } from './quote-spans.ts';
import { sentenceEnds } from './sentences.ts';

export type Sex = 'female' | 'male';

const TITLE =
  /(?:^|\s)(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord|Madame|Mme|Monsieur|Herr|Frau|Signor|Signora|Señor|Señora)\.?\s*$/;
const FEMALE_TITLES = new Set(['Mrs', 'Ms', 'Miss', 'Dame', 'Lady', 'Madame', 'Mme', 'Frau', 'Signora', 'Señora']);

/** The sex the article gives each person it names, by id; people it says nothing of are absent. */
export function sexesOfPeople(
  paragraphs: readonly string[],
  mentions: ReadonlyArray<readonly Mention[]>,
  spans: ReadonlyArray<readonly QuoteSpan[]>,
  lexicon?: NounLexicon,
): ReadonlyMap<string, Sex> {
  const evidence = new Map<string, Set<Sex>>();
  const add = (id: string, sex: Sex) => evidence.set(id, (evidence.get(id) ?? new Set()).add(sex));
  let previous: { subject: string | null } | null = null;
  paragraphs.forEach((text, p) => {
    const people = (mentions[p] ?? []).filter((m) => m.type === 'person');
    for (const m of people) {
      const title =
        TITLE.exec(`${text.slice(Math.max(0, m.start - 12), m.start)}`)?.[1] ?? TITLE.exec(` ${titleIn(m.text)}`)?.[1];
      if (title) add(m.id, FEMALE_TITLES.has(title) ? 'female' : 'male');
    }
    // A transcript's or an interview's turn speaks in the first person: its "she" is someone else.
    if (
      /^\s*\**(?:Q|A)[:.]/.test(text) ||
      people.some((m) => m.start <= 2 && /^[*\s]*(?:,[^:]{0,40})?:/.test(text.slice(m.end)))
    )
      return;
    const quotes = spans[p] ?? [];
    let from = 0;
    for (const end of [...sentenceEnds(text), text.length]) {
      const sentence = { text, from, end, people, quotes, lexicon };
      const subject = subjectPronoun(sentence);
      const named = subject && peopleIn(sentence, subject.at);
      if (subject && named!.size === 1 && !otherPerson(sentence)) add([...named!][0]!, subject.sex);
      // "Linwood, who …, conceded. “…,” he said": a sentence that opens with a quotation and names no one, after
      // one whose subject is the only person it names.
      const opensWithQuote = quotes.some(
        (q) => text.slice(from, q.start).trim() === '' && subject && q.end <= subject.at,
      );
      if (subject && named!.size === 0 && opensWithQuote && previous?.subject) add(previous.subject, subject.sex);
      const ids = peopleIn(sentence, end);
      const first = people.find((m) => m.start >= from && m.start < end);
      const opens = first && /^\s*(?:[^,.;:“”"«»]{0,40},\s*)?$/.test(text.slice(from, first.start));
      previous = { subject: ids.size === 1 && opens && !otherPerson(sentence) ? first.id : null };
      from = end;
    }
  });
  const sexes = new Map<string, Sex>();
  for (const [id, found] of evidence) if (found.size === 1) sexes.set(id, [...found][0]!);
  return sexes;
}

/** A title the alias itself opens with ("Mr. Linwood" registered as a whole). */
function titleIn(alias: string): string {
  return /^(\p{L}+\.?)\s/u.exec(alias)?.[1] ?? '';
}

interface Sentence {
  text: string;
  from: number;
  end: number;
  people: readonly Mention[];
  quotes: readonly QuoteSpan[];
  lexicon: NounLexicon | undefined;
}

/** The people named in a sentence before `to`, by id. */
function peopleIn(s: Sentence, to: number): Set<string> {
  return new Set(s.people.filter((m) => m.start >= s.from && m.start < to).map((m) => m.id));
}

/** The first "he" or "she" of a sentence outside its quotations; "his" and "her" may be anyone's, and are not read. */
function subjectPronoun(s: Sentence): { sex: Sex; at: number } | null {
  for (const w of s.text.slice(s.from, s.end).matchAll(/\b(?:he|she)\b/gi)) {
    const at = s.from + w.index;
    if (!insideSpans(s.quotes, at)) return { sex: /^he$/i.test(w[0]) ? 'male' : 'female', at };
  }
  return null;
}

/** Words for a person of either sex ("wife", "spokeswoman", "his son"); "human" and "German" are caught too, harmlessly. */
const PERSON_WORD =
  /^(?:\p{L}*(?:woman|women|man|men)|wi(?:fe|ves)|husbands?|mothers?|fathers?|sons?|daughters?|brothers?|sisters?|girls?|boys?|grand(?:mother|father|son|daughter)s?|aunts?|uncles?|nieces?|nephews?|widow(?:er)?s?|(?:girl|boy)friends?|queens?|kings?|actress(?:es)?)$/iu;

/**
 * True when the sentence speaks of someone besides the people it names, outside its quotations: a word for a person
 * ("his wife", "a spokeswoman"), a described person ("the judge wrote that Pryce had …, and she rejected"), or "his"
 * or "her" before the first name ("Her campaign manager, Desmond Rafiq, said she …").
 */
function otherPerson(s: Sentence): boolean {
  const first = s.people.find((m) => m.start >= s.from && m.start < s.end)?.start ?? s.end;
  const words = [...s.text.slice(s.from, s.end).matchAll(/\p{L}+/gu)]
    .map((w) => ({ word: w[0], at: s.from + w.index }))
    .filter((w) => !insideSpans(s.quotes, w.at));
  return words.some(
    (w, i) =>
      PERSON_WORD.test(w.word) ||
      (w.at < first && /^(?:his|her)$/i.test(w.word)) ||
      (/^(?:the|a|an)$/i.test(words[i - 1]?.word ?? '') && s.lexicon?.kindOf(w.word)?.kind === 'person'),
  );
}
