import { type LeadlineDB, parseForWrite, parseStored, writeTx } from '../db';
import { LEAD_FIELDS, newId, type Activity, type Lead, type LeadField } from '../model';
import { disagreeingKinds, isWeakKey, socialProfilesOf, WEAK_KEY_PREFIX } from '../keys';

/**
 * Possible duplicates: two leads with the same name and company (the weak identity key) that were
 * kept apart, usually because their strong keys disagree. Nothing joins them but the user: the
 * dashboard's Possible duplicates view compares them field by field (`mergeLeads`) or records that
 * they are not the same person (`dismissDuplicate`, kept on both leads as `notSameAs`).
 */

/** Two leads that may be one person, and the strong keys on which they differ. */
export interface DuplicatePair {
  /** The older lead first: a merge keeps its id. */
  a: Lead;
  b: Lead;
  /** `email`, `LinkedIn profile`… (empty when nothing disagrees, e.g. two hand-made leads). */
  differs: string[];
}

const dismissed = (a: Lead, b: Lead) => !!(a.notSameAs?.includes(b.id) || b.notSameAs?.includes(a.id));

const older = (a: Lead, b: Lead) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);

function pairsOf(group: readonly Lead[]): DuplicatePair[] {
  const sorted = [...group].sort(older);
  const pairs: DuplicatePair[] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i]!;
      const b = sorted[j]!;
      if (!dismissed(a, b)) pairs.push({ a, b, differs: disagreeingKinds(a.identity, b.identity) });
    }
  }
  return pairs;
}

/**
 * Every pair of leads sharing a name + company key, not dismissed, newest-created pair first. Walks
 * the name + company keys of the `identity` index (keys only) and reads only the leads that share one.
 */
export async function listPossibleDuplicates(db: LeadlineDB): Promise<DuplicatePair[]> {
  const tx = db.transaction('leads');
  const groups = new Map<string, string[]>();
  let cursor = await tx.store.index('identity').openKeyCursor(IDBKeyRange.bound(WEAK_KEY_PREFIX, `${WEAK_KEY_PREFIX}\uffff`));
  let previous: { key: string; id: string } | undefined;
  while (cursor) {
    const key = String(cursor.key);
    const id = String(cursor.primaryKey);
    if (previous?.key === key) {
      const group = groups.get(key) ?? [previous.id];
      group.push(id);
      groups.set(key, group);
    }
    previous = { key, id };
    cursor = await cursor.continue();
  }
  const ids = [...new Set([...groups.values()].flat())];
  const leads = new Map<string, Lead>();
  await Promise.all(
    ids.map(async (id) => {
      const lead = parseStored('leads', await tx.store.get(id), id);
      if (lead) leads.set(id, lead);
    }),
  );
  const pairs = [...groups.values()].flatMap((group) => pairsOf(group.map((id) => leads.get(id)).filter((lead): lead is Lead => !!lead)));
  return pairs.sort((x, y) => y.b.createdAt - x.b.createdAt);
}

/** The leads that may be the same person as `lead` (same name and company, not dismissed). */
export async function possibleDuplicatesOf(db: LeadlineDB, lead: Lead): Promise<DuplicatePair[]> {
  const index = db.transaction('leads').store.index('identity');
  const found = (await Promise.all(lead.identity.filter(isWeakKey).map((key) => index.getAll(key, 20)))).flat();
  const others = new Map<string, Lead>();
  for (const raw of found) {
    const other = parseStored('leads', raw);
    if (other && other.id !== lead.id && !dismissed(lead, other)) others.set(other.id, other);
  }
  return [...others.values()].map((other) => {
    const [a, b] = older(lead, other) < 0 ? [lead, other] : [other, lead];
    return { a, b, differs: disagreeingKinds(a.identity, b.identity) };
  });
}

