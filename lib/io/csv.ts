import { emailStatus } from '../emails';
import { STAGE_LABELS, type Lead } from '../model';
import { IsoTimestamps } from '../time';
import { guardCell } from './cell-guard';
import { phoneCell, phoneForExport } from './phone-cell';
import { parseCsvTable, type CsvTable, type LineError } from './csv-table';
import { CUSTOM_PREFIX, isMappingTarget, VALUE_SEPARATOR, type ImportField, type MappingTarget } from './import-fields';
import { validateRow, type ImportRow } from './import-row';
import { customKey, mapRow, type ColumnMapping } from './map-row';
import { CUSTOM_COLUMN_PREFIX, findPreset, GENERIC_HEADERS, normaliseHeader, PRESETS, type CsvPreset } from './presets';

/** Options of `parseLeadsCsv`: a preset id, and/or a mapping (file header → field) that overrides it. */
export interface ParseLeadsOptions {
  preset?: string;
  mapping?: Record<string, string>;
}

/** A data row that passed its checks: its line, the mapped text and the typed row. */
export interface CheckedRow {
  line: number;
  fields: Record<string, string>;
  row: ImportRow;
}

/** The preset whose signature headers the file has and which recognises most of its columns. */
export function detectPreset(headers: readonly string[]): CsvPreset | undefined {
  const names = new Set(headers.map(normaliseHeader));
  let best: CsvPreset | undefined;
  let bestScore = 0;
  for (const preset of PRESETS) {
    if (!preset.signature.some((header) => names.has(normaliseHeader(header)))) continue;
    const known = new Set([...preset.columns, ...preset.alsoReads].map(([header]) => normaliseHeader(header)));
    const score = [...names].filter((name) => known.has(name)).length;
    if (score > bestScore) {
      best = preset;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The mapping for a file's headers: the preset's columns (the given one, else the detected one),
 * then the usual spellings for the rest, then `mapping` on top. `mapping` may be written either
 * way round (header → field, or field → header).
 */
export function resolveMapping(headers: readonly string[], options: ParseLeadsOptions = {}): { preset: string; mapping: ColumnMapping } {
  const preset = findPreset(options.preset) ?? detectPreset(headers);
  const presetColumns = new Map<string, MappingTarget>();
  for (const [header, field] of [...(preset?.columns ?? []), ...(preset?.alsoReads ?? [])]) {
    if (!presetColumns.has(normaliseHeader(header))) presetColumns.set(normaliseHeader(header), field);
  }
  const generic = new Map(GENERIC_HEADERS.map(([header, field]) => [normaliseHeader(header), field]));
  const customPrefix = normaliseHeader(CUSTOM_COLUMN_PREFIX);
  // Null prototype: a column headed "constructor" or "__proto__" is a column like any other.
  const mapping: ColumnMapping = Object.create(null) as ColumnMapping;
  for (const header of headers) {
    const name = normaliseHeader(header);
    const customKeyName = header.trim().slice(CUSTOM_COLUMN_PREFIX.length).trim();
    const custom = `${CUSTOM_PREFIX}${customKeyName}`;
    mapping[header] =
      presetColumns.get(name) ?? (name.startsWith(customPrefix) && isMappingTarget(custom) ? custom : undefined) ?? generic.get(name) ?? '';
  }
  const byName = new Map(headers.map((header) => [normaliseHeader(header), header]));
  for (const [key, value] of Object.entries(options.mapping ?? {})) {
    const header = byName.get(normaliseHeader(key));
    if (header !== undefined && isMappingTarget(value)) {
      mapping[header] = value;
      continue;
    }
    const reverse = byName.get(normaliseHeader(value));
    if (reverse !== undefined && isMappingTarget(key)) mapping[reverse] = key;
  }
  return { preset: preset?.id ?? 'custom', mapping };
}

const IDENTITY_TARGETS: ReadonlySet<MappingTarget> = new Set(['fullName', 'firstName', 'lastName', 'email', 'otherEmails']);

/** Maps and checks every row of a table; rows that fail are reported by line and left out. */
export function checkRows(table: CsvTable, mapping: ColumnMapping): { rows: CheckedRow[]; errors: LineError[] } {
  const errors: LineError[] = [...table.errors];
  if (!table.headers.length) return { rows: [], errors: [{ line: 1, message: 'The file is empty' }] };
  if (!table.headers.some((header) => IDENTITY_TARGETS.has(mapping[header] ?? ''))) {
    errors.push({
      line: table.headerLine,
      message: 'No column holds names or email addresses: map at least one column to Full name, First name, Last name or Email',
    });
    return { rows: [], errors: errors.sort((a, b) => a.line - b.line) };
  }
  const rows: CheckedRow[] = [];
  for (const record of table.rows) {
    const fields = mapRow(record.cells, table.headers, mapping);
    const checked = validateRow(fields);
    if (checked.ok) rows.push({ line: record.line, fields, row: checked.row });
    else errors.push({ line: record.line, message: checked.message });
  }
  return { rows, errors: errors.sort((a, b) => a.line - b.line) };
}

/**
 * Reads leads from CSV text: delimiter and header format detected, rows
 * keyed by field name (ProspectDraft names for person fields; `otherEmails`, `stage`, `notes`,
 * `custom.<key>` … for the rest), empty fields left out. A row that cannot be imported as it is
 * (ragged, bad email, no name or email) is not in `rows`; it is in `errors` with its 1-based line.
 */
export function parseLeadsCsv(
  text: string,
  options: ParseLeadsOptions = {},
): { rows: Array<Record<string, string>>; errors: Array<{ line: number; message: string }> } {
  const table = parseCsvTable(text);
  const { mapping } = resolveMapping(table.headers, options);
  const { rows, errors } = checkRows(table, mapping);
  return { rows: rows.map((row) => row.fields), errors };
}

/** What `leadsToCsv` needs besides the leads: campaign names for the Campaigns column. */
export interface CsvExportContext {
  campaignNames?: ReadonlyMap<string, string>;
}

/**
 * Writes leads as CSV in a preset's columns (Leadline's own by default): a UTF-8 byte-order mark,
 * CRLF line ends, quotes around values with separators, quotes or line breaks, every cell a
 * spreadsheet would run as a formula guarded with a leading apostrophe, and phones as `(+1) 512 555
 * 0187` (see `phone-cell.ts`). Rows keep the given order.
 */
export function leadsToCsv(leads: readonly Lead[], preset = 'leadline', context: CsvExportContext = {}): string {
  const writer = new LeadsCsvWriter(preset, context);
  writer.add(leads);
  return writer.finish();
}

/** A line under construction: its columns so far, and what ordering and the custom columns need. */
interface PendingLine {
  line: string;
  key: string;
  id: string;
  customFields: Record<string, string>;
}

/**
 * `leadsToCsv` a chunk of leads at a time: an export writes each chunk's lines while IndexedDB
 * reads the next one. The preset's own columns are written as a chunk arrives; the custom columns
 * (which come last, one per custom field any lead has) and, with `byName`, the order (name, then
 * id, as the leads table lists them) are settled by `finish`. The file is byte for byte what
 * `leadsToCsv` writes for the same leads in their final order.
 */
export class LeadsCsvWriter {
  private readonly format: CsvPreset;
  /**
   * What each of the preset's columns writes, settled once rather than for every cell. Each is a
   * small function of its own: stored leads come back from IndexedDB in many hidden classes (their
   * properties in the order each was written), and one function writing every column, compiled
   * for the few it had seen, was deoptimized and compiled again at each new one (some 200 ms of
   * compiling in each of the first three exports of 6,000 leads). Now a new hidden class
   * recompiles the one small function that met it.
   */
  private readonly columns: readonly ColumnWriter[];
  private readonly lines: PendingLine[] = [];
  private readonly customKeys = new Set<string>();

  constructor(
    preset = 'leadline',
    context: CsvExportContext = {},
    private readonly byName = false,
  ) {
    const format = findPreset(preset);
    if (!format) throw new Error(`Unknown export format “${preset}”`);
    this.format = format;
    const names = context.campaignNames ?? new Map<string, string>();
    // The Created column's times: one Date and ISO string a day, not one a lead.
    const times = new IsoTimestamps();
    this.columns = format.columns.map(([, target]) => columnWriter(target, names, times));
  }

  /** How many leads have been added. */
  get count(): number {
    return this.lines.length;
  }

  /** Writes the preset's columns of each lead. */
  add(leads: readonly Lead[]): void {
    const { columns } = this;
    const { customColumns } = this.format;
    const taken: Taken = { emails: 0, phones: 0 };
    for (const lead of leads) {
      if (customColumns) for (const key of Object.keys(lead.customFields)) this.customKeys.add(key);
      taken.emails = 0;
      taken.phones = 0;
      const cells = new Array<string>(columns.length);
      for (let index = 0; index < columns.length; index++) cells[index] = columns[index]!(lead, taken);
      this.lines.push({
        line: cells.join(','),
        key: this.byName ? lead.fullName.toLowerCase() : '',
        id: lead.id,
        customFields: lead.customFields,
      });
    }
  }

  /** The whole file: the header, every line (sorted by name when asked) with its custom columns. */
  finish(): string {
    return this.finishParts().join('');
  }

  /**
   * The whole file in parts, a block of lines each, for a Blob: joined into one text, the file
   * would be copied once more, and as two bytes a character throughout (the byte-order mark at its
   * start is beyond Latin-1), where a part of plain lines stays one byte a character.
   */
  finishParts(): string[] {
    const customKeys = [...this.customKeys].sort();
    const headers = [...this.format.columns.map(([header]) => header), ...customKeys.map((key) => `${CUSTOM_COLUMN_PREFIX}${key}`)];
    const lines = this.byName ? this.lines.sort(byNameThenId) : this.lines;
    const parts = [`\uFEFF${headers.map(csvField).join(',')}\r\n`];
    for (let start = 0; start < lines.length; start += LINES_PER_PART) {
      const end = Math.min(lines.length, start + LINES_PER_PART);
      const block = new Array<string>(end - start);
      for (let index = start; index < end; index++) {
        const { line, customFields } = lines[index]!;
        let text = line;
        for (const key of customKeys) text += `,${safeField(customValue(customFields, key))}`;
        block[index - start] = text;
      }
      parts.push(`${block.join('\r\n')}\r\n`);
    }
    return parts;
  }
}

/** Lines in each of `finishParts`' parts. */
const LINES_PER_PART = 2000;

const byNameThenId = (a: PendingLine, b: PendingLine): number =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * One field as RFC 4180 writes it (and as Papa.unparse wrote it before, byte for byte): in quotes,
 * with quotes doubled, when it holds a comma, a quote, a line break or a byte-order mark, or starts
 * or ends with a space (which some readers trim); as it is otherwise.
 */
const NEEDS_QUOTES = /[",\r\n\uFEFF]/;
export function csvField(value: string): string {
  if (value === '') return value;
  if (NEEDS_QUOTES.test(value)) return `"${value.replaceAll('"', '""')}"`;
  return value.charCodeAt(0) === 32 || value.charCodeAt(value.length - 1) === 32 ? `"${value}"` : value;
}

/** A lead's custom field `key`, or nothing (never a property the object inherits). */
const customValue = (fields: Record<string, string>, key: string): string => (Object.hasOwn(fields, key) ? (fields[key] ?? '') : '');

/** How many of a lead's addresses and phones the columns so far have written (Email, then Other emails, …). */
interface Taken {
  emails: number;
  phones: number;
}

/** One column's cell of a lead, guarded and quoted as the file has it. */
type ColumnWriter = (lead: Lead, taken: Taken) => string;

/** A value as a cell: a formula guarded (`guardCell`), then quoted where needed (`csvField`). */
const safeField = (value: string): string => (value === '' ? '' : csvField(guardCell(value)));

/**
 * The writer of a preset's column. Phone cells are made safe by `phoneCell` itself (a guarded phone
 * is not read as one by importers); every other cell by `safeField`.
 */
function columnWriter(target: MappingTarget, names: ReadonlyMap<string, string>, times: IsoTimestamps): ColumnWriter {
  const custom = customKey(target);
  if (custom !== undefined) return (lead) => safeField(customValue(lead.customFields, custom));
  if (target === 'phone') return (lead, taken) => (taken.phones < lead.phones.length ? csvField(exportPhone(lead, taken.phones++)) : '');
  if (target === 'otherPhones') {
    return (lead, taken) => {
      const cells: string[] = [];
      while (taken.phones < lead.phones.length) cells.push(exportPhone(lead, taken.phones++));
      return csvField(cells.join(VALUE_SEPARATOR));
    };
  }
  const read = cellReader(target, names, times);
  return (lead, taken) => safeField(read(lead, taken));
}

/** The cell of a lead's phone at `index`: as `phoneForExport` writes it, then `phoneCell`. */
function exportPhone(lead: Lead, index: number): string {
  const phone = lead.phones[index]!;
  const entry = lead.phoneE164.find((known) => known.phone === phone);
  return phoneCell(phoneForExport(phone, entry?.e164, entry?.ext), entry?.e164);
}

/** What a column (not a phone's, not a custom field's) reads of a lead. The Email column and Other emails take the lead's addresses in turn. */
function cellReader(target: MappingTarget, names: ReadonlyMap<string, string>, times: IsoTimestamps): (lead: Lead, taken: Taken) => string {
  switch (target as ImportField | '') {
    case '':
      return () => '';
    case 'email':
      return (lead, taken) => (taken.emails < lead.emails.length ? lead.emails[taken.emails++]! : '');
    case 'otherEmails':
      return (lead, taken) => {
        const rest = lead.emails.slice(taken.emails);
        taken.emails = lead.emails.length;
        return rest.join(VALUE_SEPARATOR);
      };
    case 'emailStatus':
      // One status per address, in the order of the Email and Other emails columns.
      return (lead) => lead.emails.map((email) => emailStatus(lead, email)).join(VALUE_SEPARATOR);
    case 'stage':
      return (lead) => STAGE_LABELS[lead.stage];
    case 'dealValue':
      return (lead) => (lead.dealValue === undefined ? '' : String(lead.dealValue));
    case 'campaigns':
      return (lead) => lead.campaignIds.map((id) => names.get(id) ?? id).join(VALUE_SEPARATOR);
    case 'createdAt':
      return (lead) => times.format(lead.createdAt);
    case 'notes':
      return (lead) => lead.notes;
    case 'socialProfiles':
      // Network, handle and address, so the file says which account it is and imports back as is.
      return (lead) => lead.socialProfiles.map((profile) => `${profile.network} ${profile.handle} ${profile.url}`).join(VALUE_SEPARATOR);
    default:
      return (lead) => {
        const value = (lead as Record<string, unknown>)[target];
        return typeof value === 'string' ? value : '';
      };
  }
}
