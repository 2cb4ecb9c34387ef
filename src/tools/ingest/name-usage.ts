/**
 * How a text uses a name, as evidence of what it names: "the Handelskurier", "Corliss Paper's chief executive" and
 * "Strade Alpine, which" speak of an organisation; "its chief operating officer, Ravi Castellanos", "Amara Quist, the
 * union's regional director" and "Eszter Halmos, who" of a person. The name finder (names.ts) types by the words of a
 * name first and asks this only where the words do not decide.
 */
import { libraryPersonNouns } from '../../analysis/person-nouns.ts';
import { personRoles, organisationKinds } from './name-words.ts';

/** The evidence for each type, and the cues found, for the editor. */
export interface NameUsage {
  organisation: number;
  person: number;
  cues: string[];
}

/** `text` with the characters a regular expression reads as syntax escaped. */
export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// The roles listed here, and the nouns for people of compromise's lexicon ("sheriff", "pensioner").
const roles = [...new Set([...personRoles, ...libraryPersonNouns()])].map(escape).join('|');
const kinds = [...organisationKinds].join('|');

/** Weighs the contexts of `name` in `text`. */
export function usageOf(text: string, name: string): NameUsage {
  const n = escape(name);
  const usage: NameUsage = { organisation: 0, person: 0, cues: [] };
  const cue = (type: 'organisation' | 'person', weight: number, pattern: RegExp, why: string) => {
    if (pattern.test(text)) {
      usage[type] += weight;
      usage.cues.push(why);
    }
  };
  // A body takes the article and "which"; its people and its parts are its own.
  cue('organisation', 2, new RegExp(`\\bthe\\s+${n}(?![\\p{L}])`, 'u'), `“the ${name}”`);
  cue('organisation', 2, new RegExp(`${n},\\s+which\\b`, 'u'), `“${name}, which”`);
  cue(
    'organisation',
    2,
    new RegExp(
      `${n}[’']s\\s+(?:own\\s+)?(?:board|chief executive|chief financial officer|shares|headquarters|employees|workers|plant|website|members|staff|technicians|spokes(?:man|woman|person))\\b`,
      'u',
    ),
    `“${name}’s” staff or parts`,
  );
  cue(
    'organisation',
    2,
    new RegExp(`${n},?\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,4}(?:${kinds})(?![\\p{L}’'-])`, 'u'),
    'a body described',
  );
  cue('organisation', 1, new RegExp(`${n}\\s+(?:reported|published|said in a statement)\\b`, 'u'), 'reports or states');
  // "the civic list Sorba Viva", "the newspaper El Heraldo": what the body is, right before its name.
  cue(
    'organisation',
    2,
    new RegExp(`\\b(?:the|a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${kinds})\\s+${n}(?![\\p{L}])`, 'u'),
    'a body named after what it is',
  );
  // A person takes "who" and a role beside the name.
  cue('person', 2, new RegExp(`${n},\\s+(?:who|whose)\\b`, 'u'), `“${name}, who”`);
  cue('person', 2, new RegExp(`\\b(?:${roles}),?\\s+${n}(?![\\p{L}])`, 'u'), 'a role before the name');
  cue(
    'person',
    2,
    new RegExp(`${n},\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}’'-]+\\s+){0,5}?(?:${roles})\\b`, 'u'),
    'a role after the name',
  );
  // "MARISELA QUINTERO-HOBBS: If you got the order, go.": a transcript's turn is a person's.
  cue(
    'person',
    2,
    new RegExp(`(?:^|\\n)\\**(?:${n}|${escape(name.toUpperCase())})(?:,\\s+[\\p{Lu} ]{2,30})?\\**:\\s`, 'u'),
    'a transcript’s turn',
  );
  return usage;
}

/** True when every use of `name` is the title of a work in quotation marks (“The Salt Ledger,”). */
export function onlyAsTitle(text: string, name: string): boolean {
  const n = escape(name);
  const all = text.match(new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, 'gu'))?.length ?? 0;
  const quoted = text.match(new RegExp(`[“"‘](?:The\\s+|A\\s+)?${n}[,.]?[”"’]`, 'gu'))?.length ?? 0;
  return all > 0 && quoted === all;
}