/** "Not the same person": remembered on both leads, so the pair is never listed again. */
export async function dismissDuplicate(db: LeadlineDB, aId: string, bId: string): Promise<void> {
  await writeTx(db, ['leads'], async (tx) => {
    const store = tx.objectStore('leads');
    const [a, b] = [parseStored('leads', await store.get(aId), aId), parseStored('leads', await store.get(bId), bId)];
    if (!a || !b) throw new Error('One of these leads no longer exists');
    // updatedAt is left alone: saying two leads differ changes neither person.
    await store.put(parseForWrite('leads', { ...a, notSameAs: [...new Set([...(a.notSameAs ?? []), b.id])] }));
    await store.put(parseForWrite('leads', { ...b, notSameAs: [...new Set([...(b.notSameAs ?? []), a.id])] }));
  });
}

/** Deal fields a merge chooses between, besides the person fields. */
export const MERGE_DEAL_FIELDS = ['stage', 'dealValue', 'expectedCloseDate', 'lostReason', 'owner'] as const;
export type MergeField = LeadField | (typeof MERGE_DEAL_FIELDS)[number];
export const MERGE_FIELDS: readonly MergeField[] = [...LEAD_FIELDS, ...MERGE_DEAL_FIELDS];

/** Which record's value a merged field takes; `both` (lists only) keeps every entry of each. */
export type MergeChoice = 'a' | 'b' | 'both';

const isListField = (field: MergeField): field is 'emails' | 'phones' | 'socialProfiles' =>
  field === 'emails' || field === 'phones' || field === 'socialProfiles';

/** The default choice per field: the value where only one has it, both lists, else the older lead's. */
export function defaultChoices(a: Lead, b: Lead): Record<MergeField, MergeChoice> {
  const choices = {} as Record<MergeField, MergeChoice>;
  for (const field of MERGE_FIELDS) {
    if (isListField(field)) choices[field] = 'both';
    else choices[field] = isBlank(a[field]) && !isBlank(b[field]) ? 'b' : 'a';
  }
  return choices;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && !value.length);
}

/** The merged lead (pure): `a`'s id and history, each field from the chosen record. */
export function mergedLead(a: Lead, b: Lead, choices: Partial<Record<MergeField, MergeChoice>>, now: number): Lead {
  const next: Lead = { ...a, provenance: { ...a.provenance }, editedFields: [...a.editedFields] };
  const record = next as Record<string, unknown>;
  for (const field of MERGE_FIELDS) {
    const choice = choices[field] ?? defaultChoices(a, b)[field];
    if (isListField(field)) {
      const left = a[field];
      const right = b[field];
      if (field === 'socialProfiles') {
        const [l, r] = [a.socialProfiles, b.socialProfiles];
        record[field] = choice === 'both' ? socialProfilesOf([...l, ...r]) : choice === 'b' ? [...r] : [...l];
      } else record[field] = choice === 'both' ? [...new Set([...left, ...right])] : choice === 'b' ? [...right] : [...left];
    } else {
      record[field] = choice === 'b' ? b[field] : a[field];
      if (field === 'dealValue') next.dealCurrency = choice === 'b' ? b.dealCurrency : a.dealCurrency;
      if (field === 'stage' && choice === 'b') {
        next.stageChangedAt = b.stageChangedAt;
        next.closedAt = b.closedAt;
      }
    }
    if ((LEAD_FIELDS as readonly string[]).includes(field)) {
      const leadField = field as LeadField;
      const from = choice === 'b' ? b : choice === 'both' && isBlank(a[leadField]) ? b : a;
      const provenance = from.provenance[leadField];
      if (provenance) next.provenance[leadField] = provenance;
      else delete next.provenance[leadField];
      const owned =
        choice === 'both'
          ? a.editedFields.includes(leadField) || b.editedFields.includes(leadField)
          : from.editedFields.includes(leadField);
      next.editedFields = next.editedFields.filter((edited) => edited !== leadField);
      if (owned) next.editedFields.push(leadField);
    }
  }
  next.notes = [a.notes, b.notes]
    .filter((text) => text.trim())
    .join('\n\n')
    .slice(0, 20000);
  next.customFields = { ...b.customFields, ...a.customFields };
  next.campaignIds = [...new Set([...a.campaignIds, ...b.campaignIds])];
  const [first, last] = a.createdAt <= b.createdAt ? [a, b] : [b, a];
  next.firstTouchCampaignId = first.firstTouchCampaignId ?? last.firstTouchCampaignId;
  next.lastTouchCampaignId = last.lastTouchCampaignId ?? first.lastTouchCampaignId;
  next.sourceTags = { ...b.sourceTags, ...a.sourceTags };
  next.companyId = a.companyId ?? b.companyId;
  next.createdAt = Math.min(a.createdAt, b.createdAt);
  next.notSameAs = [...new Set([...(a.notSameAs ?? []), ...(b.notSameAs ?? [])])].filter((id) => id !== a.id && id !== b.id);
  if (!next.notSameAs.length) delete next.notSameAs;
  next.updatedAt = Math.max(now, a.updatedAt, b.updatedAt);
  return next;
}

