import { splitExtension } from '../keys';

/**
 * Cleaning and validation of values read from pages. Everything a page shows is untrusted: values
 * come back trimmed and bounded, or undefined when they are not what the field needs. No zod here:
 * this file runs inside content scripts (the receivers re-check with ProspectDraftSchema).
 */

const SKIPPED_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

// Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the Arabic
// letter mark: they reorder how a name is displayed ("moc.elgoog" shown as "google.com"), so no
// captured or imported text keeps them. LRM/RLM (U+200E/U+200F) go with the other invisibles below.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u061c]/g;

/** Text without bidirectional control characters (every captured and imported value passes here). */
export function withoutBidi(value: string): string {
  return value.replace(BIDI_CONTROLS, '');
}

/** Text as a person reads it: whitespace (and invisible characters) collapsed, trimmed; undefined when empty. */
export function cleanText(value: string | null | undefined, max = 300): string | undefined {
  const text = (value === null || value === undefined ? value : withoutBidi(value))
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    ?.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u2028\u2029\ufeff]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text && text.length <= max ? text : undefined;
}

/** An element's text without the code of any script or style inside it (a name must never carry it). */
export function textOf(element: Element | null | undefined, max = 300): string | undefined {
  if (!element) return undefined;
  // Most elements read here (a link, a name's span) hold text only: nothing to skip.
  if (!element.firstElementChild || !element.querySelector('script,style,template,noscript')) return cleanText(element.textContent, max);
  let text = '';
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!SKIPPED_TEXT.has(node.parentElement?.tagName ?? '')) text += node.textContent;
  }
  return cleanText(text, max);
}

/**
 * Screen-reader text read twice ("Head of SalesHead of Sales", "Ada Ada"): LinkedIn renders a visible
 * and a visually hidden copy side by side, and `textContent` joins them.
 */
export function undoubled(value: string | undefined): string | undefined {
  if (!value) return value;
  const half = value.length / 2;
  if (Number.isInteger(half) && value.slice(0, half) === value.slice(half)) return value.slice(0, half).trim();
  const spaced = (value.length - 1) / 2;
  if (Number.isInteger(spaced) && value[spaced] === ' ' && value.slice(0, spaced) === value.slice(spaced + 1))
    return value.slice(0, spaced);
  return value;
}

/**
 * A person's name, or undefined when the text cannot be one: markup or code (`<script>`), an
 * address, a link, no letters at all, or longer than any name.
 */
export function cleanName(value: string | null | undefined): string | undefined {
  const text = undoubled(cleanText(value, 120));
  if (!text || /[<>{}[\]@\\|=]|https?:|www\.|javascript:/i.test(text) || !/\p{L}/u.test(text)) return undefined;
  return text;
}

/** `document.title` without LinkedIn's unread-count prefix ("(3) ") and the site suffix (" | LinkedIn"). */
export function titleWithoutSiteName(title: string, siteName: string): string | undefined {
  const withoutCount = title.replace(/^\(\d+\+?\)\s*/, '');
  const parts = withoutCount.split(/\s+[|–-]\s+/);
  if (parts.length > 1 && parts[parts.length - 1]?.trim().toLowerCase() === siteName.toLowerCase()) parts.pop();
  return cleanText(parts[0]);
}

// The same pattern zod's z.email() uses, so what passes here passes ProspectDraftSchema.
const EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** A lower-cased email address from text or a `mailto:` link (cut at `?`, decoded); undefined if invalid. */
export function cleanEmail(value: string | null | undefined): string | undefined {
  let text =
    value
      ?.trim()
      .replace(/^mailto:/i, '')
      .split('?')[0] ?? '';
  try {
    text = decodeURIComponent(text);
  } catch {
    return undefined;
  }
  text = text.trim().toLowerCase();
  return text.length <= 254 && EMAIL.test(text) ? text : undefined;
}

/** Every address in a `mailto:` link (`mailto:a@x,b@y?cc=…`), valid ones only. */
export function mailtoAddresses(href: string): string[] {
  const list = href.replace(/^mailto:/i, '').split('?')[0] ?? '';
  return list
    .split(/[,;]/)
    .map((part) => cleanEmail(part))
    .filter((email): email is string => email !== undefined);
}

/** An absolute http(s) URL (relative ones resolved against `base`); anything else (javascript:, data:) is refused. */
export function cleanUrl(value: string | null | undefined, base?: string): string | undefined {
  const text = value?.trim();
  if (!text || text.length > 2000) return undefined;
  try {
    const url = new URL(text, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The host of a web address without `www.`, lower-cased: the company's domain. */
export function domainOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
    return host.includes('.') && !host.endsWith('linkedin.com') ? host : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A phone number from text or a `tel:` link: digits and the usual separators, at least five digits,
 * and an extension after it ("ext. 12", "x12", "poste 12", ";ext=12"). Kept as written, but for a
 * link's ";ext=", which reads " ext. ".
 */
export function cleanPhone(value: string | null | undefined): string | undefined {
  let text = value?.trim().replace(/^tel:/i, '') ?? '';
  try {
    text = decodeURIComponent(text);
  } catch {
    return undefined;
  }
  text = text.replace(/\s+/g, ' ').trim();
  const { number } = splitExtension(text);
  const digits = number.replace(/\D/g, '').length;
  if (!/^\+?[\d\s().\-/]+$/.test(number) || digits < 5 || digits > 20) return undefined;
  return text.replace(/\s*;\s*ext=/i, ' ext. ');
}

/**
 * A headline as title and company: "Head of Sales at Ironbark Energy | Speaker" → "Head of Sales" at
 * "Ironbark Energy"; without " at ", its first part is the title and the company is unknown.
 */
export function splitHeadline(headline: string | undefined): { title?: string; company?: string } {
  const first = cleanText(headline?.split(/\s+[|•·]\s+/)[0]);
  const match = first && /^(.+?)\s+(?:at|@)\s+(.+)$/i.exec(first);
  if (!match) return { title: first };
  return { title: cleanText(match[1]), company: cleanText(match[2], 200) };
}
