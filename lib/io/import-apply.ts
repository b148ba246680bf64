import { parseForWrite, parseStored } from '../db/records';
import type { LeadlineDB } from '../db/schema';
import { writeTx } from '../db/tx';
import { activityFor } from '../leads/save-lead';
import { newId, type ImportRecord, type ImportUndo } from '../model';
import type { CheckedRow } from './csv';
import type { LineError } from './csv-table';
import type { IDBPObjectStore } from 'idb';
import type { LeadlineSchema, StoreName } from '../db/schema';
import { computeImport, readerFor, readWatermark, summarise, type ImportOptions, type ImportPlan, type PlannedImport } from './import-plan';

/** What an applied import reports back. */
export interface ImportResult {
  /** Undefined when there was nothing to change (and so nothing to undo). */
  record: ImportRecord | undefined;
  plan: ImportPlan;
}

const IMPORT_STORES = ['leads', 'activities', 'campaigns', 'imports', 'importUndo'] as const;

/**
 * Applies an import in ONE transaction: matching is redone inside it (so a lead captured since the
 * plan was shown is merged into, not duplicated), then every new and changed lead, its timeline
 * entry, new campaigns, the history record and the undo record are written, or nothing is. An
 * import that changes nothing writes nothing (re-importing the same file is a no-op).
 * `onProgress(done, total)` reports the writes as they complete.
 */
export async function applyImport(
  db: LeadlineDB,
  rows: readonly CheckedRow[],
  errors: readonly LineError[],
  meta: ImportOptions & { fileName: string; preset: string },
  onProgress?: (done: number, total: number) => void,
  now = Date.now(),
  planned?: PlannedImport,
): Promise<ImportResult> {
  return writeTx(db, [...IMPORT_STORES], async (tx) => {
    const leadsStore = tx.objectStore('leads');
    const campaignsStore = tx.objectStore('campaigns');
    // A plan made moments ago still holds when nothing it read has changed: skip matching again.
    const started = performance.now();
    const reuse = planned && (await stillHolds(planned, leadsStore, campaignsStore));
    const computation = reuse ? planned.computation : await computeImport(readerFor(leadsStore, campaignsStore), rows, meta, now);
    const at = reuse ? planned.now : now;
    const plan = summarise(computation, errors);
    if (!computation.writes.length) return { record: undefined, plan };

    const origin = { kind: 'import' as const, at };
    const created = new Set(computation.createdIds);
    // New leads come out of createLead already checked; every other write is checked here.
    const leads = computation.writes.map((lead) => (computation.checkedIds.has(lead.id) ? lead : parseForWrite('leads', lead)));
    const fileName = meta.fileName.slice(0, 200);
    const activities = leads.map((lead) => {
      // activityFor checks the entry; adding the (bounded) file name keeps it valid.
      const activity = activityFor(lead, origin, at, created.has(lead.id), computation.changesByLead.get(lead.id) ?? []);
      return { ...activity, summary: `${activity.summary} (${fileName})`.slice(0, 500), details: { ...activity.details, file: fileName } };
    });
    const applied = plan.outcomes.filter((outcome) => !outcome.skipped && outcome.status !== 'new');
    const counts = {
      created: plan.counts.new,
      updated: applied.filter((outcome) => outcome.changes.length).length,
      unchanged: applied.filter((outcome) => !outcome.changes.length).length,
      skipped: plan.counts.skipped + errors.length,
    };
    const updatedAt = new Map(leads.map((lead) => [lead.id, lead.updatedAt]));
    const record = parseForWrite('imports', {
      id: newId(), at, fileName: meta.fileName.slice(0, 500), preset: meta.preset, counts,
      campaignIds: computation.tagIds, status: 'applied',
    } satisfies ImportRecord);
    const undo = parseForWrite('importUndo', {
      id: record.id,
      createdLeadIds: computation.createdIds,
      createdCampaignIds: computation.newCampaigns.map((campaign) => campaign.id),
      activityIds: activities.map((activity) => activity.id),
      updated: computation.before.map((lead) => ({ before: lead, updatedAt: updatedAt.get(lead.id) ?? at })),
    } satisfies ImportUndo);

    const prepared = performance.now();
    const total = leads.length + activities.length + computation.newCampaigns.length;
    let done = 0;
    const step = Math.max(1, Math.floor(total / 50));
    const track = (request: Promise<unknown>) =>
      request.then(() => {
        done++;
        if (done % step === 0 || done === total) onProgress?.(done, total);
      });
    // Queue every write before awaiting any: the transaction stays busy and the writes stream.
    // Each is handled as it is queued: when one fails (or a record fails its check while queueing)
    // the transaction aborts and the others reject too, which must not surface as unhandled.
    const writes: Promise<unknown>[] = [];
    const queue = (request: Promise<unknown>) => {
      request.catch(() => undefined);
      writes.push(request);
    };
    for (const campaign of computation.newCampaigns) queue(track(tx.objectStore('campaigns').put(parseForWrite('campaigns', campaign))));
    for (const lead of leads) queue(track(tx.objectStore('leads').put(lead)));
    for (const activity of activities) queue(track(tx.objectStore('activities').put(activity)));
    queue(tx.objectStore('imports').put(record));
    queue(tx.objectStore('importUndo').put(undo));
    await Promise.all(writes);
    plan.timings = { ...plan.timings, reusedPlan: reuse ? 1 : 0, prepare: prepared - started, write: performance.now() - prepared };
    return { record, plan };
  });
}

