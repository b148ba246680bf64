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
const DERIVED: ReadonlySet<string> = new Set(DERIVED_LEAD_KEYS);

type Value<S extends SyncedStore> = LeadlineSchema[S]['value'];

/** The document body for a record (no `_id`/`_rev`). */
export function bodyOf<S extends SyncedStore>(store: S, record: Value<S>): Record<string, unknown> {
  if (store === 'settings') {
    const settings = record as Settings;
    return Object.fromEntries(WORKSPACE_SETTINGS.map((key) => [key, settings[key]]));
  }
  if (store === 'leads') {
    // Copied key by key rather than spread and deleted from: a deleted key leaves a slow object.
    const source = record as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(source)) if (!DERIVED.has(key)) copy[key] = source[key];
    return copy;
  }
  return { ...(record as Record<string, unknown>) };
}

/** The document for a record, replacing revision `rev` when there is one. */
export function toDoc<S extends SyncedStore>(store: S, key: string, record: Value<S>, rev?: string): CouchDoc {
  return { ...bodyOf(store, record), _id: docIdOf(store, key), ...(rev ? { _rev: rev } : {}) };
}

/** A copy of a value with every plain object's keys in sorted order (arrays of plain values shared, not copied). */
function sortedCopy(value: unknown, leave?: ReadonlySet<string>): unknown {
  if (!value || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (item && typeof item === 'object') {
        copy ??= value.slice();
        copy[index] = sortedCopy(item);
      }
    }
    return copy ?? value;
  }
  const source = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(source).sort()) if (!leave?.has(key)) sorted[key] = sortedCopy(source[key]);
  return sorted;
}

/**
 * A stable text of a value (keys sorted): the same record always hashes the same. A key-sorted
 * copy written by the native JSON.stringify (about a third quicker on a lead than a replacer that
 * sorts, which JSON calls once per value; the text is the same, so stored hashes stay valid);
 * undefined values are left out, as JSON leaves them out.
 */
export function canonical(value: unknown): string {
  return JSON.stringify(sortedCopy(value)) ?? 'null';
}

/** Two FNV-1a hashes of the canonical text (64 bits) and its length: tells "already on the server" apart cheaply. */
export function hashBody(body: unknown): string {
  return hashText(canonical(body));
}

function hashText(text: string): string {
  const hash = new TextHash();
  hash.add(text);
  return hash.result();
}

/** The hash `hashText` gives, fed piece by piece: the text is never built. */
class TextHash {
  private a = 0x811c9dc5;
  private b = 0x050c5d1f;
  private length = 0;

  add(text: string): void {
    let a = this.a;
    let b = this.b;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
    }
    this.a = a;
    this.b = b;
    this.length += text.length;
  }

  /** One character (a quote, a comma, a bracket). */
  char(code: number): void {
    const b = this.b;
    this.a = Math.imul(this.a ^ code, 0x01000193);
    this.b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
    this.length++;
  }

  /** A string as JSON writes it: quoted, escaped only where it has to be. */
  addString(text: string): void {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      // Quote, backslash, control characters and surrogates (a lone one is escaped): JSON's own escaping.
      if (code < 0x20 || code === 34 || code === 92 || (code >= 0xd800 && code <= 0xdfff)) {
        this.add(JSON.stringify(text));
        return;
      }
    }
    this.char(34);
    this.add(text);
    this.char(34);
  }

  result(): string {
    return `${this.length.toString(36)}.${(this.a >>> 0).toString(36)}.${(this.b >>> 0).toString(36)}`;
  }
}

/**
 * Feeds `hash` the text `JSON.stringify(sortedCopy(value, leave))` writes, without building the
 * copy or the text (for every pulled document, the copy was the larger part of hashing it).
 * Returns false for a value JSON leaves out (undefined, a function), as JSON.stringify does.
 */
function hashValue(hash: TextHash, value: unknown, leave?: ReadonlySet<string>): boolean {
  switch (typeof value) {
    case 'string':
      hash.addString(value);
      return true;
    case 'number':
      hash.add(Number.isFinite(value) ? String(value) : 'null');
      return true;
    case 'boolean':
      hash.add(value ? 'true' : 'false');
      return true;
    case 'undefined':
    case 'function':
    case 'symbol':
      return false;
    case 'bigint':
      // JSON.stringify throws on these; records never hold one.
      hash.add(JSON.stringify(value));
      return true;
  }
  if (value === null) {
    hash.add('null');
    return true;
  }
  if (Array.isArray(value)) {
    hash.char(91);
    for (let index = 0; index < value.length; index++) {
      if (index) hash.char(44);
      if (!hashValue(hash, value[index])) hash.add('null');
    }
    hash.char(93);
    return true;
  }
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source).sort();
  // Integer-like keys come first in an object's own order whatever the insertion order: the
  // copy's text puts them there, so such an object is hashed through the copy.
  for (const key of keys) {
    const first = key.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      hash.add(JSON.stringify(sortedCopy(value, leave)));
      return true;
    }
  }
  hash.char(123);
  let first = true;
  for (const key of keys) {
    if (leave?.has(key)) continue;
    const field = source[key];
    const kind = typeof field;
    if (kind === 'undefined' || kind === 'function' || kind === 'symbol') continue;
    if (!first) hash.char(44);
    first = false;
    hash.addString(key);
    hash.char(58);
    hashValue(hash, field);
  }
  hash.char(125);
  return true;
}

