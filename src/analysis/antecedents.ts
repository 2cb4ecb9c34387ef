/**
 * Resolves "he" and "she" to the last person the article named before them. Names inside quotations and inside a
 * speaker's appositive ("said Ana B. Silva, a professor who advised Governor Tom Reyes") are skipped:
 * a following "He added:" means the speaker, not the president in the description.
 */
import type { Mention } from '../model/entity.ts';

/** Looks up the last person named before a point in the article. */
export interface Antecedents {
  /** The id of the last person named before `offset` in `paragraph` (earlier paragraphs count), or null. */
  lastPersonBefore(paragraph: number, offset: number): string | null;
  /**
   * The id of the last person named before `offset` whose name stands beside `head` ("Superintendent Gregory
   * Ashdown", "Gregory Ashdown, the superintendent"): within a few words before the name, or in its appositive.
   */
  personDescribedAs(head: string, paragraph: number, offset: number): string | null;
  /** The same, with where the name stands. */
  lastPersonAt(paragraph: number, offset: number): { id: string; paragraph: number; start: number } | null;
  /**
   * The last person named before `offset` in `paragraph` (earlier paragraphs count) whose mention `accept` takes;
   * it is given the mention and the text of its paragraph.
   */
  lastPersonMatching(
    accept: (m: Mention, text: string) => boolean,
    paragraph: number,
    offset: number,
  ): { id: string; paragraph: number; start: number } | null;
  /** The last person other than `id` named before `offset` in `paragraph` (earlier paragraphs count), and where. */
  lastPersonOtherThan(
    id: string | null,
    paragraph: number,
    offset: number,
  ): { id: string; paragraph: number; start: number } | null;
  /** The id of the last organisation named before `offset` in `paragraph` (earlier paragraphs count), or null. */
  lastOrganisationBefore(paragraph: number, offset: number): string | null;
  /** The same, with where the name stands. */
  lastOrganisationAt(paragraph: number, offset: number): { id: string; paragraph: number; start: number } | null;
  /** The same, among organisations whose name as written holds `noun` ("the authority" → "Bellhaven Water Authority"). */
  lastOrganisationNamed(noun: string, paragraph: number, offset: number): string | null;
  /**
   * The person an epithet stands for: "the 58-year-old retired machinist", "the 31-year-old", "the Kansas
   * Republican" are the person named last, in this paragraph or the one before, or null.
   */
  personByEpithet(description: string, paragraph: number, offset: number): string | null;
  /** The person whose turn a transcript's paragraph is ("KOWALCZYK: She's Tess."), or null. */
  turnSpeaker(paragraph: number): string | null;
  /**
   * The person who wrote the article, where its text says: a byline opening it ("By Ana Silva | Staff Writer") or an
   * op-ed's closing line about its author ("Ana Silva is a retired nurse."). The writer's own "I" is theirs.
   */
  writer(): string | null;
}

/** The abbreviations news prose writes before a name, by the word a later descriptor uses ("the senator"). */
const titleAbbreviations: Readonly<Record<string, readonly string[]>> = {
  governor: ['Gov.', 'Gov'],
  senator: ['Sen.', 'Sen', 'state Sen.'],
  representative: ['Rep.', 'Rep'],
  congressman: ['Rep.'],
  congresswoman: ['Rep.'],
  general: ['Gen.', 'Gen'],
  lieutenant: ['Lt.'],
  colonel: ['Col.'],
  captain: ['Capt.'],
  sergeant: ['Sgt.'],
  admiral: ['Adm.'],
  professor: ['Prof.', 'Prof'],
  doctor: ['Dr.', 'Dr'],
  superintendent: ['Supt.'],
  councillor: ['Cllr', 'Cllr.'],
  detective: ['Det.'],
  assemblywoman: ['Assemblywoman'],
  assemblyman: ['Assemblyman'],
  lawmaker: ['Sen.', 'Rep.', 'Assemblywoman', 'Assemblyman'],
};

interface Range {
  start: number;
  end: number;
}

