import { describe, expect, test } from 'vitest';
import { findRelativeDates, formatDay, parseDay } from '../../src/analysis/relative-dates.ts';

// 2022-11-10 is a Thursday; 2023-06-28 a Wednesday; 2023-06-25 a Sunday.
const cases: Array<{ text: string; date: string; expression: string; from: string | null; to?: string }> = [
  {
    text: 'He spoke in New York on Wednesday.',
    date: '2022-11-10',
    expression: 'on Wednesday',
    from: '2022-11-09',
    to: '2022-11-09',
  },
  {
    text: 'The Pentagon on Thursday announced aid.',
    date: '2022-11-10',
    expression: 'on Thursday',
    from: '2022-11-10',
    to: '2022-11-10',
  },
  {
    text: 'Biden said on Tuesday that it was hard to tell.',
    date: '2023-06-28',
    expression: 'on Tuesday',
    from: '2023-06-27',
  },
  { text: 'Blinken said when asked Tuesday on MSNBC.', date: '2023-06-28', expression: 'Tuesday', from: '2023-06-27' },
  { text: 'A vote on Friday went badly.', date: '2022-11-10', expression: 'on Friday', from: '2022-11-04' },
  { text: 'The vote will be held on Friday.', date: '2022-11-10', expression: 'on Friday', from: '2022-11-11' },
  {
    text: 'The operator will publish a revised timetable on Friday.',
    date: '2022-11-10',
    expression: 'on Friday',
    from: '2022-11-11',
  },
  {
    text: 'The operator revised its timetable on Friday.',
    date: '2022-11-10',
    expression: 'on Friday',
    from: '2022-11-04',
  },
  {
    text: 'A trip to Kyiv last week left doubts.',
    date: '2022-11-10',
    expression: 'last week',
    from: '2022-10-31',
    to: '2022-11-06',
  },
  {
    // "this week" is the whole week, as "this month" is the whole month; "earlier this week" runs to the date.
    text: 'Aides reiterated this week that talks were off.',
    date: '2022-11-10',
    expression: 'this week',
    from: '2022-11-07',
    to: '2022-11-13',
  },
  {
    text: 'The talks will resume this week.',
    date: '2022-11-10',
    expression: 'this week',
    from: '2022-11-07',
    to: '2022-11-13',
  },
  {
    text: 'He spoke to NATO leaders this weekend.',
    date: '2023-06-28',
    expression: 'this weekend',
    from: '2023-06-24',
    to: '2023-06-25',
  },
  {
    text: 'He spoke to NATO leaders this weekend.',
    date: '2023-06-25',
    expression: 'this weekend',
    from: '2023-06-24',
    to: '2023-06-25',
  },
  {
    text: 'A summit to be held this weekend.',
    date: '2023-06-28',
    expression: 'this weekend',
    from: '2023-07-01',
    to: '2023-07-02',
  },
  {
    text: 'What happened over the weekend is unclear.',
    date: '2023-06-28',
    expression: 'over the weekend',
    from: '2023-06-24',
    to: '2023-06-25',
  },
  {
    text: 'They met last weekend.',
    date: '2023-06-25',
    expression: 'last weekend',
    from: '2023-06-17',
    to: '2023-06-18',
  },
  {
    text: 'A phrase used by the G7 last month.',
    date: '2022-11-10',
    expression: 'last month',
    from: '2022-10-01',
    to: '2022-10-31',
  },
  {
    text: 'A phrase used last month.',
    date: '2023-01-15',
    expression: 'last month',
    from: '2022-12-01',
    to: '2022-12-31',
  },
  {
    text: 'Sales fell last month.',
    date: '2024-03-31',
    expression: 'last month',
    from: '2024-02-01',
    to: '2024-02-29',
  },
  {
    text: 'The summit to be held in two weeks’ time in Lithuania.',
    date: '2023-06-28',
    expression: 'in two weeks’ time',
    from: '2023-07-10',
    to: '2023-07-16',
  },
  {
    text: 'They meet in two weeks.',
    date: '2023-06-28',
    expression: 'in two weeks',
    from: '2023-07-10',
    to: '2023-07-16',
  },
  {
    text: 'It happens in three days.',
    date: '2022-12-30',
    expression: 'in three days',
    from: '2023-01-02',
    to: '2023-01-02',
  },
  { text: 'He left yesterday.', date: '2023-03-01', expression: 'yesterday', from: '2023-02-28', to: '2023-02-28' },
  {
    text: 'It was settled last year.',
    date: '2023-06-28',
    expression: 'last year',
    from: '2022-01-01',
    to: '2022-12-31',
  },
  // Unresolvable: returned with a reason, never guessed.
  { text: 'It has spilled into public in recent days.', date: '2022-11-10', expression: 'in recent days', from: null },
  { text: 'Democrats recently released a letter.', date: '2022-11-10', expression: 'recently', from: null },
  { text: 'The meeting is just weeks away.', date: '2023-06-28', expression: 'weeks away', from: null },
  // "last Tuesday": the Tuesday of the week before the article's (Wednesday 28 June 2023), "next Monday" the Monday
  // of the week after.
  { text: 'They met last Tuesday.', date: '2023-06-28', expression: 'last Tuesday', from: '2023-06-20' },
  { text: 'Last Tuesday they met.', date: '2023-06-27', expression: 'Last Tuesday', from: '2023-06-20' },
  { text: 'They meet next Monday.', date: '2023-06-28', expression: 'next Monday', from: '2023-07-03' },
  // "this Monday" is the coming one where the clause looks ahead, else the Monday of the article's week.
  { text: 'They met this Monday.', date: '2023-06-28', expression: 'this Monday', from: '2023-06-26' },
  { text: 'They meet again this Monday.', date: '2023-06-28', expression: 'this Monday', from: '2023-07-03' },
  { text: 'The panel will rule this Monday.', date: '2023-06-28', expression: 'this Monday', from: '2023-07-03' },
  {
    text: 'He announced a protest for this Saturday.',
    date: '2025-02-27',
    expression: 'this Saturday',
    from: '2025-03-01',
  },
  // A present tense of a plan looks ahead; a noun among the words of time ("the plans") says nothing.
  { text: 'On Friday, she retires as its chief.', date: '2025-04-24', expression: 'On Friday', from: '2025-04-25' },
  { text: 'The trustees meet again on Monday.', date: '2025-12-11', expression: 'on Monday', from: '2025-12-15' },
  {
    text: 'Staff were told of the plans at a meeting on Tuesday.',
    date: '2025-10-08',
    expression: 'on Tuesday',
    from: '2025-10-07',
  },
  // A modal sets the whole clause ahead, however far before the expression.
  {
    text: 'Families can book a catch-up dose through their GP surgery or at a drop-in clinic at the town library on Saturday.',
    date: '2025-11-06',
    expression: 'on Saturday',
    from: '2025-11-08',
  },
  // The nearest word of time decides: "said Tuesday" looks back though "would" follows.
  {
    text: 'She said Tuesday that she would ask for a review.',
    date: '2026-05-06',
    expression: 'Tuesday',
    from: '2026-05-05',
  },
  {
    text: 'Schools will stay closed tomorrow and Thursday.',
    date: '2025-10-07',
    expression: 'tomorrow',
    from: '2025-10-08',
  },
  {
    text: 'The department announced two weeks ago.',
    date: '2025-10-22',
    expression: 'two weeks ago',
    from: '2025-10-08',
  },
  {
    text: 'He said it earlier this month.',
    date: '2025-06-24',
    expression: 'earlier this month',
    from: '2025-06-01',
    to: '2025-06-24',
  },
  {
    text: 'Talks resume later this month.',
    date: '2026-06-13',
    expression: 'later this month',
    from: '2026-06-13',
    to: '2026-06-30',
  },
  {
    text: 'It happened the day before yesterday.',
    date: '2023-06-28',
    expression: 'the day before yesterday',
    from: '2023-06-26',
  },
  {
    text: 'Sales rose earlier this year.',
    date: '2023-06-28',
    expression: 'earlier this year',
    from: '2023-01-01',
    to: '2023-06-28',
  },
  {
    text: 'A vote is planned later this year.',
    date: '2023-06-28',
    expression: 'later this year',
    from: '2023-06-28',
    to: '2023-12-31',
  },
  {
    text: 'It closed last February.',
    date: '2025-02-18',
    expression: 'last February',
    from: '2024-02-01',
    to: '2024-02-29',
  },
  { text: 'It opens next May.', date: '2025-02-18', expression: 'next May', from: '2025-05-01', to: '2025-05-31' },
  { text: 'The storm hit last night.', date: '2023-06-28', expression: 'last night', from: '2023-06-27' },
  { text: 'The mayor spoke this morning.', date: '2023-06-28', expression: 'this morning', from: '2023-06-28' },
  { text: 'Crews worked through last winter.', date: '2023-06-28', expression: 'last winter', from: null },
  // The clause's tense decides, not the sentence's: Thursday looks ahead, Tuesday back.
  {
    text: 'Dockers will return on Thursday after they agreed on Tuesday night.',
    date: '2024-03-13',
    expression: 'on Thursday',
    from: '2024-03-14',
  },
  {
    text: 'She said she would raise it with ministers on Thursday.',
    date: '2024-10-22',
    expression: 'on Thursday',
    from: '2024-10-24',
  },
  // A modal however far back in the clause looks ahead ("would" reported, "could"), unless "have" follows it.
  {
    text: 'Mendes said the union would hold a vigil for the two miners outside the mine gate on Friday.',
    date: '2026-03-11',
    expression: 'on Friday',
    from: '2026-03-13',
  },
  {
    text: 'Gusts could reach 45 miles an hour across the ridge near town on Thursday.',
    date: '2025-09-03',
    expression: 'on Thursday',
    from: '2025-09-04',
  },
  {
    text: 'The crews could have reached the ridge above the old quarry road on Thursday.',
    date: '2025-09-03',
    expression: 'on Thursday',
    from: '2025-08-28',
  },
  // A present tense of a plan or a fixture in its base form ("Applications open", "Members plan a protest").
  { text: 'Applications open on Friday.', date: '2025-08-27', expression: 'on Friday', from: '2025-08-29' },
  {
    text: 'Members of the group plan a protest at the station on Friday.',
    date: '2026-03-10',
    expression: 'on Friday',
    from: '2026-03-13',
  },
  // "through" is no sign of the future unless the day follows it: "sat through the meeting on Thursday".
  {
    text: 'I also sat through the school board meeting on Thursday.',
    date: '2027-01-27',
    expression: 'on Thursday',
    from: '2027-01-21',
  },
  { text: 'The office stays shut through Friday.', date: '2027-01-27', expression: 'Friday', from: '2027-01-29' },
  {
    text: 'It was found in February last year.',
    date: '2025-03-04',
    expression: 'in February last year',
    from: '2024-02-01',
    to: '2024-02-29',
  },
  {
    text: 'We have been warning people since Monday.',
    date: '2026-11-12',
    expression: 'since Monday',
    from: '2026-11-09',
    to: '2026-11-12',
  },
  // A month, or a day of a month, with no year: the most recent one, or the coming one where the clause looks ahead.
  {
    text: 'She retired in January.',
    date: '2024-04-09',
    expression: 'in January',
    from: '2024-01-01',
    to: '2024-01-31',
  },
  {
    text: 'She retired in October.',
    date: '2024-04-09',
    expression: 'in October',
    from: '2023-10-01',
    to: '2023-10-31',
  },
  {
    text: 'The plant will reopen in March.',
    date: '2024-04-09',
    expression: 'in March',
    from: '2025-03-01',
    to: '2025-03-31',
  },
  { text: 'Prices rose in April.', date: '2024-04-09', expression: 'in April', from: '2024-04-01', to: '2024-04-30' },
  {
    text: 'Waiting lists were longest at the end of June.',
    date: '2021-08-17',
    expression: 'the end of June',
    from: '2021-06-30',
    to: '2021-06-30',
  },
  {
    text: 'He was sentenced in mid-July.',
    date: '2012-08-10',
    expression: 'in mid-July',
    from: '2012-07-11',
    to: '2012-07-20',
  },
  {
    text: 'The massacre happened on May 24.',
    date: '2022-08-30',
    expression: 'on May 24',
    from: '2022-05-24',
    to: '2022-05-24',
  },
  {
    text: 'The hearing is set for April 2.',
    date: '2012-03-15',
    expression: 'April 2',
    from: '2012-04-02',
    to: '2012-04-02',
  },
  {
    text: 'They met Jan. 19 in Doha.',
    date: '2020-01-19',
    expression: 'Jan. 19',
    from: '2020-01-19',
    to: '2020-01-19',
  },
  { text: 'The strike ends on 22 March.', date: '2025-03-17', expression: 'on 22 March', from: '2025-03-22' },
  {
    text: 'CASTLEBRIDGE, Oct 19 (Wire) — Rail fares rose.',
    date: '2026-10-19',
    expression: 'Oct 19',
    from: '2026-10-19',
  },
  // No word of time either way: the nearer one ("The budget takes effect July 1" in a May article).
  { text: 'The budget takes effect July 1.', date: '2026-05-20', expression: 'July 1', from: '2026-07-01' },
  {
    text: 'Ticket sales opened in December.',
    date: '2026-02-03',
    expression: 'in December',
    from: '2025-12-01',
    to: '2025-12-31',
  },
  // No word of time either way: the nearer of the two days ("Storms are possible Sunday" in Saturday's paper).
  { text: 'Storms are possible Sunday.', date: '2020-04-18', expression: 'Sunday', from: '2020-04-19' },
  {
    text: 'It has rained since Thursday.',
    date: '2026-11-12',
    expression: 'since Thursday',
    from: '2026-11-05',
    to: '2026-11-12',
  },
];

