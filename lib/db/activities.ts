import type { Activity } from '../model';
import { parseStoredAll } from './records';
import type { LeadlineDB } from './schema';

/** A lead's timeline, newest first, through the `leadId + at` index. */
export async function leadTimeline(db: LeadlineDB, leadId: string): Promise<Activity[]> {
  const range = IDBKeyRange.bound([leadId, -Infinity], [leadId, Infinity]);
  return parseStoredAll('activities', await db.getAllFromIndex('activities', 'leadIdAt', range)).reverse();
}
