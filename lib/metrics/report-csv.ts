/** A cell of a report table: text, a number, or nothing. */
export type Cell = string | number | null | undefined;

/** A report table as exported: a header row and data rows. */
export interface CsvTable {
  columns: readonly string[];
  rows: ReadonlyArray<readonly Cell[]>;
}

// Spreadsheet apps run a cell starting with these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV text: formula-like text is neutralised with a leading apostrophe, then quoted as RFC 4180 asks. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '') : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table as CSV (CRLF line ends, as RFC 4180 and spreadsheet apps expect). */
export function toCsv(table: CsvTable): string {
  return [table.columns, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
