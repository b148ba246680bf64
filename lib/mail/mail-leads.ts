import { type LeadlineDB, parseStoredAll } from '../db';
import { normaliseEmail } from '../keys';
import type { Lead } from '../model';

/** The leads with each of `emails`, through the leads' `identity` index (`email:<address>`, one lookup per address). */
export async function leadsByEmails(db: LeadlineDB, emails: readonly string[]): Promise<Map<string, Lead[]>> {
  const unique = [...new Set(emails.map((email) => email.toLowerCase()))];
  const index = db.transaction('leads').store.index('identity');
  const found = await Promise.all(unique.map((email) => index.getAll(`email:${normaliseEmail(email)}`)));
  const out = new Map<string, Lead[]>();
  unique.forEach((email, position) => {
    const leads = parseStoredAll('leads', found[position]!);
    if (leads.length) out.set(email, leads);
  });
  return out;
}

/** The distinct leads among `emails`, in the order the addresses come. */
export async function leadsAmong(db: LeadlineDB, emails: readonly string[]): Promise<Lead[]> {
  const byEmail = await leadsByEmails(db, emails);
  const seen = new Map<string, Lead>();
  for (const email of emails) for (const lead of byEmail.get(email.toLowerCase()) ?? []) seen.set(lead.id, lead);
  return [...seen.values()];
}
