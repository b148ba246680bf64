import { type LeadlineDB, parseForWrite, parseStored, readChunks, writeTx } from '../db';
import type { Activity, Lead } from '../model';
import { collectLead, removeLeadRecords } from './delete-lead';

/** What erasing a person removes, for the confirmation that names it. */
export interface ErasePreview {
  lead: Lead;
  activities: number;
  tasks: number;
  enrollments: number;
  /** Import undo records that still hold a copy of this person. */
  importCopies: number;
  /** Timeline entries of other leads that name this person (an email between them): blanked. */
  mentions: number;
  /** Their addresses kept as evidence of a company's address pattern (seen on a page or in a message). */
  seenAddresses: number;
}

/** What stands in for an erased person in other leads' timelines. */
export const ERASED = '[erased]';

/** How a person is recognised in other records: their name and every email address. */
interface Person {
  id: string;
  name: string;
  emails: string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `activity` with every trace of `person` blanked, or undefined when it does not mention them. In
 * a logged email, the person's entry in From/To goes, and so does the snippet (their words, or words
 * to them); everywhere, their name and addresses in the summary and details become `[erased]`.
 */
export function scrubActivity(activity: Activity, person: Person): Activity | undefined {
  if (activity.leadId === person.id) return undefined;
  const terms = [...person.emails, ...(person.name.trim().length >= 3 ? [person.name.trim()] : [])].filter(Boolean);
  if (!terms.length) return undefined;
  const pattern = new RegExp(terms.map(escape).join('|'), 'giu');
  const mentions = (text: string) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  };
  const blank = (text: string) => text.replace(pattern, ERASED);
  let changed = false;
  const details: Activity['details'] = { ...activity.details };
  if (activity.type === 'email-logged') {
    for (const key of ['from', 'to', 'cc'] as const) {
      const value = details[key];
      if (typeof value !== 'string' || !mentions(value)) continue;
      const others = value.split(/,\s*(?=[^,]*(?:<|@))/).filter((entry) => !mentions(entry));
      details[key] = others.length ? others.join(', ') : ERASED;
      changed = true;
      if ('snippet' in details) delete details.snippet;
    }
  }
  for (const [key, value] of Object.entries(details)) {
    if (typeof value === 'string' && mentions(value)) {
      details[key] = blank(value);
      changed = true;
    }
  }
  let summary = activity.summary;
  if (mentions(summary)) {
    summary = blank(summary);
    changed = true;
  }
  return changed ? { ...activity, summary, details } : undefined;
}

function personOf(lead: Lead): Person {
  return { id: lead.id, name: lead.fullName, emails: lead.emails };
}

/** Other leads' timeline entries that mention the person, each as it would be after blanking. */
async function scrubbedMentions(store: Parameters<typeof readChunks>[0], person: Person): Promise<Activity[]> {
  const out: Activity[] = [];
  for await (const chunk of readChunks(store)) {
    for (const raw of chunk) {
      const activity = parseStored('activities', raw);
      const scrubbed = activity && scrubActivity(activity, person);
      if (scrubbed) out.push(scrubbed);
    }
  }
  return out;
}

/** Counts what erasing this lead would remove (nothing is written). */
export async function previewErase(db: LeadlineDB, id: string): Promise<ErasePreview | undefined> {
  const snapshot = await collectLead(db, id);
  if (!snapshot) return undefined;
  let importCopies = 0;
  for (const raw of await db.getAll('importUndo')) {
    const undo = parseStored('importUndo', raw);
    if (undo && mentions(undo, id)) importCopies++;
  }
  const mentionsElsewhere = await scrubbedMentions(db.transaction('activities').store, personOf(snapshot.lead));
  const evidence = db.transaction('emailEvidence').store;
  const seen = await Promise.all(snapshot.lead.emails.map((email) => evidence.count(email.toLowerCase())));
  return {
    lead: snapshot.lead,
    activities: snapshot.activities.length,
    tasks: snapshot.tasks.length,
    enrollments: snapshot.enrollments.length,
    importCopies,
    mentions: mentionsElsewhere.length,
    seenAddresses: seen.reduce((sum, count) => sum + count, 0),
  };
}

function mentions(undo: { createdLeadIds: string[]; updated: Array<{ before: { id: string } }> }, id: string): boolean {
  return undo.createdLeadIds.includes(id) || undo.updated.some((entry) => entry.before.id === id);
}

/**
 * Erases a person for a privacy request, in one transaction and with no undo: the lead, its
 * activities, tasks and enrollments, the copies of it that import undo records keep, their name,
 * addresses and snippets in other leads' timelines (an email logged between them), and the
 * "not the same person" notes other leads keep about them, and their addresses kept as evidence
 * for the likely email.
 */
export async function eraseLead(db: LeadlineDB, id: string): Promise<Omit<ErasePreview, 'lead'> & { name: string }> {
  return writeTx(
    db,
    ['leads', 'activities', 'tasks', 'enrollments', 'importUndo', 'emailEvidence'],
    async (tx) => {
      // The transaction spans more stores than removeLeadRecords uses, which is all it needs.
      const snapshot = await removeLeadRecords(tx as unknown as Parameters<typeof removeLeadRecords>[0], id);
      let importCopies = 0;
      let cursor = await tx.objectStore('importUndo').openCursor();
      while (cursor) {
        const undo = parseStored('importUndo', cursor.value);
        if (undo && mentions(undo, id)) {
          importCopies++;
          await cursor.update(
            parseForWrite('importUndo', {
              ...undo,
              createdLeadIds: undo.createdLeadIds.filter((leadId) => leadId !== id),
              updated: undo.updated.filter((entry) => entry.before.id !== id),
            }),
          );
        }
        cursor = await cursor.continue();
      }
      const activities = tx.objectStore('activities');
      const scrubbed = await scrubbedMentions(activities, personOf(snapshot.lead));
      const writes: Promise<unknown>[] = scrubbed.map((activity) => activities.put(parseForWrite('activities', activity)));
      for (const otherId of snapshot.lead.notSameAs ?? []) {
        const other = parseStored('leads', await tx.objectStore('leads').get(otherId), otherId);
        if (!other?.notSameAs) continue;
        const rest = other.notSameAs.filter((leadId) => leadId !== id);
        const { notSameAs: _dropped, ...without } = other;
        writes.push(tx.objectStore('leads').put(parseForWrite('leads', rest.length ? { ...other, notSameAs: rest } : without)));
      }
      const evidence = tx.objectStore('emailEvidence');
      const seen = await Promise.all(snapshot.lead.emails.map((email) => evidence.count(email.toLowerCase())));
      for (const email of snapshot.lead.emails) writes.push(evidence.delete(email.toLowerCase()));
      await Promise.all(writes);
      return {
        name: snapshot.lead.fullName,
        seenAddresses: seen.reduce((sum, count) => sum + count, 0),
        activities: snapshot.activities.length,
        tasks: snapshot.tasks.length,
        enrollments: snapshot.enrollments.length,
        importCopies,
        mentions: scrubbed.length,
      };
    },
    { erase: true },
  );
}
