/** CSV as RFC 4180 describes it: a header row, CRLF line ends, fields quoted when they need to be. */

/** Serialises records to CSV with the given columns, in order. */
export function toCsv<T extends object>(records: readonly T[], columns: ReadonlyArray<keyof T & string>): string {
  const field = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    // A leading =, +, - or @ would be read as a formula by spreadsheets; a quote mark keeps it text.
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const rows = [columns.join(','), ...records.map((r) => columns.map((c) => field(r[c])).join(','))];
  return `${rows.join('\r\n')}\r\n`;
}