/** Indexes the person mentions of an article; `skipped[p]` lists ranges of paragraph p whose names never count. */
export function indexAntecedents(
  paragraphs: readonly string[],
  mentions: ReadonlyArray<readonly Mention[]>,
  skipped: ReadonlyArray<readonly Range[]> = [],
): Antecedents {
  const people = paragraphs.map((text, p) => {
    const ranges = [...(skipped[p] ?? []), ...appositiveRanges(text, mentions[p] ?? [])];
    return (mentions[p] ?? [])
      .filter((m) => m.type === 'person' && !ranges.some((r) => m.start >= r.start && m.start < r.end))
      .filter((m) => !isTurnLabel(text, m))
      .sort((a, b) => a.start - b.start);
  });
  const everyone = paragraphs.map((_, p) =>
    (mentions[p] ?? []).filter((m) => m.type === 'person').sort((a, b) => a.start - b.start),
  );
  const interview = paragraphs.filter((p) => /^\s*\**Q[:.]\**\s/.test(p)).length >= 2;
  const interviewee = people.flat()[0]?.id ?? null;
  const writer = writerOf(paragraphs, everyone);
  return {
    writer: () => writer,
    turnSpeaker(paragraph) {
      const text = paragraphs[paragraph] ?? '';
      const label = (everyone[paragraph] ?? []).find((m) => isTurnLabel(text, m));
      // An interview printed as questions and answers: an answer ("A: …") is the interviewee's, the first person
      // the article names.
      if (!label && interview && /^\s*\**A[:.]\**\s/.test(text)) return interviewee;
      return label?.id ?? null;
    },
    personDescribedAs(head, paragraph, offset) {
      // "the governor" is the person introduced as "Gov. Rosalind Achterberg": a head matches its abbreviation too.
      const forms = [head, ...(titleAbbreviations[head.toLowerCase()] ?? [])].map((f) =>
        f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      );
      const word = new RegExp(`(?<![\\w’'-])(?:${forms.join('|')})(?![\\w-])`, 'i');
      for (let p = Math.min(paragraph, everyone.length - 1); p >= 0; p--) {
        const text = paragraphs[p] ?? '';
        const candidates = (everyone[p] ?? []).filter((m) => p < paragraph || m.end <= offset);
        for (const m of [...candidates].reverse()) {
          // The title stands right before the name ("Circuit Judge Miriam Okafor"), not anywhere before it.
          const lead =
            text
              .slice(Math.max(0, m.start - 40), m.start)
              // A sentence ends at a full stop, but not at the one of a title ("Gov. Rosalind Achterberg").
              .split(/(?<!\b(?:Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Adm|Prof|Dr|Supt|Det|Mr|Ms|Mrs|St))[.;:!?]/)
              .at(-1) ?? '';
          // Only the words right before the name, not across a verb ("A senior police officer said Castellanos").
          const words = /(?:^|\s)((?:[\p{L}.’'-]+\s+){1,3})$/u.exec(lead)?.[1] ?? '';
          const before = words
            .split(/\b(?:said|says|say|told|tells|added|wrote|asked|that|and|but|when|as|to)\s+/i)
            .at(-1)!;
          const after = /^,\s+(?:a|an|the)\s[^,.;]{0,60}/i.exec(text.slice(m.end))?.[0] ?? '';
          if (word.test(before) || word.test(after)) return m.id;
        }
      }
      return null;
    },
    personByEpithet(description, paragraph, offset) {
      if (!EPITHET.test(description)) return null;
      const last = this.lastPersonAt(paragraph, offset);
      return last && last.paragraph >= paragraph - 1 ? last.id : null;
    },
    lastPersonBefore(paragraph, offset) {
      return this.lastPersonAt(paragraph, offset)?.id ?? null;
    },
    lastPersonAt(paragraph, offset) {
      for (let p = Math.min(paragraph, people.length - 1); p >= 0; p--) {
        const candidates = (people[p] ?? []).filter((m) => p < paragraph || m.end <= offset);
        const last = candidates.at(-1);
        if (last) return { id: last.id, paragraph: p, start: last.start };
      }
      return null;
    },
    lastPersonOtherThan(id, paragraph, offset) {
      return this.lastPersonMatching((m) => m.id !== id, paragraph, offset);
    },
    lastPersonMatching(accept, paragraph, offset) {
      for (let p = Math.min(paragraph, people.length - 1); p >= 0; p--) {
        const text = paragraphs[p] ?? '';
        const last = (people[p] ?? []).filter((m) => accept(m, text) && (p < paragraph || m.end <= offset)).at(-1);
        if (last) return { id: last.id, paragraph: p, start: last.start };
      }
      return null;
    },
    lastOrganisationBefore(paragraph, offset) {
      return this.lastOrganisationNamed('', paragraph, offset);
    },
    lastOrganisationAt(paragraph, offset) {
      for (let p = Math.min(paragraph, paragraphs.length - 1); p >= 0; p--) {
        const last = (mentions[p] ?? [])
          .filter((m) => m.type === 'organisation' && (p < paragraph || m.end <= offset))
          .sort((a, b) => a.start - b.start)
          .at(-1);
        if (last) return { id: last.id, paragraph: p, start: last.start };
      }
      return null;
    },
    lastOrganisationNamed(noun, paragraph, offset) {
      const word = noun
        ? new RegExp(`(?<![\\p{L}])${noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu')
        : null;
      for (let p = Math.min(paragraph, paragraphs.length - 1); p >= 0; p--) {
        const last = (mentions[p] ?? [])
          .filter(
            (m) => m.type === 'organisation' && (p < paragraph || m.end <= offset) && (!word || word.test(m.text)),
          )
          .at(-1);
        if (last) return last.id;
      }
      return null;
    },
  };
}

/**
 * True for a name governed by a preposition ("Questioned by Assistant District Attorney X", "told Y"): someone the
 * sentence speaks of, less likely than its subjects to be what a later "he" inside a quotation stands for.
 */
export function isGoverned(text: string, m: Mention): boolean {
  return /\b(?:by|to|from|with|for|against|about)\s+(?:(?:\p{Lu}[\p{L}.’'-]*|the|a)\s+){0,4}$/u.test(
    text.slice(Math.max(0, m.start - 80), m.start),
  );
}

/** An epithet news prose gives a person already named: an age, or a party with or without a place. */
const EPITHET =
  /^the\s+(?:\d{1,3}-year-old\b|(?:[\p{Lu}][\p{L}.-]*\s+){0,2}(?:Republican|Democrat|Conservative|Tory|Labour\s+(?:MP|leader|politician)|Liberal\s+Democrat|Social\s+Democrat|Green\s+(?:MP|leader))\s*$)/iu;

/** A verb after the name in an op-ed's closing line about its author: "Ana Silva is a retired nurse", "… represents Ward 4". */
const ABOUT_THE_AUTHOR = /^,?\s+(?:is|was|has\s+been|has|had|\p{Ll}{3,}s|\p{Ll}{3,}ed)\b/u;

/** The person of a byline in the first two paragraphs, else of a closing line about the author, else null. */
function writerOf(paragraphs: readonly string[], people: ReadonlyArray<readonly Mention[]>): string | null {
  for (let p = 0; p < Math.min(2, paragraphs.length); p++) {
    const text = paragraphs[p] ?? '';
    const by = /^\s*\**By\s+/i.exec(text);
    const named = by && (people[p] ?? []).find((m) => m.start === by[0].length);
    if (named) return named.id;
  }
  const last = paragraphs.length - 1;
  const text = paragraphs[last] ?? '';
  const opening = (people[last] ?? []).find((m) => text.slice(0, m.start).trim() === '');
  return opening && ABOUT_THE_AUTHOR.test(text.slice(opening.end)) && text.length <= 300 ? opening.id : null;
}

/**
 * True for the name that opens a transcript's turn ("MANDARA: It's honest"): the one speaking, so never whom their
 * own "he" or "she" stands for.
 */
function isTurnLabel(text: string, m: Mention): boolean {
  return m.start <= 2 && /^[*\s]*(?:,[^:]{0,40})?:/.test(text.slice(m.end));
}

/** Ranges holding an appositive or relative clause that describes a named person: ", the chairman of ...". */
export function appositiveRanges(text: string, mentions: readonly Mention[]): Range[] {
  const ranges: Range[] = [];
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    // "Ellie Varga, 20, a second-year French student,": an age may stand before the description.
    const age = /^,\s+\d{1,3}(?=,)/.exec(text.slice(m.end))?.[0].length ?? 0;
    const from = m.end + age;
    const after = text.slice(from);
    if (!/^,\s+(?:a|an|the|who|whose)\s/i.test(after)) continue;
    // The description runs to the next comma or the end of the sentence, whichever comes first.
    const stop = /,|[.?!](?=\s|$)/.exec(after.slice(1));
    ranges.push({ start: m.end, end: from + 1 + (stop ? stop.index : after.length) });
  }
  return ranges;
}
