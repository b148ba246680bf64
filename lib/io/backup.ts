import { z } from 'zod';
import { DB_VERSION, type LeadlineDB, readChunks, type RecordProblem, STORE_NAMES, STORE_SCHEMAS, type StoreName } from '../db';
import { describeZodError } from '../model';

/** Marks a JSON file as a Leadline backup. */
export const BACKUP_FORMAT = 'leadline-backup';

/** Stores whose records carry no key of their own: kept as `{ key, value }` pairs. */
const OUT_OF_LINE: ReadonlySet<StoreName> = new Set(['settings']);

/** One stored record: the value, and the key for stores without a key path. */
export interface BackupEntry {
  key?: string;
  value: unknown;
}

/** A record that failed its schema when the backup was made: kept as it was, never restored. */
export interface QuarantinedRecord extends RecordProblem {
  value: unknown;
}

/** The backup file's shape: every store's records and the schema version they follow. */
export const BackupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string(),
  stores: z.record(z.string(), z.array(z.unknown())),
  invalid: z.array(z.unknown()).default([]),
});
export type BackupFile = z.infer<typeof BackupFileSchema>;

/**
 * Makes a backup as JSON text in pieces (join them, or hand them to a Blob): every store's records,
 * parsed with their schemas (so the output is canonical and `backup → restore → backup` repeats
 * byte for byte), in key order. A record that fails its schema is kept apart under `invalid` with
 * the reason: nothing stored is left out, and the rest of the backup stays restorable.
 */
export async function createBackupParts(db: LeadlineDB, now = Date.now(), timings: Record<string, number> = {}): Promise<string[]> {
  const parts: string[] = [
    `{"format":"${BACKUP_FORMAT}","schemaVersion":${DB_VERSION},"createdAt":${JSON.stringify(new Date(now).toISOString())},"stores":{`,
  ];
  const invalid: QuarantinedRecord[] = [];
  const tx = db.transaction([...STORE_NAMES], 'readonly');
  // Every store starts reading now, chunk after chunk; each chunk is encoded as it arrives, while
  // the next ones are still being read.
  // Key-less stores (settings: one record, without an id) come in one chunk, their keys beside it.
  const sources = STORE_NAMES.map((store) => {
    const objectStore = tx.objectStore(store);
    return { chunks: readChunks(objectStore), keys: OUT_OF_LINE.has(store) ? objectStore.getAllKeys() : Promise.resolve(undefined) };
  });
  for (const [index, store] of STORE_NAMES.entries()) {
    const schema: z.ZodType = STORE_SCHEMAS[store];
    const encoded: string[] = [];
    let waited = 0;
    let encoding = 0;
    let mark = performance.now();
    const keys = await sources[index]!.keys;
    for await (const values of sources[index]!.chunks) {
      const arrived = performance.now();
      waited += arrived - mark;
      values.forEach((value, position) => {
        const key = keys ? String(keys[position]) : undefined;
        const result = schema.safeParse(value);
        if (!result.success) {
          invalid.push({ store, key: key ?? recordId(value), message: describeZodError(result.error), value });
          return;
        }
        encoded.push(JSON.stringify(key === undefined ? result.data : { key, value: result.data }));
      });
      mark = performance.now();
      encoding += mark - arrived;
    }
    parts.push(`${index ? ',' : ''}${JSON.stringify(store)}:[`, encoded.join(','), ']');
    timings[`read ${store}`] = waited;
    timings[`encode ${store}`] = encoding;
  }
  parts.push(`},"invalid":${JSON.stringify(invalid)}}`);
  return parts;
}

/** The whole backup as one string. */
export async function createBackup(db: LeadlineDB, now = Date.now()): Promise<string> {
  return (await createBackupParts(db, now)).join('');
}

/** `leadline-backup-2026-03-01.json` */
export function backupFileName(now = new Date()): string {
  return `leadline-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** The record's id, for naming it in a message. */
export function recordId(value: unknown): string {
  return value && typeof value === 'object' && 'id' in value ? String(value.id) : '?';
}

/** Reads the entries of one store from a backup file (values, plus keys for key-less stores). */
export function entriesOf(file: BackupFile, store: string): BackupEntry[] {
  const records = file.stores[store] ?? [];
  if (!OUT_OF_LINE.has(store as StoreName)) return records.map((value) => ({ value }));
  return records.map((entry) => {
    const pair = entry as { key?: unknown; value?: unknown } | null;
    return { key: typeof pair?.key === 'string' ? pair.key : undefined, value: pair?.value };
  });
}

/** True for stores whose records carry no key of their own. */
export function isOutOfLine(store: StoreName): boolean {
  return OUT_OF_LINE.has(store);
}
