// CSV (RFC 4180) with spreadsheet formula injection neutralised.

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: a leading ' defuses formulas; quoted when it holds a comma, quote or line break. */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: unknown[]): string {
  return cells.map(csvCell).join(',');
}

/** A whole CSV file: header and rows, CRLF line ends as RFC 4180 asks. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map(csvRow).join('\r\n') + '\r\n';
}
