/**
 * A phone's E.164 form where it can be read without the numbering plans: a number written in
 * international form ("+44 (0)20 7946-0321") is its country code and digits. No libphonenumber here:
 * every page that writes a lead runs this (lib/db/derived-keys.ts), and the popup stays small.
 * National numbers ("020 7946 0321") need the plans: lib/leads/phone-numbers.ts, in the pages
 * that capture, import and edit.
 */

/** One phone as written, its E.164 form, and the extension dialled after it ("ext. 12" → "12"). */
export interface PhoneE164 {
  phone: string;
  e164: string;
  ext?: string;
}

// An extension as offices write it after the number: "ext. 12", "x12", "#12", "extn 12", RFC 3966's
// ";ext=12", and the words of other languages (French "poste", Spanish "anexo"/"interno", Portuguese
// "ramal", Italian "interno", Russian "доб."/"вн.", Turkish "dahili", Japanese 内線, Chinese 分机, Korean 내선).
export const PHONE_EXTENSION =
  /(?:\s*;\s*ext=|\s*,?\s*(?:ext|extn|extension|x|poste|p|anexo|interno|int|ramal|доб|вн|dahili|内線|分机|分機|내선)\.?\s*:?\s*|\s*#\s*)(\d{1,6})\s*$/iu;
// A German, Austrian or Swiss "Durchwahl" (direct line): its digits are dialled as part of the number,
// in place of the switchboard's trailing "-0" ("030 12345-0, Durchwahl 67" is "030 12345-67").
const DURCHWAHL = /(?:-0)?\s*,?\s*(?:durchwahl|dw)\.?\s*:?\s*-?\s*(\d{1,6})\s*$/iu;

/** A phone as written split into the number dialled and its extension: "+1 415 555 0134 x12" → "+1 415 555 0134", "12". */
export function splitExtension(phone: string): { number: string; ext?: string } {
  const text = phone.trim();
  const direct = DURCHWAHL.exec(text);
  if (direct) return { number: `${text.slice(0, direct.index)}-${direct[1]}` };
  const found = PHONE_EXTENSION.exec(text);
  // At least seven digits before it: "x12" alone, or a number's own last group, is no extension.
  if (!found || text.slice(0, found.index).replace(/\D/g, '').length < 7) return { number: text };
  return { number: text.slice(0, found.index), ext: found[1] };
}

/** The key of one phone whatever the way it is written: its E.164 form and extension ("+14155550134;ext=12"). */
export const phoneKey = (e164: string, ext: string | undefined) => (ext ? `${e164};ext=${ext}` : e164);

/** An E.164 number: `+`, then 7 to 15 digits, the first not 0. */
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/;

/** "+442079460321" from "+44 (0)20 7946-0321 ext. 12"; undefined for a national number or one of impossible length. */
export function internationalE164(phone: string): string | undefined {
  const text = splitExtension(phone).number;
  if (!text.startsWith('+')) return undefined;
  // The trunk zero written in brackets is not dialled from abroad.
  const number = text.replace(/^(\+\d{1,3})\s*\(0\)\s*/, '$1 ');
  if (/[^\d\s().\-\u2010-\u2015/+]/.test(number.slice(1))) return undefined;
  const digits = number.slice(1).replace(/\D/g, '');
  return E164_PATTERN.test(`+${digits}`) ? `+${digits}` : undefined;
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
    const ext = known ? known.ext : splitExtension(phone).ext;
    if (e164) out.push(ext ? { phone, e164, ext } : { phone, e164 });
  }
  return out;
}