/** True when the stores still look as they did when `planned` was made. */
async function stillHolds<T extends ArrayLike<StoreName>>(
  planned: PlannedImport,
  leads: IDBPObjectStore<LeadlineSchema, T, 'leads', 'readwrite'>,
  campaigns: IDBPObjectStore<LeadlineSchema, T, 'campaigns', 'readwrite'>,
): Promise<boolean> {
  const [watermark, current] = await Promise.all([
    readWatermark(leads, campaigns),
    Promise.all(planned.computation.before.map((lead) => leads.get(lead.id))),
  ]);
  if (JSON.stringify(watermark) !== JSON.stringify(planned.watermark)) return false;
  return current.every((raw, index) => raw !== undefined && raw.updatedAt === planned.computation.before[index]!.updatedAt);
}

/** What undoing an import would do, for its confirmation. */
export interface UndoPreview {
  record: ImportRecord;
  removes: number;
  restores: number;
  /** Leads the import touched that were changed again since: undo puts them back as before the import. */
  changedSince: string[];
}

/** Reads what undoing an import would remove and restore (nothing is written). */
export async function previewUndo(db: LeadlineDB, importId: string): Promise<UndoPreview> {
  const tx = db.transaction(['imports', 'importUndo', 'leads'], 'readonly');
  const record = parseStored('imports', await tx.objectStore('imports').get(importId), importId);
  const undo = parseStored('importUndo', await tx.objectStore('importUndo').get(importId), importId);
  if (!record || !undo || record.status !== 'applied') throw new Error('That import can no longer be undone');
  const leads = tx.objectStore('leads');
  const changedSince: string[] = [];
  await Promise.all(
    undo.updated.map(async ({ before, updatedAt }) => {
      const now = parseStored('leads', await leads.get(before.id), before.id);
      if (now && now.updatedAt !== updatedAt) changedSince.push(now.fullName);
    }),
  );
  return { record, removes: undo.createdLeadIds.length, restores: undo.updated.length, changedSince };
}

const UNDO_STORES = ['leads', 'activities', 'tasks', 'enrollments', 'campaigns', 'imports', 'importUndo'] as const;

/**
 * Undoes a whole import in one transaction: the leads it created go (with everything about them,
 * as a delete does), the leads it changed are put back as they were, its timeline entries and the
 * campaigns it created (when no other lead uses them) are removed, and the history shows it undone.
 */
export async function undoImport(db: LeadlineDB, importId: string, now = Date.now()): Promise<ImportRecord> {
  return writeTx(db, [...UNDO_STORES], async (tx) => {
    const record = parseStored('imports', await tx.objectStore('imports').get(importId), importId);
    const undo = parseStored('importUndo', await tx.objectStore('importUndo').get(importId), importId);
    if (!record || !undo || record.status !== 'applied') throw new Error('That import can no longer be undone');
    const activities = tx.objectStore('activities');
    const tasks = tx.objectStore('tasks');
    const enrollments = tx.objectStore('enrollments');
    const leads = tx.objectStore('leads');

    const keyLists = await Promise.all(
      undo.createdLeadIds.map((id) =>
        Promise.all([
          activities.index('leadIdAt').getAllKeys(IDBKeyRange.bound([id, -Infinity], [id, Infinity])),
          tasks.index('leadId').getAllKeys(id),
          enrollments.index('leadId').getAllKeys(id),
        ]),
      ),
    );
    const writes: Promise<unknown>[] = [];
    for (const id of undo.createdLeadIds) writes.push(leads.delete(id));
    for (const [activityKeys, taskKeys, enrollmentKeys] of keyLists) {
      for (const key of activityKeys) writes.push(activities.delete(key));
      for (const key of taskKeys) writes.push(tasks.delete(key));
      for (const key of enrollmentKeys) writes.push(enrollments.delete(key));
    }
    for (const key of undo.activityIds) writes.push(activities.delete(key));
    for (const { before } of undo.updated) writes.push(leads.put(before));
    await Promise.all(writes);
    // Counted after the deletes and restores above: a campaign someone else uses since stays.
    const campaignUse = await Promise.all(undo.createdCampaignIds.map((id) => leads.index('campaignIds').count(id)));
    await Promise.all(undo.createdCampaignIds.filter((_id, index) => !campaignUse[index]).map((id) => tx.objectStore('campaigns').delete(id)));
    const undone = parseForWrite('imports', { ...record, status: 'undone', undoneAt: now });
    await tx.objectStore('imports').put(undone);
    await tx.objectStore('importUndo').delete(importId);
    return undone;
  }, { rewinds: true }); // the leads it changed go back to their older versions
}

/** Past imports, newest first. */
export async function importHistory(db: LeadlineDB, limit = 20): Promise<ImportRecord[]> {
  const out: ImportRecord[] = [];
  let cursor = await db.transaction('imports').store.index('at').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    const record = parseStored('imports', cursor.value);
    if (record) out.push(record);
    cursor = await cursor.continue();
  }
  return out;
}
