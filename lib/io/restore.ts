import { deleteDB } from 'idb';
import type { z } from 'zod';
import {
  DB_VERSION,
  type LeadlineDB,
  type LeadlineSchema,
  MIGRATIONS,
  openLeadlineDb,
  parseStored,
  putReplacing,
  STORE_NAMES,
  STORE_SCHEMAS,
  type StoreName,
  withDerivedKeys,
  writeTx,
} from '../db';
import { carryGuesses } from '../emails';
import { identityKeys, isStrongKey, isWeakKey, strongKeysDisagree } from '../keys';
import { cleanPatch, mergeIntoLead } from '../leads';
import { withoutBidi } from '../extract';
import { describeZodError, type Lead, LEAD_FIELDS, newId } from '../model';
import { BackupFileSchema, entriesOf, isOutOfLine, recordId, type BackupFile } from './backup';
import { plainActivity } from './backup-check';

/** A backup that cannot be restored; `problems` names each bad record. */
export class BackupError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(problems.length ? `${message}\n${problems.join('\n')}` : message);
    this.name = 'BackupError';
  }
}

type Value<S extends StoreName> = LeadlineSchema[S]['value'];

/** A backup brought up to this version and checked record by record, ready to restore. */
export interface CheckedBackup {
  /** The schema version the file was written at (older ones went through the migrations). */
  schemaVersion: number;
  createdAt: string;
  records: { [S in StoreName]: Array<{ key?: string; value: Value<S> }> };
  counts: Record<StoreName, number>;
  /** Records the backup itself set apart as invalid when it was made (never restored). */
  quarantined: number;
}

/** Reads a backup file's text; says plainly when it is not one. */
export function parseBackupText(text: string): BackupFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new BackupError('This file is not a Leadline backup: it is not valid JSON');
  }
  const file = BackupFileSchema.safeParse(json);
  if (!file.success) throw new BackupError(`This file is not a Leadline backup (${describeZodError(file.error)})`);
  return file.data;
}

/**
 * Brings a backup to the current schema and checks every record. A backup from an older version
 * is loaded into a temporary database opened at that version and upgraded by the real migrations.
 * Any record that fails its schema refuses the whole backup, each one named.
 */
export async function checkBackup(file: BackupFile, timings: Record<string, number> = {}): Promise<CheckedBackup> {
  if (file.schemaVersion > DB_VERSION) {
    throw new BackupError(
      `This backup was made by a newer Leadline (database version ${file.schemaVersion}; this one has ${DB_VERSION}). Update Leadline, then restore it.`,
    );
  }
  const known = new Set<string>(STORE_NAMES);
  const unknown = Object.keys(file.stores).filter((store) => !known.has(store));
  if (unknown.length) throw new BackupError(`This backup has stores Leadline does not know: ${unknown.join(', ')}`);
  let mark = performance.now();
  const raw = file.schemaVersion === DB_VERSION ? rawEntries(file) : await migrateEntries(file);
  timings.migrate = performance.now() - mark;
  mark = performance.now();
  const problems: string[] = [];
  const records = {} as CheckedBackup['records'];
  const counts = {} as Record<StoreName, number>;
  for (const store of STORE_NAMES) {
    const schema: z.ZodType = STORE_SCHEMAS[store];
    const out: Array<{ key?: string; value: unknown }> = [];
    for (const entry of raw[store] ?? []) {
      if (isOutOfLine(store) && entry.key === undefined) {
        problems.push(`${store} record without a key`);
        continue;
      }
      const clean = hasBidi(entry.value) ? withoutBidiDeep(entry.value) : entry.value;
      const plain = store === 'activities' ? plainActivity(clean) : undefined;
      const result = plain ? { success: true as const, data: plain } : schema.safeParse(clean);
      if (!result.success) {
        problems.push(`${describeRecord(store, entry)}: ${describeZodError(result.error)}`);
        continue;
      }
      const value = store === 'leads' ? withDerivedKeys(result.data as Lead) : result.data;
      out.push(entry.key === undefined ? { value } : { key: entry.key, value });
    }
    (records as Record<StoreName, unknown>)[store] = out;
    counts[store] = out.length;
  }
  if (problems.length) {
    throw new BackupError(
      `This backup cannot be restored: ${problems.length === 1 ? 'one record is' : `${problems.length} records are`} damaged. Nothing was changed.`,
      firstOf(problems),
    );
  }
  timings.records = performance.now() - mark;
  mark = performance.now();
  const broken = invariantProblems(records);
  timings.invariants = performance.now() - mark;
  if (broken.length) {
    throw new BackupError(
      `This backup cannot be restored: ${broken.length === 1 ? 'one problem was' : `${broken.length} problems were`} found in it as a whole. Nothing was changed.`,
      firstOf(broken),
    );
  }
  return { schemaVersion: file.schemaVersion, createdAt: file.createdAt, records, counts, quarantined: file.invalid.length };
}

