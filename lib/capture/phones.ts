import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import type { ProspectDraft } from '../model';

/**
 * Phone numbers as libphonenumber-js reads them, in extension pages only (its metadata would break
 * the content scripts' size budgets): the same number written two ways ("+44 20 7946 0321",
 * "020 7946 0321" from a .uk address, "+44 (0)20 7946-0321") is one phone, shown as first written.
 */

/** The country a national number most likely belongs to: the writer's email domain's country code, if any. */
export function countryOfEmail(email: string | undefined): CountryCode | undefined {
  const tld = email?.split('.').pop()?.toUpperCase();
  if (!tld || tld.length !== 2) return undefined;
  const code = tld === 'UK' ? 'GB' : tld;
  return isSupportedCountry(code) ? code : undefined;
}

/** A number in E.164 ("+442079460321"), or undefined when it cannot be one (too short, no country). */
export function phoneE164(value: string, country?: CountryCode): string | undefined {
  // "+44 (0)20 …": the trunk zero written in brackets is not dialled from abroad.
  const text = value.replace(/^(\+\d{1,3})\s*\(0\)\s*/, '$1 ');
  const parsed = parsePhoneNumberFromString(text, country ? { defaultCountry: country } : undefined);
  return parsed?.isPossible() ? parsed.number : undefined;
}

/** The phones of a list, each number once (its first written form); what cannot be parsed is compared by its digits. */
export function distinctPhones(values: readonly string[], country?: CountryCode, seen = new Set<string>()): string[] {
  const out: string[] = [];
  for (const value of values) {
    const key = phoneE164(value, country) ?? value.replace(/\D/g, '');
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
