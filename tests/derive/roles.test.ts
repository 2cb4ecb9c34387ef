import { describe, expect, it } from 'vitest';
import { latestRole, roleAt, rolesAt, spanLabel } from '../../src/derive/roles.ts';
import { readContent } from '../../src/parse/read-content.ts';
import { CONTENT } from '../helpers.ts';

const roles = [
  { title: 'Director', organisation: 'a', from: '2014-01-01', to: '2017-01-20' },
  { title: 'Professor', organisation: 'b' },
  { title: 'Chair', organisation: 'c', from: '2019-10-01', to: '2023-09-30' },
];

describe('role at a date', () => {
  it.each([
    ['2015-06-01', 'Director'],
    ['2019-10-01', 'Chair'],
    ['2023-09-30', 'Chair'],
    ['2023-10-01', 'Professor'],
    ['2010-01-01', 'Professor'],
  ])('on %s the principal role is %s', (date, title) => {
    expect(roleAt(roles, date)?.title).toBe(title);
  });

  it('lists every role held on a date, dated roles first', () => {
    expect(rolesAt(roles, '2020-01-01').map((r) => r.title)).toEqual(['Chair', 'Professor']);
  });

  it('has no role for someone with none', () => {
    expect(roleAt([], '2020-01-01')).toBeUndefined();
  });

  it('takes an open role as the latest', () => {
    expect(latestRole(roles)?.title).toBe('Professor');
    expect(latestRole(roles.filter((r) => r.to))?.title).toBe('Chair');
  });

  it.each([
    [{ title: 't', from: '2019-10-01', to: '2023-09-30' }, '2019–2023'],
    [{ title: 't', from: '2021-01-20' }, 'since 2021'],
    [{ title: 't', to: '2017-01-20' }, 'until 2017'],
    [{ title: 't', from: '2023-01-07', to: '2023-10-03' }, '2023'],
    [{ title: 't' }, ''],
  ])('labels a span %#', (role, label) => {
    expect(spanLabel(role)).toBe(label);
  });
});

describe('roles in the real registry', () => {
  const content = readContent(CONTENT);
  const person = (id: string) => content.people.find((p) => p.id === id)!.data.roles;

  it.each([
    ['mark-milley', '2022-11-10', 'Chairman of the Joint Chiefs of Staff', 'joint-chiefs-of-staff'],
    ['joe-biden', '2023-06-28', 'President of the United States', 'us-government'],
    ['antony-blinken', '2023-06-28', 'Secretary of State', 'us-department-of-state'],
    ['kevin-mccarthy', '2022-11-10', 'House Minority Leader', 'us-house-of-representatives'],
  ])('%s on %s', (id, date, title, organisation) => {
    expect(roleAt(person(id), date)).toMatchObject({ title, organisation });
  });
});
