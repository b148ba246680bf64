import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import type { Lead } from '../model';
import type { LeadPatch } from './lead-fields';
import { internationalE164, keptPhoneE164, phoneKey, splitExtension, type PhoneE164 } from '../keys';

/**
 * Phones as libphonenumber-js reads them, in extension pages only (its metadata would break the
 * content scripts' size budgets): each phone keeps the form it was written in for display, and its
 * E.164 form is stored beside it (`phoneE164`), so one number written two ways ("+44 20 7946 0321",
 * "020 7946 0321" for a lead at a .uk address) is one phone, and exports carry the country code.
 */

/** The country of a domain's country-code TLD ("uk" → GB), if it is one. */
export function countryOfDomain(domain: string | undefined): CountryCode | undefined {
  const tld = domain?.toLowerCase().split('.').pop()?.toUpperCase();
  if (!tld || tld.length !== 2) return undefined;
  const code = tld === 'UK' ? 'GB' : tld;
  return isSupportedCountry(code) ? code : undefined;
}

/** The country a national number most likely belongs to: the writer's email domain's country code, if any. */
export function countryOfEmail(email: string | undefined): CountryCode | undefined {
  return countryOfDomain(email?.slice(email.lastIndexOf('@') + 1));
}

/** The country a lead's national numbers belong to: its addresses', company domain's or website's country code. */
export function countryOfLead(lead: Pick<Lead, 'emails' | 'companyDomain' | 'websiteUrl'> | LeadPatch): CountryCode | undefined {
  for (const email of lead.emails ?? []) {
    const country = countryOfEmail(email);
    if (country) return country;
  }
  let host: string | undefined;
  try {
    host = lead.websiteUrl ? new URL(lead.websiteUrl).hostname : undefined;
  } catch {
    host = undefined;
  }
  return countryOfDomain(lead.companyDomain) ?? countryOfDomain(host);
}

/** A phone's E.164 form and extension ("+1 415 555 0134 x12" → "+14155550134", "12"), or undefined when it has no E.164 form. */
export function phoneParts(value: string, country?: CountryCode): Omit<PhoneE164, 'phone'> | undefined {
  const { number, ext } = splitExtension(value);
  const text = number.replace(/^(\+\d{1,3})\s*\(0\)\s*/, '$1 ');
  const parsed = parsePhoneNumberFromString(text, country ? { defaultCountry: country } : undefined);
  // A number in international form the plans find impossible (a fictional 555 number) is still its digits.
  const e164 = parsed?.isPossible() ? parsed.number : internationalE164(number);
  if (!e164) return undefined;
  const extension = ext ?? parsed?.ext;
  return extension ? { e164, ext: extension } : { e164 };
}

/** A number in E.164 ("+442079460321"), or undefined when it cannot be one (too short, no country). */
export function phoneE164(value: string, country?: CountryCode): string | undefined {
  return phoneParts(value, country)?.e164;
}

/**
 * What makes two phones one: the E.164 form and the extension ("+1 415 555 0134 ext. 12" and
 * "(415) 555-0134 x12" are one; the switchboard without the extension is another), else the digits.
 */
export function phoneIdentity(value: string, country?: CountryCode): string {
  const parts = phoneParts(value, country);
  return parts ? phoneKey(parts.e164, parts.ext) : value.replace(/\D/g, '');
}

/** The lead with the E.164 form of each of its phones stored beside it (`phoneE164`). */
export function withPhoneNumbers(lead: Lead): Lead {
  if (!lead.phones.length) return lead.phoneE164?.length ? { ...lead, phoneE164: [] } : lead;
  const country = countryOfLead(lead);
  const entries = lead.phones.flatMap((phone) => {
    const parts = phoneParts(phone, country);
    return parts ? [{ phone, ...parts }] : [];
  });
  return { ...lead, phoneE164: keptPhoneE164(lead.phones, entries) };
}

/**
 * `patch` without the phones `lead` already has in another form (or that the patch repeats):
 * compared by E.164, else by digits.
 */
export function withoutKnownPhones(lead: Lead, patch: LeadPatch): LeadPatch {
  if (!patch.phones?.length) return patch;
  const country = countryOfLead({
    ...patch,
    emails: [...lead.emails, ...(patch.emails ?? [])],
    companyDomain: lead.companyDomain ?? patch.companyDomain,
    websiteUrl: lead.websiteUrl ?? patch.websiteUrl,
  });
  const keyOf = (phone: string) => phoneIdentity(phone, country);
  const seen = new Set(
    lead.phones.map((phone) => {
      const known = lead.phoneE164?.find((entry) => entry.phone === phone);
      return known ? phoneKey(known.e164, known.ext ?? splitExtension(phone).ext) : keyOf(phone);
    }),
  );
  const phones = patch.phones.filter((phone) => {
    if (lead.phones.includes(phone)) return true; // the same string: the merge keeps it once
    const key = keyOf(phone);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return phones.length === patch.phones.length ? patch : { ...patch, phones };
}
