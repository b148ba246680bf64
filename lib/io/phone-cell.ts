import { type MetadataJson, parsePhoneNumberFromString as parseWithMetadata } from 'libphonenumber-js/core';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import metadata from 'libphonenumber-js/min/metadata';
import { E164_PATTERN } from '../keys';
import { guardCell } from './cell-guard';

/*
 * A phone in an exported CSV. Written as stored, `+1-512-555-0187` is a formula to Excel and Google
 * Sheets (they show -1253), and the usual guard (`'+1-512-555-0187`) is kept verbatim by HubSpot's and
 * Mailchimp's importers, apostrophe and all. Written as `(+1) 512-555-0187` it is text to Excel,
 * Numbers and Sheets (it starts with neither = + - @ nor reads as a number or a date), while
 * importers that parse phones (libphonenumber in HubSpot and most CRMs) skip the leading
 * parenthesis and read +1 512-555-0187, country code included; importers that keep digits only keep
 * 15125550187. A number whose country code is unknown falls back to the apostrophe guard.
 */
const WRAPPED = /^\(\+(\d{1,3})\) (?=[\d(])/;

/**
 * The cell for a phone: when it starts with `+`, its country code in parentheses and the rest as
 * stored (`+1-512-555-0187` → `(+1) 512-555-0187`); otherwise guarded like any other cell. With the
 * phone's stored E.164 form (`e164`), the code is read off that rather than parsed again.
 */
export function phoneCell(phone: string, e164?: string): string {
  if (!phone.startsWith('+')) return guardCell(phone);
  const stored = e164 === undefined ? undefined : callingCodeOfE164(e164);
  const code = stored !== undefined && phone.startsWith(`+${stored}`) ? stored : callingCodeOf(phone);
  if (!code || !phone.startsWith(`+${code}`)) return guardCell(phone);
  const rest = phone.slice(code.length + 1).replace(/^[\s.\-\u2010-\u2015]+/, '');
  return /^[\d(]/.test(rest) ? `(+${code}) ${rest}` : guardCell(phone);
}

/**
 * A phone as an export writes it: as written when that carries its country code, else in
 * international form from its stored E.164 (`020 7946 0321` at a .uk lead → `+44 20 7946 0321`,
 * which `phoneCell` writes `(+44) 20 7946 0321`), else as written.
 */
export function phoneForExport(phone: string, e164: string | undefined, ext?: string): string {
  if (phone.trim().startsWith('+') || !e164) return phone;
  const international = parsePhoneNumberFromString(e164)?.formatInternational();
  // The extension goes with the number it is dialled after: "(415) 555-0134 x12" → "+1 415 555 0134 ext. 12".
  return international ? `${international}${ext ? ` ext. ${ext}` : ''}` : phone;
}

/** The phone behind an exported cell: `(+1) 512-555-0187` reads back as `+1 512-555-0187`. */
export function phoneFromCell(cell: string): string {
  return cell.replace(WRAPPED, '+$1 ');
}

/*
 * The min metadata with only the main country of each calling code. Where countries share a code
 * (+1: the US, Canada and 23 more; +44, +7, +47, …) libphonenumber-js names the country by trying
 * each one's number patterns in turn: about 20 µs a phone, a third of an export's line writing. A
 * cell needs only the code, and which country is named never changes it, nor whether the number
 * reads at all: the national number is read before, in the main country's plan either way.
 */
let codesOnly: MetadataJson | undefined;

/** The country calling code of a phone written with `+`, exactly as libphonenumber-js reads it. */
export function callingCodeOf(phone: string): string | undefined {
  codesOnly ??= {
    ...metadata,
    country_calling_codes: Object.fromEntries(
      Object.entries(metadata.country_calling_codes).map(([code, countries]) => [code, countries.slice(0, 1)]),
    ),
  };
  return parseWithMetadata(phone, codesOnly)?.countryCallingCode;
}

/**
 * The calling code an E.164 number starts with. No code is the start of another (+1, +12 and +124
 * are never all codes), so it is the one of its first one, two or three digits that is a code:
 * what libphonenumber-js reads of the number it stored it from, at a fraction of a parse (about
 * 6 µs a phone, a fifth of an export's lines for the bench's leads).
 */
export function callingCodeOfE164(e164: string): string | undefined {
  if (!E164_PATTERN.test(e164)) return undefined;
  for (let length = 1; length <= 3; length++) {
    const code = e164.slice(1, 1 + length);
    if (Object.hasOwn(metadata.country_calling_codes, code)) return code;
  }
  return undefined;
}
