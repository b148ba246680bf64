import { type LeadlineDB, parseStoredAll } from '../db';
import type { MailProvider, MailThread } from '../model';
import { openGuess } from '../emails';
import { confirmGuessedEmails } from '../leads';
import { recordReply } from '../sequences';
import { leadsByEmails } from './mail-leads';

/**
 * Replies seen in Gmail or Outlook: a message in an open thread from a lead who is enrolled in a
 * sequence, sent after the enrollment started (and after any resume), is that lead's reply. It is
 * recorded through the sequence engine (`recordReply`: pause or finish as each sequence says, and a
 * "replied" activity), once: seeing the thread again records nothing new.
 */

/** A message time more than this far ahead of the clock is a misread date, not a reply. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/** A reply found and what recording it did. */
export interface DetectedReply {
  leadId: string;
  at: number;
  /** False when the same reply had been recorded before. */
  recorded: boolean;
}

/**
 * Finds and records the replies in `thread`. `ownEmails` are the mailbox owner's addresses (their own
 * messages are never replies). Reads through indexes only: leads by email, enrollments and
 * activities by lead.
 */
export async function detectReplies(
  db: LeadlineDB,
  provider: MailProvider,
  thread: MailThread,
  ownEmails: readonly string[],
  now = Date.now(),
): Promise<DetectedReply[]> {
  // The newest dated message of each sender who is not the owner.
  const newest = new Map<string, number>();
  for (const message of thread.messages) {
    const from = message.from.email;
    if (message.at === undefined || message.at > now + CLOCK_SKEW_MS || ownEmails.includes(from)) continue;
    newest.set(from, Math.max(message.at, newest.get(from) ?? 0));
  }
  if (!newest.size) return [];
  const leads = await leadsByEmails(db, [...newest.keys()]);
  const detected: DetectedReply[] = [];
  for (const [email, at] of newest) {
    for (const lead of leads.get(email) ?? []) {
      // A message from a guessed address proves it exists: it is confirmed, reply or not.
      if (openGuess(lead, email)) await confirmGuessedEmails(db, lead.id, [email], 'reply', Math.max(now, at + 1));
      if (!(await isReplyFor(db, lead.id, at))) continue;
      const { duplicate } = await recordReply(db, lead.id, at, provider, Math.max(now, at + 1));
      detected.push({ leadId: lead.id, at, recorded: !duplicate });
    }
  }
  return detected;
}

/**
 * Whether a message at `at` answers one of the lead's running enrollments: it came after the
 * enrollment started, and the lead was not resumed since (a resume means the user has dealt with it).
 */
async function isReplyFor(db: LeadlineDB, leadId: string, at: number): Promise<boolean> {
  const tx = db.transaction(['enrollments', 'activities']);
  const enrollments = parseStoredAll('enrollments', await tx.objectStore('enrollments').index('leadId').getAll(leadId));
  if (!enrollments.some((enrollment) => enrollment.status !== 'finished' && enrollment.startedAt < at)) return false;
  const later = IDBKeyRange.bound([leadId, at + 1], [leadId, Infinity]);
  const since = parseStoredAll('activities', await tx.objectStore('activities').index('leadIdAt').getAll(later));
  return !since.some((activity) => activity.type === 'resumed');
}
