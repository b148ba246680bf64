import Papa from 'papaparse';
import { GENERIC_HEADERS, normaliseHeader, PRESETS, CUSTOM_COLUMN_PREFIX } from './presets';

/** The separators Leadline recognises between fields. */
export type Delimiter = ',' | ';' | '\t';

/** A problem with one line of a file (1-based line number). */
export interface LineError {
  line: number;
  message: string;
}

/** One data row: where it starts in the file and its cells, one per header. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** A CSV file read as a table: its header row and data rows, with line numbers and problems. */
export interface CsvTable {
  delimiter: Delimiter;
  headers: string[];
  /** 1-based line of the header row (files such as LinkedIn's Connections.csv start with notes). */
  headerLine: number;
  rows: CsvRecord[];
  errors: LineError[];
  /** Lines in the file. */
  lineCount: number;
}

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/**
 * The delimiter used most consistently over the first lines: the one whose most common per-line
 * count (above zero) is shared by the most lines. Quoted text is left out of the count.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 65_536).replace(/"[^"]*"/g, '""');
  const lines = sample
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim())
    .slice(0, 30);
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const frequency = new Map<number, number>();
    for (const line of lines) {
      const count = line.split(delimiter).length - 1;
      if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    }
    for (const [count, lineCount] of frequency) {
      const score = lineCount * 1000 + Math.min(count, 999);
      if (score > bestScore) {
        bestScore = score;
        best = delimiter;
      }
    }
  }
  return best;
}

let knownHeaders: Set<string> | undefined;

/** True when a header names something some preset (or a hand-made sheet) is known to use. */
export function isKnownHeader(header: string): boolean {
  knownHeaders ??= new Set(
    [...PRESETS.flatMap((preset) => [...preset.columns, ...preset.alsoReads]), ...GENERIC_HEADERS].map(([name]) => normaliseHeader(name)),
  );
  const normalised = normaliseHeader(header);
  return knownHeaders.has(normalised) || normalised.startsWith(normaliseHeader(CUSTOM_COLUMN_PREFIX));
}

/** Makes repeated header names distinct ("Email", "Email (2)") so a mapping can name each column. */
function distinctHeaders(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, index) => {
    const base = cell.replace(/^\uFEFF/, '').trim() || `Column ${index + 1}`;
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), count);
    return count > 1 ? `${base} (${count})` : base;
  });
}

/** Lines that `text` spans between two offsets: CRLF, LF and a lone CR each end one line. */
function countLineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) breaks++;
    else if (code === 13 && text.charCodeAt(i + 1) !== 10) breaks++;
  }
  return breaks;
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/**
 * Reads CSV text into a table: detects the delimiter (unless given), finds the header row (the
 * first of the opening rows naming known columns, else the first row), and returns every non-empty
 * data row with the line it starts on. Rows with a different number of fields than the header are
 * reported, not guessed at. Calls `onProgress` with the fraction read now and then.
 */
export function parseCsvTable(input: string, options: { delimiter?: Delimiter; onProgress?: (fraction: number) => void } = {}): CsvTable {
  const text = input.replace(/^\uFEFF/, '');
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const records: Array<{ line: number; cells: string[]; error?: string }> = [];
  let position = 0;
  let line = 1;
  let nextReport = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step(results) {
      const start = line;
      const end = results.meta.cursor;
      line += countLineBreaks(text, position, end);
      position = end;
      const cells = results.data;
      const error = results.errors[0];
      const message = error
        ? error.code === 'MissingQuotes'
          ? 'A quoted field starts on this line and is never closed, so the rest of the file could not be read'
          : `Badly quoted field: ${error.message}`
        : undefined;
      if (!isBlank(cells) || message) records.push({ line: start, cells, ...(message ? { error: message } : {}) });
      if (options.onProgress && end >= nextReport) {
        options.onProgress(text.length ? end / text.length : 1);
        nextReport = end + 262_144;
      }
    },
  });
  const lineCount = text ? line - (/(\r\n|\n|\r)$/.test(text) ? 1 : 0) : 0;

  const headerIndex = findHeaderIndex(records);
  const headerRecord = records[headerIndex];
  if (!headerRecord) return { delimiter, headers: [], headerLine: 1, rows: [], errors: [], lineCount };
  const headers = distinctHeaders(headerRecord.cells);
  const rows: CsvRecord[] = [];
  const errors: LineError[] = [];
  for (const record of records.slice(headerIndex + 1)) {
    if (record.error) {
      errors.push({ line: record.line, message: record.error });
      continue;
    }
    let cells = record.cells;
    // A trailing separator (or several) adds empty fields some tools write: harmless.
    if (cells.length > headers.length && isBlank(cells.slice(headers.length))) cells = cells.slice(0, headers.length);
    if (cells.length !== headers.length) {
      errors.push({
        line: record.line,
        message: `This row has ${cells.length} ${cells.length === 1 ? 'field' : 'fields'} where the header has ${headers.length}: check for a missing separator or an unquoted ${delimiterName(delimiter)} inside a value`,
      });
      continue;
    }
    rows.push({ line: record.line, cells });
  }
  options.onProgress?.(1);
  return { delimiter, headers, headerLine: headerRecord.line, rows, errors, lineCount };
}

/** The first of the opening rows that names at least two known columns (else the first row). */
function findHeaderIndex(records: ReadonlyArray<{ cells: string[] }>): number {
  const limit = Math.min(records.length, 20);
  for (let i = 0; i < limit; i++) {
    const known = records[i]!.cells.filter(isKnownHeader).length;
    if (known >= 2 || (known === 1 && records[i]!.cells.length === 1)) return i;
  }
  return 0;
}

/** The delimiter as a person calls it. */
export function delimiterName(delimiter: Delimiter): string {
  return delimiter === ',' ? 'comma' : delimiter === ';' ? 'semicolon' : 'tab';
}
