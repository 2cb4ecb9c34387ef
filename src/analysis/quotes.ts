/**
 * Extracts the direct quotations of an article with their speaker, verb and venue, and tells full quotes, fragments,
 * continuations and scare quotes apart. Works on plain-text paragraphs; who is named where comes from `findMentions`.
 */
import { agentPatterns } from './agents.ts';
import { appositiveRanges, indexAntecedents } from './antecedents.ts';
import { documentIntroductions } from './document-authors.ts';
import { extractAttributions, type Attribution } from './attributions.ts';
import { unnamedPeopleIn } from './noun-phrases.ts';
import { recountedIn } from './nested-quotes.ts';
import { findQuoteSpans, insideSpans, isTitle, type QuoteSpan } from './quote-spans.ts';
import { attribute, fromColon, fromSentenceBefore, fromWordsOf, wordCount, type Found } from './quote-sources.ts';
import { sexesOfPeople } from './person-sex.ts';
import { sentenceEnds } from './sentences.ts';
import type { Speaker, SpeakerContext as Context } from './speakers.ts';
import type { MentionFinder } from './types.ts';
import { venuePatterns } from './venues.ts';
import type { AttributionVocabulary } from '../model/vocabulary.ts';
import type { RoleHolders } from './role-holders.ts';

/**
 * full: a spoken sentence; fragment: a quoted phrase inside the writer's sentence; continued: more of the previous
 * quotation; recounted: someone's words inside another's quotation; scare: a title or scare quote, not a quotation.
 */
export type QuoteKind = 'full' | 'fragment' | 'scare' | 'continued' | 'recounted';

export type { Speaker } from './speakers.ts';

/** One quoted stretch of an article. */
export interface Quote {
  /** The quoted words without the marks. */
  text: string;
  /** Index of the paragraph it sits in. */
  paragraph: number;
  /** Offset of the opening mark in the paragraph. */
  start: number;
  /** Offset just past the closing mark (the paragraph length if it runs on into the next paragraph). */
  end: number;
  /** What sort of quotation it is. */
  kind: QuoteKind;
  /** The speaker, or null when the text does not say. */
  speaker: Speaker | null;
  /** The reporting verb as written ("said", "told"), or null. */
  verb: string | null;
  /** Where it was said ("told reporters on Thursday", "in an interview on KLBY Radio"), or null. */
  venue: string | null;
  /** For a recounted quotation, the speaker of the quotation it stands in, who recounts it. */
  reportedBy?: Speaker | null;
}

