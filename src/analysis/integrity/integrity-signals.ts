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
  {
    first: 'astatine',
    then: [...determiners, 'least', 'slightest', 'immoderate', 'all', 'once', 'first'],
    stoodFor: 'at',
  },
  {
    first: 'successful',
    then: [...determiners, 'recent', 'caller', 'power', 'spot', 'which', 'order'],
    stoodFor: 'in',
  },
  {
    first: 'connected',
    then: [...determiners, 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    stoodFor: 'on',
  },
  {
    first: 'arsenic',
    then: [...determiners, 'well', 'good', 'partners', 'overmuch', 'questions', 'soon', 'long'],
    stoodFor: 'as',
  },
  // Only verbs a chemistry text does not put after the element ("helium is a noble gas" is right).
  {
    first: 'helium',
    then: ['said', 'says', 'added', 'had', 'told', 'thought', 'cites', 'aired', 'wrote', 'would', 'did', 'argued'],
    stoodFor: 'he',
  },
  { first: 'volition', then: ['beryllium', 'be', 'apt', 'stabilize', 'not', 'have', 'take', 'make'], stoodFor: 'will' },
  { first: 'whitethorn', then: ['beryllium', 'be', 'not', 'have', 'take', 'make', 'need'], stoodFor: 'may' },
  { first: 'tin', then: ['beryllium', 'be', 'not', 'have', 'take', 'make', 'only'], stoodFor: 'can' },
  {
    first: 'beryllium',
    then: [
      ...determiners,
      'seen',
      'settled',
      'used',
      'utilized',
      'determined',
      'prepared',
      'pressing',
      'telling',
      'able',
    ],
    stoodFor: 'be',
  },
  { first: 'nether', then: determiners, stoodFor: 'under' },
  { first: 'astir', then: [...determiners, 'how', 'what', 'whether'], stoodFor: 'about' },
  { first: 'implicit', then: determiners, stoodFor: 'over' },
  {
    first: 'person',
    then: ['been', 'achieved', 'resisted', 'concluded', 'proved', 'seized', 'ever'],
    stoodFor: 'have',
  },
];

/** Marks of an image caption that a scrape left in the text: a pipe, or an image file's name parts. */
export const captionMarks = /\s\|\s|\b(?:scaled|thumbnail|jpe?g|png|webp|gif)\b/i;

/**
 * A sentence of one lower-case word, such as a stray “answer.” left by translation; the word before the full stop
 * is captured so that an abbreviation (“10 a.m. sharp.”, “20 mi. upriver.”) is not taken for a sentence end.
 */
export const orphanWord = /(?:^|([\p{L}.]*)[.?!][”"’]?\s+)(\p{Ll}+)\.(?=\s|$)/gu;

/**
 * How the verdict weighs its evidence. An impossible collocation is strong evidence; a spinner form on its own is
 * weak (a chemistry text may say “astatine” ten times), so each distinct form counts once and only up to a cap.
 * A text is called spun when it has at least `minCollocations` collocations and its score reaches `spun`.
 */
export const weights = { collocation: 1, form: 0.5, formsCounted: 6, minCollocations: 2, spun: 3 } as const;

/**
 * A date or number run into the next word, as in “2022Updated”: two lines of page furniture joined. The number
 * stands alone before it, so a formula such as “NH4Cl” is not taken for one.
 */
export const runTogether = /(?<![\p{L}\p{N}])\p{N}+(?=\p{Lu}\p{Ll}{2})/u;

/**
 * Page furniture a scrape keeps as a paragraph of its own: advertising slots, sharing and sign-up prompts, cookie
 * notices, update stamps, copyright lines, photo credits. A paragraph counts only when it is short and starts so.
 */
export const furniture =
  /^(?:advertisement|story continues below|share this (?:article|story)|sign up (?:for|to)|subscribe (?:to|for|now)|click here|read more\b|related:|see also:|listen to this (?:article|story)|follow us on|updated \d|last updated|©|copyright \d|all rights reserved|cookies? |we value your privacy|accept (?:all )?cookies|(?:photo|image|picture|credit|photograph)s?(?: credit)?: |watch: |most (?:read|popular)$|comments \(\d+\)$|skip to (?:main )?content|continue reading|(?:tags|topics): |trending(?: now)?$|…$|\.\.\.$)/iu;

/** The longest paragraph, in words, that `furniture` may call furniture. */
export const furnitureWords = 25;

/** The double quotation styles the analyser tells apart; one article should use one. */
export const quotationStyles = {
  'curly “ ”': /[“”]/g,
  'straight " "': /"/g,
  'guillemets « »': /[«»]/g,
  'low „ “': /„/g,
} as const;
