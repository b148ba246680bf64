import { isFreeMailDomain } from '../keys';
import type { EmailConfirmer, EmailGuess, Lead } from '../model';

/**
 * Guessed or confirmed, per address of a lead. An address is *guessed* while the lead keeps an
 * unconfirmed guess for it (`emailGuesses`); every other address is *confirmed*: it was read on a
 * page, typed, imported or confirmed since. Pure functions of the lead.
 */

export type EmailStatus = 'guessed' | 'confirmed';

/** The lead's unconfirmed guess for `email`, if that address is guessed. */
export function openGuess(lead: Pick<Lead, 'emailGuesses'>, email: string): EmailGuess | undefined {
  const address = email.toLowerCase();
  return lead.emailGuesses.find((guess) => guess.email === address && guess.confirmedAt === undefined);
}

/** Whether the address is guessed or confirmed. */
export function emailStatus(lead: Pick<Lead, 'emailGuesses'>, email: string): EmailStatus {
  return openGuess(lead, email) ? 'guessed' : 'confirmed';
}

/** Whether a lead can be written to: an address something confirmed, only guessed ones, or none. */
export type LeadEmailState = 'confirmed' | 'guessed' | 'none';

/** The lead's `LeadEmailState`: confirmed as soon as one of its addresses is. */
export function leadEmailState(lead: Pick<Lead, 'emails' | 'emailGuesses'>): LeadEmailState {
  if (lead.emails.length === 0) return 'none';
  return lead.emails.some((email) => !openGuess(lead, email)) ? 'confirmed' : 'guessed';
}

/** The lead's addresses that nothing has confirmed. */
export function guessedEmails(lead: Pick<Lead, 'emails' | 'emailGuesses'>): string[] {
  return lead.emails.filter((email) => openGuess(lead, email));
}

/** Domains of the lead's confirmed company addresses (webmail left out): the keys of the known-addresses index. */
export function confirmedEmailDomains(lead: Pick<Lead, 'emails' | 'emailGuesses'>): string[] {
  const domains = new Set<string>();
  for (const email of lead.emails) {
    if (openGuess(lead, email)) continue;
    const domain = email.slice(email.lastIndexOf('@') + 1);
    if (domain && !isFreeMailDomain(domain)) domains.add(domain);
  }
  return [...domains];
}

/** Guesses only for addresses the lead still has (an address removed by hand takes its guess with it). */
export function keptGuesses(lead: Pick<Lead, 'emails' | 'emailGuesses'>): EmailGuess[] {
  return lead.emailGuesses.filter((guess) => lead.emails.includes(guess.email));
}

/** The lead with a guessed address added (after its other addresses) and its guess recorded. */
export function withGuessedEmail(lead: Lead, guess: EmailGuess, now: number): Lead {
  const email = guess.email.toLowerCase();
  if (lead.emails.includes(email)) return lead;
  return {
    ...lead,
    emails: [...lead.emails, email],
    emailGuesses: [...lead.emailGuesses.filter((entry) => entry.email !== email), { ...guess, email }],
    provenance: {
      ...lead.provenance,
      emails: lead.provenance.emails ?? { source: 'manual', at: now, strategy: `Guessed (${guess.pattern})` },
    },
    updatedAt: Math.max(now, lead.updatedAt),
  };
}

/** Confirms whichever of `emails` the lead had guessed; `confirmed` lists them (empty: the lead is unchanged). */
export function confirmEmails(lead: Lead, emails: Iterable<string>, by: EmailConfirmer, now: number): { lead: Lead; confirmed: string[] } {
  const wanted = new Set([...emails].map((email) => email.toLowerCase()));
  const confirmed: string[] = [];
  const emailGuesses = lead.emailGuesses.map((guess) => {
    if (guess.confirmedAt !== undefined || !wanted.has(guess.email)) return guess;
    confirmed.push(guess.email);
    return { ...guess, confirmedAt: now, confirmedBy: by };
  });
  if (!confirmed.length) return { lead, confirmed };
  return { lead: { ...lead, emailGuesses, updatedAt: Math.max(now, lead.updatedAt) }, confirmed };
}

/** Records that the user agreed to use a guessed address in sequence steps (asked once). */
export function approveGuess(lead: Lead, email: string, now: number): Lead {
  const address = email.toLowerCase();
  return {
    ...lead,
    emailGuesses: lead.emailGuesses.map((guess) =>
      guess.email === address && guess.approvedAt === undefined ? { ...guess, approvedAt: now } : guess,
    ),
  };
}

/**
 * Applies a file's "Email status" column to a lead it created or updated: an address the file marks
 * guessed stays guessed only if this import added it (a confirmation is never undone); any other
 * address in the file confirms a guess (an import confirms). `before` is the lead before the import.
 */
export function withImportedStatuses(
  before: Pick<Lead, 'emails'> | undefined,
  lead: Lead,
  rows: ReadonlyArray<readonly [email: string, status: EmailStatus | undefined]>,
  now: number,
): Lead {
  let next = lead;
  const confirming: string[] = [];
  for (const [email, status] of rows) {
    if (status !== 'guessed') {
      confirming.push(email);
      continue;
    }
    if (before?.emails.includes(email) || !next.emails.includes(email) || openGuess(next, email)) continue;
    const guesses = next.emailGuesses.filter((guess) => guess.email !== email);
    next = {
      ...next,
      emailGuesses: [...guesses, { email, pattern: '', support: 0, total: 0, evidence: 'Marked guessed in an imported file', at: now }],
    };
  }
  return confirmEmails(next, confirming, 'import', now).lead;
}

/**
 * After merging a backed-up lead into a stored one: addresses the merge added keep the backup's
 * guesses (with their provenance); addresses the backup had confirmed confirm the stored guesses.
 */
export function carryGuesses(
  before: Pick<Lead, 'emails'>,
  merged: Lead,
  incoming: Pick<Lead, 'emails' | 'emailGuesses'>,
  now: number,
): Lead {
  const added = incoming.emailGuesses.filter(
    (guess) =>
      guess.confirmedAt === undefined &&
      merged.emails.includes(guess.email) &&
      !before.emails.includes(guess.email) &&
      !openGuess(merged, guess.email),
  );
  const next = added.length ? { ...merged, emailGuesses: [...merged.emailGuesses, ...added] } : merged;
  return confirmEmails(
    next,
    incoming.emails.filter((email) => !openGuess(incoming, email)),
    'import',
    now,
  ).lead;
}