/** Lists every quoted stretch of an article in reading order, each classified and attributed where the text allows. */
export function extractQuotes(
  paragraphs: readonly string[],
  findMentions: MentionFinder,
  vocabulary: AttributionVocabulary,
  holders?: RoleHolders,
  /** The article's attributions, when the caller has them already (extractAttributions on the same paragraphs). */
  attributions?: readonly Attribution[],
): Quote[] {
  const patterns = agentPatterns(vocabulary);
  const venues = venuePatterns(vocabulary);
  const spans = paragraphs.map((p) => findQuoteSpans(p));
  const mentions = paragraphs.map((p, i) => findMentions(p).filter((m) => !insideSpans(spans[i] ?? [], m.start)));
  const antecedents = indexAntecedents(paragraphs, mentions, spans);
  const named = new Set(mentions.flat().flatMap((m) => (m.type === 'person' ? [m.id] : [])));
  const holderOf = (description: string) => holders?.(description, named) ?? null;
  const unnamed = (attributions ?? extractAttributions(paragraphs, findMentions, vocabulary, holders)).filter(
    // A source named inside a quotation ("“A police officer just told me, ‘Go home’”") is the speaker's, not the
    // article's: no later "she" of the article stands for it.
    (a) => a.kind === 'anonymous' && a.who !== undefined && !insideSpans(spans[a.paragraph] ?? [], a.start),
  );
  // The unnamed people introduced outside quotations and outside descriptions of the named ("a farmer drove").
  const introduced = paragraphs.flatMap((text, paragraph) => {
    const skip = [...(spans[paragraph] ?? []), ...appositiveRanges(text, mentions[paragraph] ?? [])];
    return (
      unnamedPeopleIn(text, patterns.lexicon)
        .filter((p) => !skip.some((r) => p.start >= r.start && p.start < r.end))
        // "Asked by a Valdoran reporter whether …, he replied": someone the sentence only speaks of is introduced to no one.
        .filter((p) => !/\b(?:by|to|from|with|for|of|about)\s+$/i.test(text.slice(Math.max(0, p.start - 6), p.start)))
        .map((p) => ({ paragraph, start: p.start, who: p.description }))
    );
  });
  const documents = documentIntroductions({ paragraphs, mentions, spans, antecedents, lexicon: patterns.lexicon });
  const sexes = sexesOfPeople(paragraphs, mentions, spans, patterns.lexicon);
  const quotes: Quote[] = [];
  let chain: Quote[] = [];
  paragraphs.forEach((text, paragraph) => {
    const context: Context = {
      text,
      paragraph,
      spans: spans[paragraph] ?? [],
      mentions: mentions[paragraph] ?? [],
      patterns,
      venues,
      antecedents,
      unnamed,
      introduced,
      documents,
      holderOf,
      sexes,
    };
    let previous: Quote | null = null;
    // A paragraph that is one quotation and nothing else, after a paragraph ending in a quotation with its
    // attribution, goes on in that voice ("…,” said Ramiro Ochoa, who grows rice. ¶ “Next month we plant.”).
    const lastQuote = quotes.findLast((q) => q.kind !== 'scare');
    const alone = (span: QuoteSpan): Found | null =>
      context.spans.length === 1 &&
      text.slice(0, span.start).trim() === '' &&
      text.slice(span.end).trim() === '' &&
      lastQuote?.paragraph === paragraph - 1 &&
      lastQuote.speaker &&
      lastQuote.verb &&
      sentenceEnds((paragraphs[paragraph - 1] ?? '').slice(lastQuote.end)).length <= 1
        ? { speaker: lastQuote.speaker, verb: lastQuote.verb, venue: lastQuote.venue }
        : null;
    context.spans.forEach((span, i) => {
      const found =
        attribute(context, i) ?? (isTitle(span) ? null : (fromColon(context, span) ?? fromWordsOf(context, span)));
      const base = { text: span.text, paragraph, start: span.start, end: span.end };
      const carriesOn = i === 0 && chain.length > 0 && text.slice(0, span.start).trim() === '';
      const sentenceLike = isSentenceLike(span);
      let quote: Quote;
      if (carriesOn) {
        const head = chain[0]!;
        quote = {
          ...base,
          kind: 'continued',
          ...(found ?? { speaker: head.speaker, verb: head.verb, venue: head.venue }),
        };
        // A speaker named only at the end of a run of paragraphs belongs to the whole run.
        if (found?.speaker) for (const q of chain) q.speaker ??= found.speaker;
      } else if (isTitle(span)) {
        quote = { ...base, kind: 'scare', speaker: null, verb: null, venue: null };
      } else if (found) {
        const broken = previous !== null && previous.kind !== 'scare' && brokenBy(previous, span, text);
        quote = { ...base, kind: broken ? 'continued' : sentenceLike ? 'full' : 'fragment', ...found };
      } else if (
        previous &&
        previous.kind !== 'scare' &&
        previous.kind !== 'fragment' &&
        (/^[A-Z0-9“‘'"]/.test(span.text) || brokenBy(previous, span, text))
      ) {
        quote = { ...base, kind: 'continued', speaker: previous.speaker, verb: previous.verb, venue: previous.venue };
      } else if (
        previous?.kind === 'fragment' &&
        previous.speaker &&
        sentenceLike &&
        // The fragment ends its sentence, inside its marks or right after them ("“in crisis.” “…”", "‘in crisis’. ‘…’").
        (/[.?!]$/.test(previous.text)
          ? text.slice(previous.end, span.start).trim() === ''
          : /^[.?!]\s+$/.test(text.slice(previous.end, span.start)))
      ) {
        // "… that the Senate is “in crisis.” “The committee process lies in shambles. …”": a quotation right after a
        // fragment that ends the sentence goes on in its speaker's voice.
        quote = { ...base, kind: 'continued', speaker: previous.speaker, verb: previous.verb, venue: previous.venue };
      } else if (previous?.kind === 'fragment' && previous.speaker && joinedTo(previous, span, text)) {
        // "said the derailment was “under investigation” and that it was “cooperating fully”": the second fragment
        // is reported by the same verb.
        quote = { ...base, kind: 'fragment', speaker: previous.speaker, verb: previous.verb, venue: previous.venue };
      } else {
        // Unattributed but sentence-like ("We are done.") is still speech; a lower-case phrase is a scare quote. A
        // quotation that opens a sentence right after one reporting someone ("…, the officer said. “Nobody …”") is
        // theirs.
        const before = sentenceLike && !previous ? (fromSentenceBefore(context, span) ?? alone(span)) : null;
        quote = before
          ? { ...base, kind: 'full', ...before }
          : { ...base, kind: sentenceLike ? 'full' : 'scare', speaker: null, verb: null, venue: null };
      }
      quotes.push(quote);
      if (quote.kind !== 'scare') previous = quote;
      if (carriesOn || !span.closed) chain = carriesOn ? [...chain, quote] : [quote];
    });
    const last = context.spans.at(-1);
    if (!last || last.closed) chain = [];
  });
  // The words a quotation recounts ("He said, 'Put it in the reserve,'" she testified) follow it in reading order.
  const nested = { findMentions, patterns, antecedents, introduced, sexes };
  return quotes.flatMap((q) =>
    q.kind === 'scare'
      ? [q]
      : [
          q,
          ...recountedIn(q, paragraphs[q.paragraph]!, nested).map((r): Quote => ({
            ...r,
            kind: 'recounted',
            venue: null,
            reportedBy: q.speaker,
          })),
        ],
  );
}

/**
 * True when `span` goes on with the sentence `previous` broke off with a comma, across its attribution: “We will,”
 * she said, “do it.”
 */
function brokenBy(previous: Quote, span: QuoteSpan, text: string): boolean {
  return /[,—–-]$/.test(previous.text) && previous.verb !== null && /,\s*$/.test(text.slice(previous.end, span.start));
}

/** True when `span` is joined to the fragment before it within one sentence ("“…” and that it was “…”"). */
function joinedTo(previous: Quote, span: QuoteSpan, text: string): boolean {
  // "…had put “the most generous offer” on the table and that the union had rejected it “without …”".
  return /^[^.;:!?“”"«»‘’]{0,40}\b(?:and|or|but)\b[^.;:!?“”"«»‘’]{0,60}$/.test(text.slice(previous.end, span.start));
}

function isSentenceLike(span: QuoteSpan): boolean {
  if (!/^[A-Z0-9“‘'"]/.test(span.text)) return false;
  return /[.,?!…:;—-]$/.test(span.text) || wordCount(span.text) >= 5 || !span.closed;
}
