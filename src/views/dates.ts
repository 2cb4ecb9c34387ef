/** Dates as readers see them, computed in UTC so that no machine's time zone changes a page. */

const long = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const short = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });

/** "Thursday 10 November 2022" for 2022-11-10. */
export function longDate(iso: string): string {
  return long.format(toDate(iso)).replace(',', '');
}

/** "10 Nov 2022" for 2022-11-10. */
export function shortDate(iso: string): string {
  return short.format(toDate(iso));
}

function toDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}
