/**
 * Spreadsheet formula injection: Excel, Numbers and Sheets run a cell that begins with = + - @ (or
 * a tab or carriage return before one) as a formula. Export prefixes such cells with an apostrophe;
 * import removes exactly that prefix, so values survive the round trip unchanged.
 */
const DANGEROUS = /^'*[=+\-@\t\r]/;

/** The cell as written to a CSV file: a value a spreadsheet would evaluate gets a leading `'`. */
export function guardCell(value: string): string {
  return DANGEROUS.test(value) ? `'${value}` : value;
}

/** The value behind a guarded cell (the inverse of `guardCell`). */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && DANGEROUS.test(cell) ? cell.slice(1) : cell;
}
