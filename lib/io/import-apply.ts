import { type LeadlineDB, type LeadlineSchema, parseForWrite, parseStored, putReplacing, type StoreName, writeTx } from '../db';
import { activityFor } from '../leads';
import { type Activity, LEAD_FIELDS, newId, type ImportRecord, type ImportUndo, type Lead } from '../model';
import type { CheckedRow } from './csv';
import type { LineError } from './csv-table';
import type { IDBPObjectStore, IDBPTransaction } from 'idb';
import {
  computeImport,
  type ImportComputation,
  type ImportOptions,
  type ImportPlan,
  type PlannedImport,
  readerFor,
  type ReadyWrites,
  readWatermark,
  summarise,
} from './import-plan';

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
    // The database answers that check while this thread makes the plan's writes ready: the history
    // and undo records, and the leads checked and their timeline entries unless the worker made
    // them while the user read the report (`planned.ready`).
    const started = performance.now();
    const holds = planned ? stillHolds(planned, leadsStore, campaignsStore) : Promise.resolve(false);
    let early: PreparedWrites | undefined;
    try {
      early = planned && prepareWrites(planned.computation, errors, meta, planned.now, planned.ready);
    } catch {
      // Made again below from the plan that holds, where the same failure aborts with its message.
    }
    const reuse = planned !== undefined && (await holds);
    const prepared = reuse
      ? (early ?? prepareWrites(planned.computation, errors, meta, planned.now, planned.ready))
      : prepareWrites(await computeImport(readerFor(leadsStore, campaignsStore), rows, meta, now), errors, meta, now);
    const { plan, record } = prepared;
    if (!record) return { record, plan };
    const { computation, leads, activities, undo } = prepared;

    const queued = performance.now();
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
    // The record each lead replaces is known to the plan (read in this transaction, or re-checked
    // unchanged by stillHolds): the write keeping the address summary need not read it again.
    const leadStore = tx.objectStore('leads');
    for (const lead of leads)
      queue(
        track(computation.replaces.has(lead.id) ? putReplacing(leadStore, lead, computation.replaces.get(lead.id)) : leadStore.put(lead)),
      );
    for (const activity of activities) queue(track(tx.objectStore('activities').put(activity)));
    queue(tx.objectStore('imports').put(record));
    queue(tx.objectStore('importUndo').put(undo));
    await Promise.all(writes);
    plan.timings = {
      ...plan.timings,
      reusedPlan: reuse ? 1 : 0,
      madeAhead: reuse && planned.ready?.fileName === meta.fileName ? 1 : 0,
      prepare: queued - started,
      write: performance.now() - queued,
    };
    return { record, plan };
  });
}

/** An import's writes, checked and ready to queue; no record when it changes nothing. */
type PreparedWrites =
  | { plan: ImportPlan; record: undefined }
  | { plan: ImportPlan; record: ImportRecord; computation: ImportComputation; leads: Lead[]; activities: Activity[]; undo: ImportUndo };

/**
 * A plan's leads checked for writing and their timeline entries, for a file named `fileName`: the
 * bulk of what confirming the plan does before writing. The I/O worker makes them while the user
 * reads the plan's report (see `PlannedImport.ready`). Throws InvalidRecordError as a write would.
 */
export function readyWrites(planned: Pick<PlannedImport, 'computation' | 'now'>, fileName: string): ReadyWrites {
  const { computation, now: at } = planned;
  const origin = { kind: 'import' as const, at };
  const created = new Set(computation.createdIds);
  // Every lead is checked here, new ones too (the plan drafts them), and gets its index keys.
  const leads = computation.writes.map((lead) => parseForWrite('leads', lead));
  const shown = fileName.slice(0, 200);
  const activities = leads.map((lead) => {
    // activityFor checks the entry; adding the (bounded) file name keeps it valid.
    const activity = activityFor(lead, origin, at, created.has(lead.id), computation.changesByLead.get(lead.id) ?? []);
    return { ...activity, summary: `${activity.summary} (${shown})`.slice(0, 500), details: { ...activity.details, file: shown } };
  });
  return { fileName, leads, activities };
}

