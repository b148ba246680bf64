import type { LeadlineDB } from '../db';
import { checkRows, resolveMapping, type ParseLeadsOptions } from './csv';
import { parseCsvTable } from './csv-table';
import { checkCsvLines } from './limits';
import { applyImport, type ImportResult } from './import-apply';
import type { ImportOptions } from './import-plan';

/**
 * Imports CSV text in one go (detection, mapping, checks, one transaction): what the dashboard does
 * step by step, for scripts and tests.
 */
export async function importCsvText(
  db: LeadlineDB,
  text: string,
  options: ParseLeadsOptions & ImportOptions & { fileName?: string } = {},
  now = Date.now(),
): Promise<ImportResult> {
  checkCsvLines(text);
  const table = parseCsvTable(text);
  const { preset, mapping } = resolveMapping(table.headers, options);
  const { rows, errors } = checkRows(table, mapping);
  return applyImport(db, rows, errors, { ...options, fileName: options.fileName ?? 'import.csv', preset }, undefined, now);
}
