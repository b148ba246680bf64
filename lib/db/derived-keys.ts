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
  // One copy of the lead (it has some forty fields), not one per step.
  const next = { ...lead, emailGuesses };
  next.phoneE164 = keptPhoneE164(lead.phones ?? [], lead.phoneE164);
  next.identity = identityKeys(lead);
  next.search = search;
  next.recent = recencyKeys(search, lead.updatedAt);
  next.emailDomains = confirmedEmailDomains(next);
  return next;
}
