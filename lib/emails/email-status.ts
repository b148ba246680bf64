import { isFreeMailDomain } from '../extract/mail-domains';
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
    provenance: { ...lead.provenance, emails: lead.provenance.emails ?? { source: 'manual', at: now, strategy: `Guessed (${guess.pattern})` } },
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
    emailGuesses: lead.emailGuesses.map((guess) => (guess.email === address && guess.approvedAt === undefined ? { ...guess, approvedAt: now } : guess)),
  };
}

/** Marks the lead's addresses as a file's "Email status" column says (guessed or confirmed, in address order). */
export function withImportedStatuses(lead: Lead, statuses: readonly EmailStatus[], now: number): Lead {
  let next = lead;
  lead.emails.forEach((email, index) => {
    const status = statuses[index];
    if (status === 'guessed' && !openGuess(next, email)) {
      const guesses = next.emailGuesses.filter((guess) => guess.email !== email);
      next = { ...next, emailGuesses: [...guesses, { email, pattern: '', support: 0, total: 0, evidence: 'Marked guessed in an imported file', at: now }] };
    }
  });
  return next;
}
