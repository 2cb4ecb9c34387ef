/** The names a received text holds that the registry lacks, as ingest drafts them. */
import { describe, expect, test } from 'vitest';
import { findNames } from '../../src/tools/ingest/names.ts';

const drafted = (text: string) => findNames(text).names.map((n) => `${n.type}:${n.name}`);

describe('findNames', () => {
  test('a person “of” a body is two names, even with a first name the lexicon lacks', () => {
    expect(drafted('Chief Anselm Dutta-Wilkes of the Corran City Fire Department spoke on Monday.')).toEqual(
      expect.arrayContaining(['person:Anselm Dutta-Wilkes', 'organisation:Corran City Fire Department']),
    );
  });

  test('must not match: a body named “X of Y” stays one name', () => {
    expect(drafted('The University of Harcourt said on Monday that it would appeal.')).toEqual([
      'organisation:University of Harcourt',
    ]);
  });

  test('“City Hall” is a place, and no one named Hall', () => {
    expect(drafted('Nobody at City Hall looks at that account.')).toEqual([]);
  });

  test('a role before a name, even after a body’s word, is no part of it (“Commission Chair X”, “Prosecutor X”)', () => {
    expect(
      drafted('“It means jobs,” said Commission Chair Benedikt Oyarzun. Prosecutor Lenora Achterberg-Sims agreed.'),
    ).toEqual(expect.arrayContaining(['person:Benedikt Oyarzun', 'person:Lenora Achterberg-Sims']));
  });

  test('a role or title after several words of a body’s name still ends them (“District Court Judge X”)', () => {
    expect(
      drafted(
        'The case went to District Court Judge Timothy Burgess. The officer, UC Davis Police Lt John Pike, left.',
      ),
    ).toEqual(expect.arrayContaining(['person:Timothy Burgess', 'person:John Pike']));
    expect(drafted('The case went to District Court Judge Timothy Burgess.')).not.toContain(
      'organisation:District Court Judge Timothy Burgess',
    );
  });

  test('a company’s “Inc.” or “Co.” keeps its full stop, even at a sentence’s end, and “Advisors” ends a body’s name', () => {
    expect(drafted('The deal went to Vantris Systems Inc. The union objected.')).toEqual([
      'organisation:Vantris Systems Inc.',
    ]);
    expect(drafted('It was said by Greywater Stevedoring Co., which owns the port.')).toEqual([
      'organisation:Greywater Stevedoring Co.',
    ]);
    expect(drafted('Halvorsen Urban Advisors found a shortfall.')).toEqual(['organisation:Halvorsen Urban Advisors']);
  });

  test('a person’s possessive before one word ends the name (“Sarah Palin’s Alaska”)', () => {
    expect(drafted('It was Sarah Palin’s Alaska, he said.')).toContain('person:Sarah Palin');
  });

  test('one word compromise’s lexicon knows as an organisation is drafted, unless only posted on', () => {
    expect(drafted('The deal gives IBM a foothold, the analysts said.')).toContain('organisation:IBM');
    expect(drafted('The mayor wrote on Facebook that the road would reopen.')).not.toContain('organisation:Facebook');
    expect(drafted('She spoke to BBC Radio Carnmoor on Monday and told the BBC on Tuesday.')).toEqual(
      expect.arrayContaining(['organisation:BBC Radio Carnmoor', 'organisation:BBC']),
    );
  });

  test('must not match: a place’s title word is no role (“Tessaly County Emergency Management”)', () => {
    expect(drafted('A spokesman for Tessaly County Emergency Management said 63 people were rescued.')).not.toContain(
      'person:Emergency Management',
    );
  });

  test.each([
    [
      'The policy was drafted by a group called Parents for Classroom Clarity, whose chair spoke.',
      'Parents for Classroom Clarity',
    ],
    [
      '“We will,” said a president of Harbor Workers Union Local 19, at a news conference.',
      'Harbor Workers Union Local 19',
    ],
    ['As the Halden Bay Examiner first reported the talks on Tuesday, shares rose.', 'Halden Bay Examiner'],
    [
      'A spokesman for Tessaly County Emergency Management said 63 people were rescued.',
      'Tessaly County Emergency Management',
    ],
    ['As the Handelskurier reported, the plant in Oberweiler will close. The Handelskurier said so.', 'Handelskurier'],
    ['The mayor told WKRV on Monday that the road would reopen.', 'WKRV'],
    ['The story first appeared in El Diario de Tesmonte on June 11.', 'El Diario de Tesmonte'],
    ['The farmers spoke to Eco delle Valli on Sunday.', 'Eco delle Valli'],
    ['Tests by Ashgrove Testing Laboratories found the batteries failed.', 'Ashgrove Testing Laboratories'],
  ])('an organisation: %s', (text, name) => {
    expect(drafted(text)).toContain(`organisation:${name}`);
  });

  test('must not match: a surname like a plural of a body’s word is a person’s (“Teodoro Banks”)', () => {
    expect(drafted('Teodoro Banks, who runs the shop, said prices rose.')).toEqual(['person:Teodoro Banks']);
  });

  test('must not match: a place “for” a body is two names', () => {
    expect(drafted('She reported from Harrow Falls for Lakehead Public Radio on Monday.')).not.toContain(
      'organisation:Harrow Falls for Lakehead Public Radio',
    );
  });

  test('a newsletter’s name is an organisation', () => {
    expect(drafted('Welcome to Statehouse Morning, where the session begins today.')).toEqual([
      'organisation:Statehouse Morning',
    ]);
  });
});