/** Checks a computation's leads and builds their timeline entries (unless `ready`), the history and the undo record. */
function prepareWrites(
  computation: ImportComputation,
  errors: readonly LineError[],
  meta: { fileName: string; preset: string },
  at: number,
  ready?: ReadyWrites,
): PreparedWrites {
  const plan = summarise(computation, errors);
  if (!computation.writes.length) return { plan, record: undefined };

  const { leads, activities } = ready?.fileName === meta.fileName ? ready : readyWrites({ computation, now: at }, meta.fileName);
  const applied = plan.outcomes.filter((outcome) => !outcome.skipped && outcome.status !== 'new');
  const counts = {
    created: plan.counts.new,
    updated: applied.filter((outcome) => outcome.changes.length).length,
    unchanged: applied.filter((outcome) => !outcome.changes.length).length,
    skipped: plan.counts.skipped + errors.length,
  };
  const written = new Map(leads.map((lead) => [lead.id, lead]));
  const record = parseForWrite('imports', {
    id: newId(),
    at,
    fileName: meta.fileName.slice(0, 500),
    preset: meta.preset,
    counts,
    campaignIds: computation.tagIds,
    status: 'applied',
  } satisfies ImportRecord);
  // The leads as they were come from parseStored and their new values from the checked writes:
  // the undo record's check leaves them out rather than walk every lead's schema a second time.
  const undo: ImportUndo = {
    ...parseForWrite('importUndo', {
      id: record.id,
      createdLeadIds: computation.createdIds,
      createdCampaignIds: computation.newCampaigns.map((campaign) => campaign.id),
      activityIds: activities.map((activity) => activity.id),
      updated: [],
    } satisfies ImportUndo),
    updated: computation.before.map((lead) => ({
      before: lead,
      updatedAt: written.get(lead.id)?.updatedAt ?? at,
      after: changedValues(lead, written.get(lead.id)),
    })),
  };
  return { plan, record, computation, leads, activities, undo };
}

/** True when the stores still look as they did when `planned` was made. */
async function stillHolds<T extends ArrayLike<StoreName>>(
  planned: PlannedImport,
  leads: IDBPObjectStore<LeadlineSchema, T, 'leads', 'readwrite'>,
  campaigns: IDBPObjectStore<LeadlineSchema, T, 'campaigns', 'readwrite'>,
): Promise<boolean> {
  // The leads the plan changes must still be the versions it read. Their records are not read
  // again: the ids under each of their update times in the `updatedAt` index (keys only) say it,
  // since a lead has one update time and every write of a lead sets it.
  const byStamp = new Map<number, string[]>();
  for (const lead of planned.computation.before) byStamp.set(lead.updatedAt, [...(byStamp.get(lead.updatedAt) ?? []), lead.id]);
  const stamps = [...byStamp.keys()].sort((a, b) => a - b);
  const index = leads.index('updatedAt');
  const [watermark, present] = await Promise.all([
    readWatermark(leads, campaigns),
    Promise.all(stamps.map((stamp) => index.getAllKeys(stamp))),
  ]);
  if (JSON.stringify(watermark) !== JSON.stringify(planned.watermark)) return false;
  return stamps.every((stamp, position) => {
    const ids = new Set(present[position]);
    return byStamp.get(stamp)!.every((id) => ids.has(id));
  });
}

/** Fields of a lead an import can change, and undo can put back one by one. */
const RESTORABLE = [
  ...LEAD_FIELDS,
  'dealValue',
  'expectedCloseDate',
  'lostReason',
  'owner',
  'notes',
  'customFields',
  'campaignIds',
  'firstTouchCampaignId',
  'lastTouchCampaignId',
  'sourceTags',
] as const satisfies ReadonlyArray<keyof Lead>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The values `after` holds where it differs from `before`, by field (undefined becomes null). */
function changedValues(before: Lead, after: Lead | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!after) return out;
  for (const key of RESTORABLE) if (!same(before[key], after[key])) out[key] = after[key] ?? null;
  return out;
}

