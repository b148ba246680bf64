/**
 * A phone's E.164 form where it can be read without the numbering plans: a number written in
 * international form ("+44 (0)20 7946-0321") is its country code and digits. No libphonenumber here:
 * every page that writes a lead runs this (lib/db/derived-keys.ts), and the popup stays small.
 * National numbers ("020 7946 0321") need the plans: lib/leads/phone-numbers.ts, in the pages
 * that capture, import and edit.
 */

/** One phone as written, and its E.164 form. */
export interface PhoneE164 {
  phone: string;
  e164: string;
}

/** "+442079460321" from "+44 (0)20 7946-0321 ext. 12"; undefined for a national number or one of impossible length. */
export function internationalE164(phone: string): string | undefined {
  const text = phone.trim();
  if (!text.startsWith('+')) return undefined;
  const number = text
    .replace(/\s*(?:ext\.?|extension|x|#)\s*\d{1,6}$/i, '')
    // The trunk zero written in brackets is not dialled from abroad.
    .replace(/^(\+\d{1,3})\s*\(0\)\s*/, '$1 ');
  if (/[^\d\s().\-\u2010-\u2015/+]/.test(number.slice(1))) return undefined;
  const digits = number.slice(1).replace(/\D/g, '');
  return /^[1-9]\d{6,14}$/.test(digits) ? `+${digits}` : undefined;
}

/**
 * The E.164 forms a lead keeps for its phones: entries for phones it no longer has go, and a phone
 * in international form without one gets it. Entries computed with the numbering plans stay.
 */
export function keptPhoneE164(phones: readonly string[], entries: readonly PhoneE164[] | undefined): PhoneE164[] {
  const out: PhoneE164[] = [];
  for (const phone of new Set(phones)) {
    const known = entries?.find((entry) => entry.phone === phone);
    const e164 = known?.e164 ?? internationalE164(phone);
    if (e164) out.push({ phone, e164 });
  }
  return out;
}
