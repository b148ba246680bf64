import { parseForWrite, parseStored } from '../db/records';
import type { LeadlineDB } from '../db/schema';
import { writeTx } from '../db/tx';
import type { Lead } from '../model';
import { collectLead, removeLeadRecords } from './delete-lead';

/** What erasing a person removes, for the confirmation that names it. */
export interface ErasePreview {
  lead: Lead;
  activities: number;
  tasks: number;
  enrollments: number;
  /** Import undo records that still hold a copy of this person. */
  importCopies: number;
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
  return {
    lead: snapshot.lead,
    activities: snapshot.activities.length,
    tasks: snapshot.tasks.length,
    enrollments: snapshot.enrollments.length,
    importCopies,
  };
}

function mentions(undo: { createdLeadIds: string[]; updated: Array<{ before: { id: string } }> }, id: string): boolean {
  return undo.createdLeadIds.includes(id) || undo.updated.some((entry) => entry.before.id === id);
}

/**
 * Erases a person for a privacy request, in one transaction and with no undo: the lead, its
 * activities, tasks and enrollments, and the copies of it that import undo records keep.
 */
export async function eraseLead(db: LeadlineDB, id: string): Promise<Omit<ErasePreview, 'lead'> & { name: string }> {
  return writeTx(db, ['leads', 'activities', 'tasks', 'enrollments', 'importUndo'], async (tx) => {
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
    return {
      name: snapshot.lead.fullName,
      activities: snapshot.activities.length,
      tasks: snapshot.tasks.length,
      enrollments: snapshot.enrollments.length,
      importCopies,
    };
  });
}