/** A lead the import created that was worked on since: what happened to it. */
export interface TouchedLead {
  id: string;
  name: string;
  /** `edited or recaptured`, `2 timeline entries` (email logged, deal changed…), `1 task`, `enrolled in 1 sequence`. */
  what: string[];
}

/** What undoing an import would do, for its confirmation. */
export interface UndoPreview {
  record: ImportRecord;
  /** Created leads untouched since: deleted. */
  removes: number;
  /** Changed leads put back (only the fields the import changed and nobody changed since). */
  restores: number;
  /** Leads the import changed that were changed again since: only fields nobody changed since go back. */
  changedSince: string[];
  /**
   * Of `changedSince`, those whose undo record (written by an older Leadline) holds no values the
   * import wrote: only name, contact and profile fields still carrying the import's own stamp (and
   * no later edit, capture or guess of them on the timeline) go back, and the import's campaign
   * tags go; deal, notes and custom fields stay as they are now.
   */
  unrecorded: string[];
  /** Created leads worked on since the import: kept unless the user asks to remove them too. */
  touched: TouchedLead[];
  /** Created leads the user deleted since: not brought back. */
  deletedSince: number;
}

const UNDO_READ = ['imports', 'importUndo', 'leads', 'activities', 'tasks', 'enrollments'] as const;
type UndoReadStores = (typeof UNDO_READ)[number];

interface UndoSurvey {
  record: ImportRecord;
  undo: ImportUndo;
  /** Created leads still stored and untouched / touched, and ids gone since. */
  untouched: string[];
  touched: TouchedLead[];
  deleted: string[];
  /** The import's own timeline entries, by lead. */
  importEntries: Map<string, string[]>;
}

/** Reads what happened since the import, through the leads' indexes (no store is read whole). */
async function surveyUndo<M extends IDBTransactionMode>(
  tx: IDBPTransaction<LeadlineSchema, UndoReadStores[], M>,
  importId: string,
): Promise<UndoSurvey> {
  const record = parseStored('imports', await tx.objectStore('imports').get(importId), importId);
  const undo = parseStored('importUndo', await tx.objectStore('importUndo').get(importId), importId);
  if (!record || !undo || record.status !== 'applied') throw new Error('That import can no longer be undone');
  const own = new Set(undo.activityIds);
  const importEntries = new Map<string, string[]>();
  const activities = tx.objectStore('activities');
  const found = await Promise.all(
    undo.createdLeadIds.map((id) =>
      Promise.all([
        tx.objectStore('leads').get(id),
        activities.index('leadIdAt').getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity])),
        tx.objectStore('tasks').index('leadId').count(id),
        tx.objectStore('enrollments').index('leadId').count(id),
      ]),
    ),
  );
  const untouched: string[] = [];
  const touched: TouchedLead[] = [];
  const deleted: string[] = [];
  undo.createdLeadIds.forEach((id, index) => {
    const [raw, entries, tasks, enrollments] = found[index]!;
    if (raw === undefined) {
      deleted.push(id);
      return;
    }
    const lead = parseStored('leads', raw, id);
    const later = entries.filter((entry) => !own.has(entry.id));
    importEntries.set(
      id,
      entries.filter((entry) => own.has(entry.id)).map((entry) => entry.id),
    );
    const what: string[] = [];
    if (lead && lead.updatedAt !== record.at) what.push('edited or captured again');
    if (later.length)
      what.push(
        `${later.length} later timeline ${later.length === 1 ? 'entry' : 'entries'} (${[...new Set(later.map((entry) => entry.type))].join(', ')})`,
      );
    if (tasks) what.push(`${tasks} ${tasks === 1 ? 'task' : 'tasks'}`);
    if (enrollments) what.push(`enrolled in ${enrollments} ${enrollments === 1 ? 'sequence' : 'sequences'}`);
    if (what.length) touched.push({ id, name: lead?.fullName ?? id, what });
    else untouched.push(id);
  });
  return { record, undo, untouched, touched, deleted, importEntries };
}

