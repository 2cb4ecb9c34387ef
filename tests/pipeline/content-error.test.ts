import { describe, expect, it } from 'vitest';
import { fieldForEditors, ordinal } from '../../src/model/content-error.ts';

describe('positions for editors', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [101, '101st'],
    [111, '111th'],
  ])('%i is %s', (n, text) => expect(ordinal(n)).toBe(text));

  it.each([
    ['people.4', 'people (5th)'],
    ['roles.0.organisation', 'roles (1st) → organisation'],
    ['sources.2.person', 'sources (3rd) → person'],
    ['provenance.received', 'provenance → received'],
    ['title', 'title'],
  ])('%s reads %s', (field, text) => expect(fieldForEditors(field)).toBe(text));
});