/**
 * Merges `b` into `a` as the user chose, field by field, in one transaction: `a` takes the chosen
 * values, `b`'s timeline entries, tasks and enrollments move to `a` (both histories are kept), `b`
 * is deleted, and `a`'s timeline says what was merged. Only this (a user's explicit choice in the
 * Possible duplicates view) ever joins two leads whose strong keys disagree.
 */
export async function mergeLeads(
  db: LeadlineDB,
  aId: string,
  bId: string,
  choices: Partial<Record<MergeField, MergeChoice>>,
  now = Date.now(),
): Promise<Lead> {
  if (aId === bId) throw new Error('Choose two different leads');
  return writeTx(db, ['leads', 'activities', 'tasks', 'enrollments', 'importUndo'], async (tx) => {
    const leads = tx.objectStore('leads');
    const [a, b] = [parseStored('leads', await leads.get(aId), aId), parseStored('leads', await leads.get(bId), bId)];
    if (!a || !b) throw new Error('One of these leads no longer exists');
    const merged = parseForWrite('leads', mergedLead(a, b, choices, now));
    const range = IDBKeyRange.bound([bId, -Infinity], [bId, Infinity]);
    const [activities, tasks, enrollments] = await Promise.all([
      tx.objectStore('activities').index('leadIdAt').getAll(range),
      tx.objectStore('tasks').index('leadId').getAll(bId),
      tx.objectStore('enrollments').index('leadId').getAll(bId),
    ]);
    const writes: Promise<unknown>[] = [leads.delete(bId), leads.put(merged)];
    for (const raw of activities) writes.push(tx.objectStore('activities').put({ ...raw, leadId: aId }));
    for (const raw of tasks) writes.push(tx.objectStore('tasks').put({ ...raw, leadId: aId }));
    for (const raw of enrollments) writes.push(tx.objectStore('enrollments').put({ ...raw, leadId: aId }));
    const entry: Activity = {
      id: newId(),
      leadId: aId,
      type: 'merged',
      at: now,
      summary: `Merged with ${b.fullName}${b.company ? ` (${b.company})` : ''} by hand; both timelines kept`.slice(0, 500),
      details: { mergedLeadId: bId, mergedName: b.fullName.slice(0, 200) },
    };
    writes.push(tx.objectStore('activities').put(parseForWrite('activities', entry)));
    // Undoing an import that created `b` must not delete the merged person: `b` leaves import undo records.
    let cursor = await tx.objectStore('importUndo').openCursor();
    while (cursor) {
      const undo = parseStored('importUndo', cursor.value);
      if (undo && (undo.createdLeadIds.includes(bId) || undo.updated.some((item) => item.before.id === bId))) {
        await cursor.update(
          parseForWrite('importUndo', {
            ...undo,
            createdLeadIds: undo.createdLeadIds.filter((id) => id !== bId),
            updated: undo.updated.filter((item) => item.before.id !== bId),
          }),
        );
      }
      cursor = await cursor.continue();
    }
    await Promise.all(writes);
    return merged;
  });
}
