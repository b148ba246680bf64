import type { CountryCode } from 'libphonenumber-js/min';
import { countryOfEmail, phoneE164, phoneIdentity } from '../leads';
import type { ProspectDraft } from '../model';

export { countryOfEmail, phoneE164 };

/**
 * Phone numbers as libphonenumber-js reads them, in extension pages only (its metadata would break
 * the content scripts' size budgets): the same number written two ways ("+44 20 7946 0321",
 * "020 7946 0321" from a .uk address, "+44 (0)20 7946-0321") is one phone, shown as first written.
 */

/** The phones of a list, each number once (its first written form); what cannot be parsed is compared by its digits. */
export function distinctPhones(values: readonly string[], country?: CountryCode, seen = new Set<string>()): string[] {
  const out: string[] = [];
  for (const value of values) {
    const key = phoneIdentity(value, country);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

/** A draft whose other phones leave out every way of writing its phone and each other. */
export function withDistinctPhones(draft: ProspectDraft): ProspectDraft {
  const phones = draft.alternates?.phones;
  if (!phones?.length) return draft;
  const country = countryOfEmail(draft.email);
  const seen = new Set<string>();
  if (draft.phone) distinctPhones([draft.phone], country, seen);
  const kept = distinctPhones(phones, country, seen);
  if (kept.length === phones.length) return draft;
  const { phones: _phones, ...others } = draft.alternates!;
  const alternates = kept.length ? { ...others, phones: kept } : others;
  const next: ProspectDraft = { ...draft, alternates };
  if (!Object.keys(alternates).length) delete next.alternates;
  return next;
}
