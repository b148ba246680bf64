import { openLeadlineDb, type LeadlineDB } from '@/lib/db';
import { exportLeads, type ExportOptions } from '@/lib/io/export';
import type { Task } from '@/lib/model';

let counter = 0;

/** A new, empty, fully migrated database with a unique name. */
export function freshDb(): Promise<LeadlineDB> {
  counter += 1;
  return openLeadlineDb({ name: `leadline-test-${counter}-${Math.random().toString(36).slice(2)}` });
}

/** A lead exactly as version 6 stored it (no social profiles, no email guesses), for upgrade tests. */
export function leadAsStoredAt6(id: string, at: number, fields: Record<string, unknown>): never {
  return {
    id,
    emails: [],
    phones: [],
    stage: 'new',
    notes: '',
    customFields: {},
    campaignIds: [],
    sourceTags: {},
    capturedFrom: 'web',
    provenance: {},
    editedFields: [],
    identity: [],
    search: [],
    recent: [],
    createdAt: at,
    updatedAt: at,
    ...fields,
  } as never;
}

/**
 * A lead exactly as versions 7 to 10 stored it (profiles as bare URLs in `socialUrls`, phones with
 * nothing beside them), for upgrade tests: later versions' fields go in `fields`.
 */
export function leadAsStoredBefore11(id: string, at: number, fields: Record<string, unknown>): never {
  return leadAsStoredAt6(id, at, { socialUrls: [], emailGuesses: [], emailDomains: [], ...fields });
}

/** An open "call" task of `leadId` due at `dueAt`, as a sequence step stores it; `fields` override. */
export function callTask(id: string, leadId: string, dueAt: number, fields: Partial<Task> = {}): Task {
  return {
    id,
    leadId,
    type: 'call',
    title: `Call ${id}`,
    instructions: '',
    status: 'open',
    dueAt,
    scheduledAt: dueAt,
    snoozeCount: 0,
    createdAt: 1,
    updatedAt: 1,
    ...fields,
  };
}

/** `exportLeads` with its parts joined: the file's text, as the user's saved file holds it. */
export async function exportText(db: LeadlineDB, options?: ExportOptions): Promise<{ csv: string; count: number; skipped: number }> {
  const { parts, count, skipped } = await exportLeads(db, options);
  return { csv: parts.join(''), count, skipped };
}