/**
 * `hashBody(bodyOf(store, record))` without building the body, its sorted copy or its text: the
 * record fed to the hash key by key in sorted order, a lead's derived keys left out (the same
 * text, so the same hash).
 */
export function hashRecord<S extends SyncedStore>(store: S, record: Value<S>): string {
  if (store === 'settings') return hashBody(bodyOf(store, record));
  const hash = new TextHash();
  if (!hashValue(hash, record, store === 'leads' ? DERIVED : undefined)) hash.add('null');
  return hash.result();
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

/** Every text MARKUP can match holds one of these: a string without any is not matched against it. */
const MARKUP_CHARS = /[<=:]/;
const hasMarkup = (text: string) => MARKUP_CHARS.test(text) && MARKUP.test(text);

/**
 * Walks a pulled document once: whether anything holds markup or a script link (or nests deeper
 * than 20), and the document's size in characters (every string, key and other value as JSON writes
 * it, quotes included, escapes not: a bound on memory, not the exact byte count). Stops early once
 * past `maxChars` or at the first markup. No path is built on the way (a string per value, for
 * every document); `markupPath` finds it for the rare refused one.
 */
function inspect(doc: Record<string, unknown>, maxChars: number): { markup: boolean; chars: number } {
  let chars = 0;
  let markup = false;
  const walk = (value: unknown, depth: number): void => {
    if (markup || chars > maxChars) return;
    if (depth > 20) {
      markup = true;
      return;
    }
    if (typeof value === 'string') {
      chars += value.length + 3;
      if (hasMarkup(value)) markup = true;
      return;
    }
    if (Array.isArray(value)) {
      chars += 2;
      for (let index = 0; index < value.length && !markup; index++) walk(value[index], depth + 1);
      return;
    }
    if (value && typeof value === 'object') {
      chars += 2;
      const object = value as Record<string, unknown>;
      for (const key in object) {
        if (markup) return;
        chars += key.length + 4;
        const field = object[key];
        if (depth === 0 && key.charCodeAt(0) === 95 /* _ */) {
          // CouchDB's own fields (`_id`, `_rev`, `_conflicts` …): counted, never part of the record.
          chars += typeof field === 'string' ? field.length + 2 : (JSON.stringify(field)?.length ?? 0);
          continue;
        }
        if (hasMarkup(key)) {
          markup = true;
          return;
        }
        walk(field, depth + 1);
      }
      return;
    }
    chars += typeof value === 'number' ? 24 : 5;
  };
  walk(doc, 0);
  return { chars, markup };
}

/** The path of the first value or key holding markup (or nesting deeper than 20) in a document `inspect` refused. */
function markupPath(doc: Record<string, unknown>): string {
  let found: string | undefined;
  const walk = (value: unknown, path: string, depth: number): void => {
    if (found !== undefined) return;
    if (depth > 20) {
      found = path;
      return;
    }
    if (typeof value === 'string') {
      if (hasMarkup(value)) found = path;
      return;
    }
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) walk(value[index], `${path}[${index}]`, depth + 1);
      return;
    }
    if (value && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        if (depth === 0 && key.startsWith('_')) continue;
        if (hasMarkup(key)) {
          found = path;
          return;
        }
        walk((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, depth + 1);
      }
    }
  };
  walk(doc, '', 0);
  return found ?? '';
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
  // The document as it came: the schemas leave CouchDB's `_` fields out of the record.
  const body = doc;
  const { chars, markup } = inspect(body, MAX_DOC_BYTES);
  if (chars > MAX_DOC_BYTES) throw new RefusedDocError(`too large (over ${MAX_DOC_BYTES / 1024} KB)`);
  if (markup) {
    const path = markupPath(body);
    throw new RefusedDocError(`markup or a script link in ${path || 'a field name'}`);
  }
  if (store === 'settings') {
    const parsed = WorkspaceSchema.safeParse(stripDoc(body));
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
