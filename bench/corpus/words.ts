/**
 * Word lists for the synthetic corpus. Surnames, countries and company names are made from syllables so that they
 * never collide with an English word the filler text uses (aliases are matched case-sensitively as whole words).
 */

/** Given names with the honorific the text uses for them. */
export const GIVEN_NAMES: ReadonlyArray<readonly [string, 'Mr.' | 'Ms.']> = [
  ['Anna', 'Ms.'],
  ['Maria', 'Ms.'],
  ['Elena', 'Ms.'],
  ['Sofia', 'Ms.'],
  ['Claire', 'Ms.'],
  ['Nadia', 'Ms.'],
  ['Ingrid', 'Ms.'],
  ['Leila', 'Ms.'],
  ['Grace', 'Ms.'],
  ['Helen', 'Ms.'],
  ['Olga', 'Ms.'],
  ['Priya', 'Ms.'],
  ['Amara', 'Ms.'],
  ['Julia', 'Ms.'],
  ['Rosa', 'Ms.'],
  ['David', 'Mr.'],
  ['Michael', 'Mr.'],
  ['Thomas', 'Mr.'],
  ['Pavel', 'Mr.'],
  ['Ahmed', 'Mr.'],
  ['Jonas', 'Mr.'],
  ['Victor', 'Mr.'],
  ['Samuel', 'Mr.'],
  ['Lucas', 'Mr.'],
  ['Omar', 'Mr.'],
  ['Henrik', 'Mr.'],
  ['Daniel', 'Mr.'],
  ['Robert', 'Mr.'],
  ['Kenji', 'Mr.'],
  ['Felix', 'Mr.'],
];

/** Middle initials, so that two people can share given name and surname stem yet differ in full name. */
export const INITIALS = ['A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'G.', 'H.', 'J.', 'K.', 'L.', 'M.', 'N.', 'P.', 'R.'];

/** Syllables from which surnames and country names are built. */
export const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'st'];
export const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou'];
export const CODAS = ['', '', 'n', 'r', 'l', 's', 'k', 'nd', 'rt', 'sk', 'v'];

/** Outlets: fixed, named the way the text cites them. */
export const OUTLETS: ReadonlyArray<readonly [string, string]> = [
  ['The Morning Ledger', 'the Ledger'],
  ['The Harbor Courier', 'the Courier'],
  ['Capital Wire Service', 'Capital Wire'],
  ['The Evening Sentinel', 'the Sentinel'],
  ['Global Dispatch Network', 'Global Dispatch'],
  ['The Northern Herald', 'the Herald'],
  ['Continental Gazette', 'the Gazette'],
  ['The Weekly Observer Review', 'the Observer Review'],
  ['Metro Bulletin', 'the Bulletin'],
  ['The Financial Chronicle', 'the Chronicle'],
  ['Radio Meridian', 'Meridian'],
  ['The Policy Tribune', 'the Tribune'],
];

/** Ministries a country has, as [name part, short alias word]. */
export const MINISTRIES: ReadonlyArray<readonly [string, string]> = [
  ['Defence', 'Defence'],
  ['Foreign Affairs', 'Foreign'],
  ['Finance', 'Finance'],
  ['Energy', 'Energy'],
  ['the Interior', 'Interior'],
  ['Trade', 'Trade'],
];

/** Kinds of non-governmental organisation, with a name pattern ({} is the made-up word). */
export const OTHER_ORGS: ReadonlyArray<readonly [string, string]> = [
  ['think tank', 'The {} Institute'],
  ['company', '{} Energy Group'],
  ['company', '{} Shipping Company'],
  ['university', 'University of {}'],
  ['think tank', 'Centre for {} Studies'],
  ['company', '{} Capital Partners'],
  ['other', 'The {} Foundation'],
];

/** Cities, used as datelines and places (plain names, never aliases). */
export const CITIES = [
  'Brussels',
  'Geneva',
  'Vienna',
  'Oslo',
  'Lisbon',
  'Warsaw',
  'Nairobi',
  'Istanbul',
  'Singapore',
  'Ottawa',
  'Madrid',
  'Prague',
  'Tallinn',
  'Athens',
  'Helsinki',
  'Dublin',
];

/** Subjects of filler clauses. */
export const SUBJECTS = [
  'the talks',
  'the proposal',
  'negotiators',
  'the ceasefire plan',
  'the budget agreement',
  'the new sanctions',
  'the pipeline project',
  'the trade accord',
  'the security pact',
  'the election commission',
  'the aid package',
  'the reform bill',
  'diplomats',
  'the coalition',
  'regional leaders',
  'the inquiry',
];

/** Verb phrases of filler clauses. */
export const VERBS = [
  'stalled',
  'gained momentum',
  'faced growing resistance',
  'drew sharp criticism',
  'moved forward slowly',
  'was delayed again',
  'won cautious support',
  'raised new questions',
  'exposed deep divisions',
  'remained uncertain',
  'collapsed without warning',
  'prompted an emergency meeting',
];

/** Adverbials that close filler clauses. */
export const ADVERBIALS = [
  'in recent weeks',
  'after months of delay',
  'despite strong objections from lawmakers',
  'as the deadline approached',
  'amid rising prices and public anger',
  'during a closed session late at night',
  'for the second time this year',
  'while markets waited for a clear signal',
  'before the summit could begin',
  'under pressure from several allies',
];

/** Things a quotation can say, each already a complete clause. */
export const QUOTES = [
  'We are not going to accept a deal that leaves our people worse off',
  'There is still time to reach an agreement if everyone is serious',
  'This is a moment that calls for patience rather than panic',
  'Nobody in that room believed the numbers they were given',
  'We have made more progress in two days than in the past two years',
  'The decision was taken too quickly and without proper consultation',
  'Our priority is to keep the supply lines open through the winter',
  'I have never seen the committee so divided on a basic question',
  'If they want a serious conversation, they know where to find us',
  'The plan depends on money that has not yet been approved',
];

/** Descriptions of anonymous sources, as attributions print them. */
export const ANONYMOUS = [
  'officials said',
  'according to two people familiar with the discussions',
  'according to a senior official who spoke on the condition of anonymity',
  'diplomats briefed on the talks said',
  'according to people close to the negotiations',
  'several current and former officials said',
];

/** Weekdays for "on Tuesday". */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Sections an article can run in. */
export const SECTIONS = ['World', 'Politics', 'Business', 'Europe', 'Analysis', 'Diplomacy'];
