/**
 * What the integrity analyser looks for, kept as commented data: the forms a word-substitution spinner leaves,
 * the word pairs no English writer produces, and the marks of scraping debris. Tune here, not in analyse.ts.
 */

/**
 * Spun forms that are almost never the right word in news prose. Common words the spinner also wrote
 * ("successful", "connected", "different") are left out: they count only inside an impossible collocation.
 */
export const spinnerSignatures: readonly string[] = [
  'astatine',
  'arsenic',
  'beryllium',
  'helium',
  'oregon',
  'volition',
  'whitethorn',
  'infinitesimal',
  'excessively',
  'apical',
  'immoderate',
  'overmuch',
  'astir',
  'truthful',
  'springiness',
  'conscionable',
  'benignant',
  'archetypal',
  'effectual',
  'fearfulness',
  'deliberation',
  'cognize',
  'marque',
  'privation',
  'nary',
  'nether',
  'tin',
  'bash',
  'negociate',
  'wintertime',
  'acold',
  'cogwheel',
  'beardown',
  'mentation',
  'easiness',
  'instrumentality',
  'starring',
  'propulsion',
  'missive',
  'talker',
  'commercialized',
  'nonstop',
  'carnal',
  'strategical',
  'metropolis',
  'interrogation',
];

/** Determiners and possessives: a preposition the spinner replaced is followed by one of these. */
const determiners = [
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
];

/**
 * Impossible collocations: a spun form followed by a word it cannot precede in English. Each pair says which
 * original the spinner replaced, so a reader of the report sees why the pair is impossible.
 */
export const impossibleCollocations: readonly { first: string; then: readonly string[]; stoodFor: string }[] = [
  { first: 'astatine', then: [...determiners, 'least', 'slightest', 'this', 'immoderate'], stoodFor: 'at' },
  { first: 'successful', then: [...determiners, 'recent', 'caller', 'power', 'spot'], stoodFor: 'in' },
  {
    first: 'connected',
    then: [...determiners, 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    stoodFor: 'on',
  },
  { first: 'arsenic', then: [...determiners, 'well', 'good', 'partners', 'overmuch', 'questions'], stoodFor: 'as' },
  {
    first: 'helium',
    then: ['said', 'says', 'added', 'has', 'had', 'was', 'is', 'cites', 'thought', 'aired'],
    stoodFor: 'he',
  },
  { first: 'volition', then: ['beryllium', 'be', 'apt', 'stabilize'], stoodFor: 'will' },
  {
    first: 'beryllium',
    then: [...determiners, 'seen', 'settled', 'used', 'utilized', 'determined', 'prepared', 'pressing', 'telling'],
    stoodFor: 'be',
  },
  {
    first: 'person',
    then: ['been', 'achieved', 'resisted', 'concluded', 'proved', 'seized', 'ever'],
    stoodFor: 'have',
  },
];

/** Marks of an image caption that a scrape left in the text: a pipe, or an image file's name parts. */
export const captionMarks = /\s\|\s|\b(?:scaled|thumbnail|jpe?g|png|webp|gif)\b/i;

/** A sentence of one lower-case word, such as a stray “answer.” left by translation. */
export const orphanWord = /(?:^|[.?!][”"’]?\s+)(\p{Ll}+)\.(?=\s|$)/gu;

/** A date or number run into the next word, as in “2022Updated”: two lines of page furniture joined. */
export const runTogether = /\d(?=\p{Lu}\p{Ll})/u;

/** The double quotation styles the analyser tells apart; one article should use one. */
export const quotationStyles = {
  'curly “ ”': /[“”]/g,
  'straight " "': /"/g,
  'guillemets « »': /[«»]/g,
  'low „ “': /„/g,
} as const;