/** Reads what undoing an import would remove, keep and restore (nothing is written). */
export async function previewUndo(db: LeadlineDB, importId: string): Promise<UndoPreview> {
  const tx = db.transaction([...UNDO_READ], 'readonly');
  const survey = await surveyUndo(tx, importId);
  const leads = tx.objectStore('leads');
  const changedSince: string[] = [];
  const unrecorded: string[] = [];
  let restores = 0;
  await Promise.all(
    survey.undo.updated.map(async ({ before, updatedAt, after }) => {
      const now = parseStored('leads', await leads.get(before.id), before.id);
      if (!now) return;
      restores++;
      if (now.updatedAt === updatedAt) return;
      changedSince.push(now.fullName);
      if (!after) unrecorded.push(now.fullName);
    }),
  );
  return {
    record: survey.record,
    removes: survey.untouched.length,
    restores,
    changedSince,
    unrecorded,
    touched: survey.touched,
    deletedSince: survey.deleted.length,
  };
}

const UNDO_STORES = ['leads', 'activities', 'tasks', 'enrollments', 'campaigns', 'imports', 'importUndo'] as const;

/** The lead as before the import in every field the import changed and nobody changed since. */
function restoreFields(current: Lead, before: Lead, after: Record<string, unknown>): Lead {
  const next: Lead = { ...current, provenance: { ...current.provenance }, editedFields: [...current.editedFields] };
  const record = next as Record<string, unknown>;
  for (const [key, value] of Object.entries(after)) {
    if (!(RESTORABLE as readonly string[]).includes(key)) continue;
    const field = key as (typeof RESTORABLE)[number];
    const now = current[field] ?? null;
    if (field === 'campaignIds') {
      // Tags the import added go; tags added since stay.
      const added = (value as string[]).filter((id) => !before.campaignIds.includes(id));
      next.campaignIds = current.campaignIds.filter((id) => !added.includes(id));
      continue;
    }
    if (!same(now, value)) continue;
    record[field] = before[field];
    if ((LEAD_FIELDS as readonly string[]).includes(field)) {
      const leadField = field as (typeof LEAD_FIELDS)[number];
      if (before.provenance[leadField]) next.provenance[leadField] = before.provenance[leadField];
      else delete next.provenance[leadField];
      next.editedFields = next.editedFields.filter((edited) => edited !== leadField);
      if (before.editedFields.includes(leadField)) next.editedFields.push(leadField);
    }
  }
  return next;
}

/**
 * What an import provably wrote on a lead changed since, when its undo record (from an older
 * Leadline) kept no `after` values: a name, contact or profile field still carrying the import's own
 * provenance stamp, which any later capture or edit replaces, and that no later timeline entry names
 * (a guessed address, a merge); and the campaign tags the whole import added. Anything else is
 * unknown and stays as it is now.
 */
function provenWrites(current: Lead, before: Lead, record: ImportRecord, laterFields: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of LEAD_FIELDS) {
    const stamp = current.provenance[field];
    if (stamp?.source !== 'import' || stamp.at !== record.at || laterFields.has(field)) continue;
    if (!same(before[field] ?? null, current[field] ?? null)) out[field] = current[field] ?? null;
  }
  const tags = record.campaignIds.filter((id) => !before.campaignIds.includes(id));
  if (tags.length) out.campaignIds = tags;
  return out;
}

/**
 * Undoes an import in one transaction without destroying later work. Leads it created go (with
 * everything about them, as a delete does), except those worked on since (captured again, edited,
 * a deal or an email logged, enrolled, a task): they stay unless `removeTouched`. A lead deleted
 * since stays deleted. Leads it changed get back the values the import replaced, field by field,
 * where nobody changed that field since (untouched leads come back exactly). Its timeline entries
 * go except on the leads kept, and the campaigns it created go when no lead uses them any more.
 */
