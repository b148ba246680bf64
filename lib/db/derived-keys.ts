import { confirmedEmailDomains, keptGuesses } from '../emails/email-status';
import { identityKeys, recencyKeys, searchTokens } from '../keys/identity';
import type { Lead } from '../model';

/**
 * A lead with its identity, search, recency and known-address (`emailDomains`) index keys
 * recomputed from its fields; guesses for addresses it no longer has are dropped.
 */
export function withDerivedKeys(lead: Lead): Lead {
  const search = searchTokens(lead);
  // Records built by hand (tests, sample data) may come without the defaulted list.
  const emailGuesses = lead.emailGuesses?.length ? keptGuesses(lead) : (lead.emailGuesses ?? []);
  const withGuesses = { ...lead, emailGuesses };
  return { ...withGuesses, identity: identityKeys(lead), search, recent: recencyKeys(search, lead.updatedAt), emailDomains: confirmedEmailDomains(withGuesses) };
}
