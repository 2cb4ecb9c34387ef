/**
 * CSV as RFC 4180 describes it: a header row, CRLF line ends, fields quoted when they need to be; UTF-8 with a byte
 * order mark, so that a spreadsheet opened with a double-click reads curly quotes and accents as written (pandas and
 * csv readers skip it with encoding="utf-8-sig").
 */

/** The UTF-8 byte order mark every CSV file starts with. */
export const CSV_BOM = '\uFEFF';

/** A list in one CSV field: its items joined by "; ". */
export const joinList = (items: readonly unknown[] | undefined): string => (items ?? []).map(String).join('; ');

/** Serialises records to CSV with the given columns, in order. */
export function toCsv<T extends object>(records: readonly T[], columns: ReadonlyArray<keyof T & string>): string {
  const field = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    // A leading =, +, - or @ would be read as a formula by spreadsheets; a quote mark keeps it text.
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const rows = [columns.join(','), ...records.map((r) => columns.map((c) => field(r[c])).join(','))];
  return `${CSV_BOM}${rows.join('\r\n')}\r\n`;
}