/** `withoutBidi`'s characters (lib/extract/clean.ts) and LRM/RLM: what `withoutBidiDeep` takes out. */
const BIDI_OR_MARK = /[\u202a-\u202e\u2066-\u2069\u061c\u200e\u200f]/;

/**
 * Whether `value` needs `withoutBidiDeep` (the same walk, to the same depth): most backups hold no
 * such character, and their records are checked as they are rather than copied first.
 */
function hasBidi(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return BIDI_OR_MARK.test(value);
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => hasBidi(item, depth + 1));
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    // `__proto__` as an own key goes through the copy too, which keeps it an own key.
    if (key === '__proto__' || BIDI_OR_MARK.test(key) || hasBidi((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

/**
 * A record with no bidirectional controls (nor LRM/RLM) in any string or key: a backup is imported
 * text like a CSV (lib/io/map-row.ts), and a name must not display as something else once restored.
 */
function withoutBidiDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return withoutBidi(value).replace(/[\u200e\u200f]/g, '');
  if (depth > 20 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => withoutBidiDeep(item, depth + 1));
  // A null-prototype object: a key such as `__proto__` stays an own key, as the file had it.
  const out = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) out[withoutBidiDeep(key) as string] = withoutBidiDeep(item, depth + 1);
  return out;
}

function firstOf(problems: readonly string[]): string[] {
  const shown = problems.slice(0, 20);
  if (problems.length > shown.length) shown.push(`… and ${problems.length - shown.length} more`);
  return shown;
}

/**
 * What a backup breaks as a whole, though every record passes its schema: an id used twice in a
 * store, two leads sharing a strong identity key (email, LinkedIn, Sales Navigator id, social
 * profile: they would be one person), and references that do not resolve (a timeline entry, task
 * or enrollment for a missing lead; an active or paused enrollment in a missing sequence).
 */
export function invariantProblems(records: CheckedBackup['records']): string[] {
  const problems: string[] = [];
  const ids = {} as Record<StoreName, Set<string>>;
  for (const store of STORE_NAMES) {
    const seen = new Map<string, number>();
    for (const entry of records[store]) {
      const id = entry.key ?? recordId(entry.value);
      seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    for (const [id, count] of seen) if (count > 1) problems.push(`${store}: the id “${id}” is used by ${count} records`);
    ids[store] = new Set(seen.keys());
  }
  const owners = new Map<string, Lead>();
  for (const { value: lead } of records.leads) {
    for (const key of lead.identity.filter(isStrongKey)) {
      const other = owners.get(key);
      if (other && other.id !== lead.id) {
        problems.push(
          `leads “${other.id}” (${other.fullName}) and “${lead.id}” (${lead.fullName}) share ${key.replace(/^([a-z]+):/, (_, kind: string) => `${KEY_WORDS[kind] ?? kind} `)}`,
        );
      } else owners.set(key, lead);
    }
  }
  const missingLead = (store: string, value: { id: string; leadId: string }) =>
    !ids.leads.has(value.leadId) &&
    problems.push(`${store} record “${value.id}” belongs to a lead that is not in the backup (“${value.leadId}”)`);
  for (const { value } of records.activities) missingLead('activities', value);
  for (const { value } of records.tasks) missingLead('tasks', value);
  for (const { value } of records.enrollments) {
    missingLead('enrollments', value);
    if (value.status !== 'finished' && !ids.sequences.has(value.sequenceId)) {
      problems.push(`enrollments record “${value.id}” is ${value.status} in a sequence that is not in the backup (“${value.sequenceId}”)`);
    }
  }
  return problems;
}

const KEY_WORDS: Record<string, string> = {
  email: 'the email',
  li: 'the LinkedIn profile',
  sn: 'the Sales Navigator id',
  social: 'the social profile',
  web: 'the website',
};

/** `leads record “lead-7” (Ada Lovelace)` */
function describeRecord(store: string, entry: { key?: string; value: unknown }): string {
  const id = entry.key ?? recordId(entry.value);
  const name = entry.value && typeof entry.value === 'object' && 'fullName' in entry.value ? entry.value.fullName : undefined;
  return `${store} record “${id}”${typeof name === 'string' ? ` (${name})` : ''}`;
}

function rawEntries(file: BackupFile): Partial<Record<StoreName, Array<{ key?: string; value: unknown }>>> {
  return Object.fromEntries(STORE_NAMES.map((store) => [store, entriesOf(file, store)]));
}

/** Runs the real migrations over an older backup in a throw-away database, and reads it back. */
async function migrateEntries(file: BackupFile): Promise<Partial<Record<StoreName, Array<{ key?: string; value: unknown }>>>> {
  const name = `leadline-restore-${newId()}`;
  try {
    const old = await openLeadlineDb({ name, migrations: MIGRATIONS.slice(0, file.schemaVersion) });
    try {
      const stores = Object.keys(file.stores).filter((store) => old.objectStoreNames.contains(store as StoreName));
      const missing = Object.keys(file.stores).filter(
        (store) => !old.objectStoreNames.contains(store as StoreName) && file.stores[store]?.length,
      );
      if (missing.length)
        throw new BackupError(
          `This backup says it is version ${file.schemaVersion} but has stores that version did not have: ${missing.join(', ')}`,
        );
      const raw = old as unknown as IDBDatabaseLike;
      const tx = raw.transaction(stores, 'readwrite');
      for (const store of stores) {
        const target = tx.objectStore(store);
        for (const [position, entry] of entriesOf(file, store).entries()) {
          try {
            void (isOutOfLine(store as StoreName) ? target.put(entry.value, entry.key) : target.put(entry.value));
          } catch (error) {
            throw new BackupError('This backup cannot be restored. Nothing was changed.', [
              `${store} record “${recordId(entry.value)}” (number ${position + 1}): ${error instanceof Error ? error.message : String(error)}`,
            ]);
          }
        }
      }
      await tx.done;
    } finally {
      old.close();
    }
    const upgraded = await openLeadlineDb({ name });
    try {
      const out: Partial<Record<StoreName, Array<{ key?: string; value: unknown }>>> = {};
      for (const store of STORE_NAMES) {
        const [values, keys] = await Promise.all([upgraded.getAll(store), upgraded.getAllKeys(store)]);
        out[store] = values.map((value, index) => (isOutOfLine(store) ? { key: String(keys[index]), value } : { value }));
      }
      return out;
    } finally {
      upgraded.close();
    }
  } finally {
    await deleteDB(name);
  }
}

interface IDBDatabaseLike {
  transaction(
    stores: string[],
    mode: 'readwrite',
  ): {
    objectStore(name: string): { put(value: unknown, key?: string): Promise<unknown> };
    done: Promise<void>;
  };
}

/** True when nothing but settings is stored: a restore can simply fill the profile. */
export async function isProfileEmpty(db: LeadlineDB): Promise<boolean> {
  const counts = await Promise.all(STORE_NAMES.filter((store) => store !== 'settings').map((store) => db.count(store)));
  return counts.every((count) => count === 0);
}

/** What a restore did, per store. */
export interface RestoreResult {
  mode: 'replace' | 'merge';
  added: number;
  updated: number;
  /** Backup leads merged into a different stored lead that is the same person. */
  merged: number;
}

/**
 * Restores a checked backup in ONE transaction. `replace` empties every store first and writes the
 * backup exactly; `merge` adds what is missing, takes the newer version of records both sides have
 * (by `updatedAt`), merges backup leads into stored leads that are the same person (by identity
 * key, with the merge rules) and points their activities, tasks and enrollments at them, and keeps
 * this profile's settings.
 */
export async function restoreBackup(
  db: LeadlineDB,
  backup: CheckedBackup,
  mode: 'replace' | 'merge',
  now = Date.now(),
  timings: Record<string, number> = {},
): Promise<RestoreResult> {
  const started = performance.now();
  const result = await writeTx(
    db,
    [...STORE_NAMES],
    async (tx) => {
      const result: RestoreResult = { mode, added: 0, updated: 0, merged: 0 };
      const writes: Promise<unknown>[] = [];
      const targets = new Map<StoreName, { put(value: unknown, key?: string): Promise<unknown> }>();
      const targetOf = (store: StoreName) => {
        let target = targets.get(store);
        if (!target)
          targets.set(store, (target = tx.objectStore(store) as unknown as { put(value: unknown, key?: string): Promise<unknown> }));
        return target;
      };
      /**
       * Writes one record. `replaces` is what this transaction holds under its key, when known
       * (undefined: nothing): the derived stores' upkeep is handed it instead of reading it back.
       */
      const put = <S extends StoreName>(store: S, entry: { key?: string; value: Value<S> }, replaces?: { before: unknown }) => {
        const target = targetOf(store);
        writes.push(
          entry.key !== undefined
            ? target.put(entry.value, entry.key)
            : replaces
              ? putReplacing(target, entry.value, replaces.before)
              : target.put(entry.value),
        );
      };
      if (mode === 'replace') {
        await Promise.all(STORE_NAMES.map((store) => tx.objectStore(store).clear()));
        // Every store is empty now, in this transaction, and no id is used twice in a checked
        // backup (`invariantProblems`): no put replaces anything.
        const nothing = { before: undefined };
        for (const store of STORE_NAMES) {
          for (const entry of backup.records[store]) put(store, entry as never, nothing);
          result.added += backup.records[store].length;
        }
        timings.queue = performance.now() - started;
        await Promise.all(writes);
        timings.write = performance.now() - started - timings.queue;
        return result;
      }

      // Merge. Phase 1: read what is there (keys of every store; leads the backup's leads may match).
      const existingKeys = new Map<StoreName, Set<string>>();
      await Promise.all(
        STORE_NAMES.map(async (store) => existingKeys.set(store, new Set((await tx.objectStore(store).getAllKeys()).map(String)))),
      );
      const leadsStore = tx.objectStore('leads');
      const backupLeads = backup.records.leads.map((entry) => entry.value);
      const owners = new Map<string, string[]>();
      const keysOf = new Map(backupLeads.map((lead) => [lead.id, identityKeys(lead)]));
      // Strong keys: the one lead holding each; name + company: every lead under it (different people may share it).
      await Promise.all(
        [...new Set([...keysOf.values()].flat())].map(async (key) => {
          const found = isWeakKey(key)
            ? await leadsStore.index('identity').getAllKeys(key, 20)
            : [await leadsStore.index('identity').getKey(key)];
          const present = found.filter((id): id is string => id !== undefined);
          if (present.length) owners.set(key, present);
        }),
      );
      const needed = new Set<string>([
        ...[...owners.values()].flat(),
        ...backupLeads.map((lead) => lead.id).filter((id) => existingKeys.get('leads')!.has(id)),
      ]);
      const stored = new Map<string, Lead>();
      // Each lead as this transaction holds it (as read, then as written): what a put of it replaces.
      const asHeld = new Map<string, unknown>();
      await Promise.all(
        [...needed].map(async (id) => {
          const raw = await leadsStore.get(id);
          const lead = parseStored('leads', raw, id);
          if (lead) {
            stored.set(id, lead);
            asHeld.set(id, raw);
          }
        }),
      );
      const storedLeadIds = existingKeys.get('leads')!;
      /** A lead put whose replaced record is known: one read here, or none under its id. */
      const putLead = (lead: Lead) => {
        const known = asHeld.has(lead.id)
          ? { before: asHeld.get(lead.id) }
          : storedLeadIds.has(lead.id)
            ? undefined
            : { before: undefined };
        put('leads', { value: lead }, known);
        asHeld.set(lead.id, lead);
      };
      const newer = (incoming: unknown, current: unknown) =>
        typeof (incoming as { updatedAt?: unknown }).updatedAt === 'number' &&
        typeof (current as { updatedAt?: unknown }).updatedAt === 'number' &&
        (incoming as { updatedAt: number }).updatedAt > (current as { updatedAt: number }).updatedAt;

      // Phase 2: leads, deciding one by one.
      const leadIdMap = new Map<string, string>();
      for (const lead of backupLeads) {
        const same = stored.get(lead.id);
        if (same) {
          if (newer(lead, same)) {
            putLead(lead);
            result.updated++;
          }
          continue;
        }
        // The identity rule (lib/leads/identity.ts): a strong key decides; name + company only where no strong key disagrees.
        const keys = keysOf.get(lead.id)!;
        const ownerId =
          keys
            .filter(isStrongKey)
            .flatMap((key) => owners.get(key) ?? [])
            .find((id) => stored.has(id)) ??
          keys
            .filter(isWeakKey)
            .flatMap((key) => owners.get(key) ?? [])
            .find((id) => stored.has(id) && !strongKeysDisagree(stored.get(id)!.identity, keys));
        if (ownerId) {
          const owner = stored.get(ownerId)!;
          const patch = cleanPatch(Object.fromEntries(LEAD_FIELDS.map((field) => [field, lead[field]])));
          const merged = mergeIntoLead(owner, patch, { origin: { kind: 'import', at: now }, campaignIds: lead.campaignIds }, now);
          const mergedLead = carryGuesses(owner, merged.lead, lead, now);
          if (merged.touched || mergedLead !== merged.lead) {
            stored.set(ownerId, mergedLead);
            putLead(mergedLead);
          }
          leadIdMap.set(lead.id, ownerId);
          result.merged++;
          continue;
        }
        putLead(lead);
        result.added++;
      }

      // Phase 3: everything else; records about a merged lead now point at the stored lead.
      for (const store of STORE_NAMES) {
        if (store === 'leads') continue;
        if (store === 'settings' && existingKeys.get('settings')!.size) continue;
        const keys = existingKeys.get(store)!;
        const currentValues = new Map<string, unknown>();
        const overlapping = backup.records[store].filter((entry) => keys.has(entry.key ?? recordId(entry.value)));
        await Promise.all(
          overlapping.map(async (entry) => {
            const key = entry.key ?? recordId(entry.value);
            currentValues.set(key, await tx.objectStore(store).get(key));
          }),
        );
        for (const entry of backup.records[store]) {
          const key = entry.key ?? recordId(entry.value);
          let value: unknown = entry.value;
          const leadId = (value as { leadId?: unknown }).leadId;
          if (typeof leadId === 'string' && leadIdMap.has(leadId)) value = { ...(value as object), leadId: leadIdMap.get(leadId) };
          if (!keys.has(key)) {
            put(store, { ...entry, value: value as never }, { before: undefined });
            result.added++;
          } else if (newer(value, currentValues.get(key))) {
            put(store, { ...entry, value: value as never }, { before: currentValues.get(key) });
            result.updated++;
          }
        }
      }
      await Promise.all(writes);
      return result;
    },
    { rewinds: true },
  ); // records come back as the backup had them, older ones included
  timings.commit = performance.now() - started - (timings.queue ?? 0) - (timings.write ?? 0);
  return result;
}
