import { type LeadlineDB, parseForWrite, parseStored, writeTx } from '../db';
import { confirmEmails } from '../emails';
import { confirmedActivity, evidenceFromParticipants } from '../leads';
import type { Activity, MailMessage, MailProvider } from '../model';

/**
 * "Log this email": an `email-logged` activity on each lead of a message — subject, date, direction
 * and a link back to the thread; the body only as a short snippet, and only when Settings say so.
 * Exactly once per message and lead, however often (and from however many panels) it is logged: the
 * activity id is derived from the message, so a second write finds the first.
 */

/** Received by the mailbox owner, or sent by them. */
export type Direction = 'inbound' | 'outbound';

/** What is logged: the message, the thread it belongs to, where it was seen. */
export interface LoggedEmail {
  provider: MailProvider;
  threadUrl: string;
  subject: string;
  message: MailMessage;
  direction: Direction;
}

/** What logging did for one lead. */
export interface LogResult {
  leadId: string;
  fullName: string;
  created: boolean;
}

/** Sent by one of the owner's addresses, or received. */
export function directionOf(message: Pick<MailMessage, 'from'>, ownEmails: readonly string[]): Direction {
  return ownEmails.includes(message.from.email.toLowerCase()) ? 'outbound' : 'inbound';
}

/** The id of the activity logging `messageKey` on `leadId`: the same inputs always give the same id. */
export async function emailActivityId(provider: MailProvider, messageKey: string, leadId: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${provider}\n${messageKey}\n${leadId}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `email-${[...digest.slice(0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

const people = (list: MailMessage['to']) =>
  list.map((person) => (person.name ? `${person.name} <${person.email}>` : person.email)).join(', ');

/** The activity for one lead (pure: the caller supplies the id). */
export function emailActivity(id: string, leadId: string, email: LoggedEmail, keepSnippet: boolean, now: number): Activity {
  const subject = email.subject.trim() || '(no subject)';
  const details: Activity['details'] = {
    source: email.provider,
    direction: email.direction,
    subject: subject.slice(0, 500),
    from: people([email.message.from]).slice(0, 1000),
    to: people(email.message.to).slice(0, 5000),
    threadUrl: email.threadUrl,
    messageKey: email.message.key,
  };
  if (keepSnippet && email.message.snippet) details.snippet = email.message.snippet;
  return {
    id,
    leadId,
    type: 'email-logged',
    at: email.message.at ?? now,
    summary: `${email.direction === 'inbound' ? 'Email received' : 'Email sent'}: “${subject.slice(0, 400)}”`,
    details,
  };
}

/**
 * Logs one message on each of `leadIds` in one transaction: new activities where there were none,
 * nothing where the message is already logged. A lead deleted meanwhile aborts the whole write.
 * The named participants' company addresses are kept as evidence for the likely email.
 */
export async function logEmail(
  db: LeadlineDB,
  leadIds: readonly string[],
  email: LoggedEmail,
  keepSnippet: boolean,
  now = Date.now(),
): Promise<LogResult[]> {
  const ids = await Promise.all(leadIds.map((leadId) => emailActivityId(email.provider, email.message.key, leadId)));
  // Every named participant at a company domain teaches its address pattern (lib/leads/likely-email.ts).
  const evidence = evidenceFromParticipants(
    [email.message.from, ...email.message.to],
    { source: email.provider, url: email.threadUrl },
    email.message.at ?? now,
  );
  return writeTx(db, ['leads', 'activities', 'emailEvidence'], async (tx) => {
    for (const record of evidence) await tx.objectStore('emailEvidence').put(parseForWrite('emailEvidence', record));
    const results: LogResult[] = [];
    for (const [index, leadId] of leadIds.entries()) {
      const lead = parseStored('leads', await tx.objectStore('leads').get(leadId));
      if (!lead) throw new Error('That lead no longer exists: nothing was logged');
      const id = ids[index]!;
      const existing = await tx.objectStore('activities').get(id);
      if (!existing)
        await tx.objectStore('activities').put(parseForWrite('activities', emailActivity(id, leadId, email, keepSnippet, now)));
      // A logged message to or from an address the lead only had as a guess confirms it.
      const participants = [email.message.from, ...email.message.to].map((person) => person.email);
      const confirmed = confirmEmails(lead, participants, 'logged-email', now);
      if (confirmed.confirmed.length) {
        await tx.objectStore('leads').put(parseForWrite('leads', confirmed.lead));
        await tx.objectStore('activities').put(confirmedActivity(leadId, confirmed.confirmed, 'logged-email', now));
      }
      results.push({ leadId, fullName: lead.fullName, created: !existing });
    }
    return results;
  });
}

/** Which of `leadIds` already have this message logged (read through the activities' primary key). */
export async function loggedFor(
  db: LeadlineDB,
  provider: MailProvider,
  messageKey: string,
  leadIds: readonly string[],
): Promise<Set<string>> {
  const ids = await Promise.all(leadIds.map((leadId) => emailActivityId(provider, messageKey, leadId)));
  const tx = db.transaction('activities');
  const found = await Promise.all(ids.map((id) => tx.store.count(id)));
  return new Set(leadIds.filter((_, index) => found[index]! > 0));
}
