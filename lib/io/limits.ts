/**
 * How large a file Leadline reads. Checked before a file is read or parsed, so a huge file is
 * refused with a message instead of the dashboard running out of memory. The README states them.
 */
export const CSV_MAX_BYTES = 50 * 1024 * 1024;
/** Lines, counted before parsing (a cell with line breaks counts each of its lines). */
export const CSV_MAX_LINES = 200_000;
export const BACKUP_MAX_BYTES = 500 * 1024 * 1024;

/** A file refused for its size; the message names the limit. */
export class FileTooLargeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileTooLargeError';
  }
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024)).toLocaleString('en')} MB`;

/** Refuses a CSV file larger than CSV_MAX_BYTES, before it is read. */
export function checkCsvSize(bytes: number): void {
  if (bytes > CSV_MAX_BYTES) {
    throw new FileTooLargeError(
      `This file is ${megabytes(bytes)}: Leadline imports CSV files of up to ${megabytes(CSV_MAX_BYTES)}. Split it into smaller files.`,
    );
  }
}

/** Refuses CSV text with more than CSV_MAX_LINES lines, before it is parsed. */
export function checkCsvLines(text: string): void {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    if (++lines > CSV_MAX_LINES) {
      throw new FileTooLargeError(
        `This file has more than ${CSV_MAX_LINES.toLocaleString('en')} lines: Leadline imports up to ${CSV_MAX_LINES.toLocaleString('en')} lines at a time. Split it into smaller files.`,
      );
    }
  }
}

/** Refuses a backup file larger than BACKUP_MAX_BYTES, before it is read. */
export function checkBackupSize(bytes: number): void {
  if (bytes > BACKUP_MAX_BYTES) {
    throw new FileTooLargeError(`This backup is ${megabytes(bytes)}: Leadline restores backups of up to ${megabytes(BACKUP_MAX_BYTES)}.`);
  }
}