export async function undoImport(
  db: LeadlineDB,
  importId: string,
  now = Date.now(),
  options: { removeTouched?: boolean } = {},
): Promise<ImportRecord> {
  return writeTx(
    db,
    [...UNDO_STORES],
    async (tx) => {
      // The transaction spans more stores than the survey reads, which is all it needs.
      const survey = await surveyUndo(tx as unknown as Parameters<typeof surveyUndo<'readwrite'>>[0], importId);
      const { record, undo } = survey;
      const activities = tx.objectStore('activities');
      const tasks = tx.objectStore('tasks');
      const enrollments = tx.objectStore('enrollments');
      const leads = tx.objectStore('leads');
      const removed = options.removeTouched ? [...survey.untouched, ...survey.touched.map((lead) => lead.id)] : survey.untouched;
      const kept = options.removeTouched ? [] : survey.touched.map((lead) => lead.id);

      const keyLists = await Promise.all(
        removed.map((id) =>
          Promise.all([
            activities.index('leadIdAt').getAllKeys(IDBKeyRange.bound([id, -Infinity], [id, Infinity])),
            tasks.index('leadId').getAllKeys(id),
            enrollments.index('leadId').getAllKeys(id),
          ]),
        ),
      );
      const keptEntries = new Set(kept.flatMap((id) => survey.importEntries.get(id) ?? []));
      const writes: Promise<unknown>[] = [];
      for (const id of removed) writes.push(leads.delete(id));
      for (const [activityKeys, taskKeys, enrollmentKeys] of keyLists) {
        for (const key of activityKeys) writes.push(activities.delete(key));
        for (const key of taskKeys) writes.push(tasks.delete(key));
        for (const key of enrollmentKeys) writes.push(enrollments.delete(key));
      }
      for (const key of undo.activityIds) if (!keptEntries.has(key)) writes.push(activities.delete(key));
      for (const id of kept) {
        writes.push(
          activities.put(
            parseForWrite('activities', {
              id: newId(),
              leadId: id,
              type: 'updated',
              at: now,
              summary: `Import of ${record.fileName} undone; this lead was kept because it was worked on since`.slice(0, 500),
              details: { importId },
            }),
          ),
        );
      }
      const currents = await Promise.all(undo.updated.map(({ before }) => leads.get(before.id)));
      const own = new Set(undo.activityIds);
      const laterFields = await Promise.all(
        undo.updated.map(async ({ before, updatedAt, after }, index) => {
          if (after || currents[index] === undefined || (currents[index] as { updatedAt?: unknown }).updatedAt === updatedAt)
            return undefined;
          // Only an undo record without `after` needs the timeline: which fields were written since the import.
          const entries = await activities.index('leadIdAt').getAll(IDBKeyRange.bound([before.id, record.at], [before.id, Infinity]));
          return new Set(
            entries.filter((entry) => !own.has(entry.id)).flatMap((entry) => String(entry.details?.fields ?? '').split(/,\s*/)),
          );
        }),
      );
      undo.updated.forEach(({ before, updatedAt, after }, index) => {
        const current = parseStored('leads', currents[index], before.id);
        if (!current) return; // deleted since: stays deleted
        if (current.updatedAt === updatedAt) {
          writes.push(leads.put(before));
          return;
        }
        const written = after ?? provenWrites(current, before, record, laterFields[index] ?? new Set());
        const restored = restoreFields(current, before, written);
        if (!same(restored, current))
          writes.push(leads.put(parseForWrite('leads', { ...restored, updatedAt: Math.max(now, current.updatedAt) })));
      });
      await Promise.all(writes);
      // Counted after the deletes and restores above: a campaign someone else uses since stays.
      const campaignUse = await Promise.all(undo.createdCampaignIds.map((id) => leads.index('campaignIds').count(id)));
      await Promise.all(
        undo.createdCampaignIds.filter((_id, index) => !campaignUse[index]).map((id) => tx.objectStore('campaigns').delete(id)),
      );
      const undone = parseForWrite('imports', { ...record, status: 'undone', undoneAt: now });
      await tx.objectStore('imports').put(undone);
      await tx.objectStore('importUndo').delete(importId);
      return undone;
    },
    { rewinds: true },
  ); // the leads it changed go back to their older versions
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
