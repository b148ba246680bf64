import { parseStored } from '../db';
import { LEAD_FIELDS, STAGE_LABELS, type Lead } from '../model';

/**
 * The check an export makes of each stored lead. Every lead Leadline wrote passed the full schema
 * when it was written, and walking that schema again was half an export's time. So a lead is first
 * checked only for what the CSV reads of it, each value of the type `leadsToCsv` expects (text,
 * lists of text, numbers, the stage); the full schema runs only on a record that fails this, which
 * fills the defaults of a record an older version wrote, or reports a damaged one (left out, and
 * counted, never written half-read).
 */
export function exportableLeads(raws: readonly unknown[]): { leads: Lead[]; skipped: number } {
  const leads: Lead[] = [];
  let skipped = 0;
  for (const raw of raws) {
    const lead = exportableLead(raw);
    if (lead) leads.push(lead);
    else skipped++;
  }
  return { leads, skipped };
}

/** One stored lead as the export reads it, or undefined when it is damaged (reported). */
export function exportableLead(raw: unknown, key?: string): Lead | undefined {
  if (raw === undefined) return undefined;
  return readsAsCsv(raw) ? (raw as Lead) : parseStored('leads', raw, key);
}

/** Text fields a CSV column may name (`cellValue`'s default case reads any of them as text). */
const TEXT_FIELDS: readonly string[] = [
  ...LEAD_FIELDS.filter((field) => field !== 'fullName' && field !== 'emails' && field !== 'phones' && field !== 'socialProfiles'),
  'expectedCloseDate',
  'lostReason',
  'owner',
  'dealCurrency',
];

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isTexts = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);
const optionalText = (value: unknown) => value === undefined || typeof value === 'string';
const isRows = (value: unknown, check: (row: Row) => boolean) => Array.isArray(value) && value.every((item) => isRow(item) && check(item));

/** True when every value the CSV reads of `raw` is there and of the type it reads. */
function readsAsCsv(raw: unknown): boolean {
  if (!isRow(raw)) return false;
  if (!isText(raw.id) || !raw.id || !isText(raw.fullName) || !raw.fullName.trim()) return false;
  // The Created column writes it as an ISO date, which throws beyond ±8.64e15 ms.
  if (typeof raw.createdAt !== 'number' || !(Math.abs(raw.createdAt) <= 8.64e15)) return false;
  if (!isText(raw.stage) || !Object.hasOwn(STAGE_LABELS, raw.stage)) return false;
  if (raw.dealValue !== undefined && (typeof raw.dealValue !== 'number' || !Number.isFinite(raw.dealValue))) return false;
  if (!isText(raw.notes) || !isTexts(raw.emails) || !isTexts(raw.phones) || !isTexts(raw.campaignIds)) return false;
  if (!isRows(raw.phoneE164, (entry) => isText(entry.phone) && isText(entry.e164) && optionalText(entry.ext))) return false;
  if (!isRows(raw.emailGuesses, (guess) => isText(guess.email))) return false;
  if (!isRows(raw.socialProfiles, (profile) => isText(profile.network) && isText(profile.handle) && isText(profile.url))) return false;
  if (!isRow(raw.customFields) || !Object.values(raw.customFields).every(isText)) return false;
  return TEXT_FIELDS.every((field) => optionalText(raw[field]));
}

/**
 * A stored lead an import merges into: read as it is when every value the merge and the CSV read is
 * there and of its type, else through the full schema (defaults filled, or reported and left out).
 * The merged lead is checked in full before it is written (applyImport), so a lead the import only
 * compares against is not walked through the schema as well.
 */
export function mergeableLead(raw: unknown, key?: string): Lead | undefined {
  if (raw === undefined) return undefined;
  return readsAsCsv(raw) && readsAsMerge(raw as Row) ? (raw as Lead) : parseStored('leads', raw, key);
}

const optionalTexts = (value: unknown) => value === undefined || isTexts(value);

/** What merging reads beyond the CSV's values: its bookkeeping and index keys. */
function readsAsMerge(raw: Row): boolean {
  return (
    typeof raw.updatedAt === 'number' &&
    isText(raw.capturedFrom) &&
    isTexts(raw.editedFields) &&
    isTexts(raw.identity) &&
    optionalTexts(raw.notSameAs) &&
    isRow(raw.provenance) &&
    isRow(raw.sourceTags) &&
    optionalText(raw.firstTouchCampaignId) &&
    optionalText(raw.lastTouchCampaignId)
  );
}
