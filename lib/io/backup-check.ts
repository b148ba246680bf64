import { ACTIVITY_TYPES, type Activity } from '../model';

/*
 * Exact checks of a backup's most numerous records, for restore. Timeline entries are most of a
 * backup (four or five a lead), and the schema's walk of each (zod runs without its compiled
 * checks in the extension's pages and workers) was a large part of a restore's check. A record is
 * first checked by hand for the shape every version of Leadline writes; when it holds, the result
 * is what `ActivitySchema` would give for it (the same fields in the same order, unknown fields
 * left out). Anything else, from an older default to a damaged value, goes through the schema,
 * which fills the default or names the problem: a record is never accepted here that the schema
 * refuses.
 */

const TYPES: ReadonlySet<string> = new Set(ACTIVITY_TYPES);
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
const isId = (value: unknown): value is string => typeof value === 'string' && value.length >= 1 && value.length <= 200;

/** `ActivityDetailsSchema`: keys of at most 60 characters; text up to 5,000, numbers, true/false, null. */
function plainDetails(value: unknown): value is Activity['details'] {
  if (!isPlainObject(value)) return false;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) return false;
    if (key.length > 60) return false;
    const item = value[key];
    if (item === null || typeof item === 'boolean') continue;
    if (typeof item === 'string' ? item.length > 5000 : typeof item !== 'number' || !Number.isFinite(item)) return false;
  }
  return true;
}

/**
 * The timeline entry `ActivitySchema` would parse from `raw`, when `raw` has the shape Leadline
 * writes; undefined otherwise (the caller then runs the schema).
 */
export function plainActivity(raw: unknown): Activity | undefined {
  if (!isPlainObject(raw)) return undefined;
  const { id, leadId, type, at, summary, details, pending, sample } = raw;
  if (!isId(id) || !isId(leadId) || typeof type !== 'string' || !TYPES.has(type)) return undefined;
  if (typeof at !== 'number' || !Number.isSafeInteger(at) || at < 0) return undefined;
  if (typeof summary !== 'string' || summary.length > 500 || !plainDetails(details)) return undefined;
  if ((pending !== undefined && typeof pending !== 'boolean') || (sample !== undefined && typeof sample !== 'boolean')) return undefined;
  const activity: Activity = { id, leadId, type: type as Activity['type'], at, summary, details };
  if (pending !== undefined) activity.pending = pending;
  if (sample !== undefined) activity.sample = sample;
  return activity;
}
