import { confirmedEmailDomains, keptGuesses } from '../emails';
import { identityKeys, keptPhoneE164, recencyKeys, searchTokens } from '../keys';
import type { Lead } from '../model';

/**
 * A lead with its identity, search, recency and known-address (`emailDomains`) index keys
 * recomputed from its fields; guesses for addresses it no longer has are dropped, and so are E.164
 * forms of phones it no longer has (a phone in international form gets its own).
 */
export function withDerivedKeys(lead: Lead): Lead {
  const search = searchTokens(lead);
  // Records built by hand (tests, sample data) may come without the defaulted list.
  const emailGuesses = lead.emailGuesses?.length ? keptGuesses(lead) : (lead.emailGuesses ?? []);
  const withGuesses = { ...lead, emailGuesses };
  return {
    ...withGuesses,
    phoneE164: keptPhoneE164(lead.phones ?? [], lead.phoneE164),
    identity: identityKeys(lead),
    search,
    recent: recencyKeys(search, lead.updatedAt),
    emailDomains: confirmedEmailDomains(withGuesses),
  };
}
