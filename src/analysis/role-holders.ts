/**
 * Ties a description to a registered person through the roles the registry gives them on the article's date: "the
 * general" is the one person named in the article who was a general then, "the president's national security
 * adviser" the one whose title was National Security Adviser. Where no one or more than one fits, nobody does: a
 * description is never resolved by a guess.
 */
import type { Role } from '../model/content.ts';

/** The person among `named` whose role on the article's date `description` describes, or null. */
export type RoleHolders = (description: string, named: ReadonlySet<string>) => string | null;

/** A registered person and the roles the registry lists for them. */
export interface RoleEntry {
  id: string;
  roles: readonly Role[];
}

/** Words of a description that say nothing of a role: articles, possessives ("the president's"), "own". */
const NOT_ROLE_WORDS = /^(?:the|a|an|this|that|its|his|her|their|our|own|then|now|former|current|new)$/;

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}’'-]+/u)
    .filter(Boolean);

/** The lookup for an article dated `date` (YYYY-MM-DD). */
export function roleHolders(people: readonly RoleEntry[], date: string): RoleHolders {
  // The words of every title each person held on the date; a role without dates counts as held.
  const held = people.map((person) => ({
    id: person.id,
    titles: person.roles
      .filter((role) => (!role.from || role.from <= date) && (!role.to || date <= role.to))
      .map((role) => new Set(wordsOf(role.title))),
  }));
  return (description, named) => {
    const words = wordsOf(description).filter((w) => !NOT_ROLE_WORDS.test(w) && !/[’']s$/.test(w));
    if (words.length === 0) return null;
    const fits = held.filter(
      (person) => named.has(person.id) && person.titles.some((title) => words.every((w) => title.has(w))),
    );
    return fits.length === 1 ? fits[0]!.id : null;
  };
}
