/** Dates as readers see them, computed in UTC so that no machine's time zone changes a page. */

const long = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const short = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
const monthYear = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });

/** "Thursday 10 November 2022" for 2022-11-10. */
export function longDate(iso: string): string {
  return long.format(utcDate(iso)).replace(',', '');
}

/** "10 Nov 2022" for 2022-11-10. */
export function shortDate(iso: string): string {
  return short.format(utcDate(iso));
}

/** "November 2022" for 2022-11 (or any date in that month). */
export function monthLabel(iso: string): string {
  return monthYear.format(utcDate(iso.length === 7 ? `${iso}-01` : iso));
}

/** Midnight UTC on a YYYY-MM-DD date: the same instant on every machine, whatever its time zone. */
export function utcDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}
