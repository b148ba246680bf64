import { openLeadlineDb, type LeadlineDB } from '@/lib/db';

let counter = 0;

/** A new, empty, fully migrated database with a unique name. */
export function freshDb(): Promise<LeadlineDB> {
  counter += 1;
  return openLeadlineDb({ name: `leadline-test-${counter}-${Math.random().toString(36).slice(2)}` });
}