describe('findRelativeDates', () => {
  test('a day of any week is no date', () => {
    expect(findRelativeDates('It was a Monday morning. He works every Friday.', '2025-06-24')).toEqual([]);
  });

  test.each(cases)('"$expression" in "$text" ($date)', ({ text, date, expression, from, to }) => {
    const [found] = findRelativeDates(text, date);
    expect(found?.text).toBe(expression);
    expect(text.slice(found!.start, found!.start + expression.length)).toBe(expression);
    if (from === null) expect(found?.resolved).toBeNull();
    else expect(found?.resolved).toEqual({ from, to: to ?? from });
    expect(found?.reason).toBeTruthy();
  });

  test.each([
    'The war is too soon to settle.',
    'Nothing about Ukraine without Ukraine.',
    'The weekly newsletter said so.',
    'A Tuesdays-only market.',
  ])('must not match: %s', (text) => {
    expect(findRelativeDates(text, '2022-11-10')).toEqual([]);
  });

  test('finds several expressions in reading order, each resolved within its own sentence', () => {
    const found = findRelativeDates('He spoke on Wednesday. The vote will be held on Friday.', '2022-11-10');
    expect(found.map((f) => [f.text, f.resolved?.from])).toEqual([
      ['on Wednesday', '2022-11-09'],
      ['on Friday', '2022-11-11'],
    ]);
  });

  test('day arithmetic is plain UTC calendar days', () => {
    expect(formatDay(parseDay('2024-02-28') + 1)).toBe('2024-02-29');
    expect(formatDay(parseDay('2023-03-26') + 1)).toBe('2023-03-27');
    expect(() => parseDay('10/11/2022')).toThrow('article date "10/11/2022" is not written YYYY-MM-DD');
  });
});
