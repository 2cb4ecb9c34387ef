/** A person's role on a given date, derived from the spans in the registry. */
import type { Role } from '../model/content.ts';

/** The roles held on `date` (YYYY-MM-DD), most recently started first; open-ended spans count as held. */
export function rolesAt(roles: readonly Role[], date: string): Role[] {
  return roles
    .filter((role) => (!role.from || role.from <= date) && (!role.to || date <= role.to))
    .sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
}

/** The principal role on `date`: the held role that started last, or undefined. */
export function roleAt(roles: readonly Role[], date: string): Role | undefined {
  return rolesAt(roles, date)[0];
}

/** The latest role: an open one if any (most recently started first), else the one that ended last. */
export function latestRole(roles: readonly Role[]): Role | undefined {
  const key = (r: Role) => `${r.to ?? '9999-99-99'}|${r.from ?? ''}`;
  return [...roles].sort((a, b) => key(b).localeCompare(key(a)))[0];
}

/** Roles in time order, earliest first; roles without dates last, in registry order. */
export function rolesInOrder(roles: readonly Role[]): Role[] {
  return [...roles].sort((a, b) => (a.from ?? '9999').localeCompare(b.from ?? '9999'));
}

/** "2019–2023", "since 2021", "until 2017" or "" for a role's span, by year. */
export function spanLabel(role: Role): string {
  const from = role.from?.slice(0, 4);
  const to = role.to?.slice(0, 4);
  if (from && to) return from === to ? from : `${from}–${to}`;
  if (from) return `since ${from}`;
  if (to) return `until ${to}`;
  return '';
}
