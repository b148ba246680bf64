import { z } from 'zod';
import { describeZodError, type Settings, SettingsSchema, WORKSPACE_SETTINGS, type WorkspaceSettingKey } from '../model';
import { docIdOf, InvalidRecordError, keyPathOf, type LeadlineSchema, parseForWrite, SYNCED_STORES, type SyncedStore } from '../db';
import { MAX_DOC_BYTES, type CouchDoc } from './couch';

/*
 * Records ↔ CouchDB documents. A document is the record's own fields plus `_id` (`<store>:<key>`,
 * lib/db/synced-stores.ts) and `_rev`. A lead travels without its derived index keys (recomputed on
 * every write), the settings record as its workspace part only.
 */

/** The settings a whole team shares (WORKSPACE_SETTINGS in lib/model/settings.ts); the rest stays in each browser. */
export type WorkspaceSettings = Pick<Settings, WorkspaceSettingKey>;

const WorkspaceSchema = SettingsSchema.pick(
  Object.fromEntries(WORKSPACE_SETTINGS.map((key) => [key, true])) as { [K in WorkspaceSettingKey]: true },
).strict();

/** Lead fields recomputed from the others on every write: not sent. */
const DERIVED_LEAD_KEYS = ['identity', 'search', 'recent', 'emailDomains'] as const;

type Value<S extends SyncedStore> = LeadlineSchema[S]['value'];

/** The document body for a record (no `_id`/`_rev`). */
export function bodyOf<S extends SyncedStore>(store: S, record: Value<S>): Record<string, unknown> {
  if (store === 'settings') {
    const settings = record as Settings;
    return Object.fromEntries(WORKSPACE_SETTINGS.map((key) => [key, settings[key]]));
  }
  if (store === 'leads') {
    const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
    for (const key of DERIVED_LEAD_KEYS) delete copy[key];
    return copy;
  }
  return { ...(record as Record<string, unknown>) };
}

/** The document for a record, replacing revision `rev` when there is one. */
export function toDoc<S extends SyncedStore>(store: S, key: string, record: Value<S>, rev?: string): CouchDoc {
  return { ...bodyOf(store, record), _id: docIdOf(store, key), ...(rev ? { _rev: rev } : {}) };
}

/** A stable text of a value (keys sorted): the same record always hashes the same. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Two FNV-1a hashes of the canonical text (64 bits) and its length: tells "already on the server" apart cheaply. */
export function hashBody(body: unknown): string {
  const text = canonical(body);
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
  }
  return `${text.length.toString(36)}.${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}

/** A document refused on pull, with the reason Settings → Problems shows. */
export class RefusedDocError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedDocError';
  }
}

// Markup or script where only text belongs: Leadline renders text only, but a server sending this is hostile.
const MARKUP =
  /<\s*\/?\s*(script|iframe|object|embed|svg|img|style|link|meta|form|input|base|math|frame|frameset|template|body|html)\b|\bon[a-z]+\s*=\s*["'`]|^\s*(javascript|vbscript|data)\s*:/i;

function findMarkup(value: unknown, path: string, depth = 0): string | undefined {
  if (depth > 20) return path;
  if (typeof value === 'string') return MARKUP.test(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findMarkup(item, `${path}[${index}]`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findMarkup(key, path, depth + 1) ?? findMarkup(item, path ? `${path}.${key}` : key, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** The document's own fields without CouchDB's `_` ones. */
export function stripDoc(doc: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (!key.startsWith('_')) body[key] = value;
  return body;
}

/**
 * The record a pulled document holds, checked as an import checks a file's rows: its size, the
 * record's zod schema (through `parseForWrite`, which also derives a lead's index keys), its id
 * against the document's, and no markup or script anywhere. Throws RefusedDocError.
 */
export function recordFromDoc<S extends SyncedStore>(
  store: S,
  key: string,
  doc: Record<string, unknown>,
  localSettings?: Settings,
): Value<S> {
  const size = JSON.stringify(doc).length;
  if (size > MAX_DOC_BYTES) throw new RefusedDocError(`too large (${Math.round(size / 1024)} KB; at most ${MAX_DOC_BYTES / 1024} KB)`);
  const body = stripDoc(doc);
  const markup = findMarkup(body, '');
  if (markup !== undefined) throw new RefusedDocError(`markup or a script link in ${markup || 'a field name'}`);
  if (store === 'settings') {
    const parsed = WorkspaceSchema.safeParse(body);
    if (!parsed.success) throw new RefusedDocError(describeZodError(parsed.error));
    return parseForWrite('settings', { ...(localSettings ?? SettingsSchema.parse({})), ...parsed.data });
  }
  const keyPath = keyPathOf(store);
  if (body[keyPath] !== key)
    throw new RefusedDocError(`its ${keyPath} (${String(body[keyPath]).slice(0, 80)}) is not the document's (${key.slice(0, 80)})`);
  const leadKey = (SYNCED_STORES[store] as { leadKey?: string }).leadKey;
  if (leadKey && typeof body[leadKey] !== 'string') throw new RefusedDocError(`it names no lead (${leadKey})`);
  try {
    return parseForWrite(store, body);
  } catch (error) {
    if (error instanceof InvalidRecordError) throw new RefusedDocError(error.detail);
    throw error;
  }
}

/** The workspace part of settings a document holds (for merging two versions of it). */
export function workspaceOf(body: Record<string, unknown>): WorkspaceSettings | undefined {
  const parsed = WorkspaceSchema.safeParse(stripDoc(body));
  return parsed.success ? parsed.data : undefined;
}

export const DocBodySchema = z.record(z.string(), z.unknown());
