import { normaliseSocialUrl, socialProfileOf } from './social';

/**
 * Identity keys: the strings under which a lead can be found again. Strong keys (email, LinkedIn
 * profile, Sales Navigator id, social profiles) name one person: two records sharing one are the same
 * person. The weak key (name + company) only suggests a match, and only when no strong key disagrees
 * (`strongKeysDisagree`); otherwise the two are different people, listed as possible duplicates.
 */

/** `https://www.linkedin.com/in/<slug>/` from any form of a profile URL, or undefined. */
export function normaliseLinkedinProfileUrl(value: string | undefined): string | undefined {
  const slug = linkedinSlug(value, 'in');
  return slug ? `https://www.linkedin.com/in/${slug}/` : undefined;
}

/** `https://www.linkedin.com/company/<slug>/` from any company page URL (about, people, …). */
export function normaliseLinkedinCompanyUrl(value: string | undefined): string | undefined {
  const slug = linkedinSlug(value, 'company');
  return slug ? `https://www.linkedin.com/company/${slug}/` : undefined;
}

function linkedinSlug(value: string | undefined, kind: 'in' | 'company'): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    // People paste "linkedin.com/in/x" without a scheme.
    url = new URL(/^[a-z]+:\/\//i.test(value.trim()) ? value.trim() : `https://${value.trim()}`);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!/(^|\.)linkedin\.com$/i.test(url.hostname)) return undefined;
  const match = new RegExp(`^/${kind}/([^/?#]+)`, 'i').exec(url.pathname);
  if (!match?.[1]) return undefined;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
  slug = slug.trim().toLowerCase();
  // Re-encode so that a slug with accents has one spelling.
  return slug ? encodeURIComponent(slug) : undefined;
}

/** The lead id in a Sales Navigator URL (`/sales/lead/<id>,NAME_SEARCH,…`), or undefined. */
export function salesNavIdFromUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const match = /\/sales\/(?:lead|people)\/([^,/?#]+)/i.exec(value);
  return match?.[1] ? match[1] : undefined;
}

/** Lower-cased, trimmed email. */
export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}

/** Lower-cased words without accents or punctuation, for comparing names and companies. */
export function foldText(value: string): string {
  // Plain ASCII (most names and companies) has no accents to strip: the same result, without
  // Unicode normalisation (a fifth of an import's decisions went to folding).
  if (PRINTABLE_ASCII.test(value))
    return value
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Company names without legal suffixes, so "Acme Inc." and "ACME" match. */
export function foldCompany(value: string): string {
  return foldText(value)
    .replace(/\b(inc|llc|ltd|limited|gmbh|sa|sas|srl|bv|plc|corp|corporation|co|ag)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The fields identity keys are computed from. */
export interface IdentityFields {
  emails?: readonly string[] | undefined;
  linkedinUrl?: string | undefined;
  salesNavId?: string | undefined;
  fullName?: string | undefined;
  company?: string | undefined;
  socialProfiles?: ReadonlyArray<{ url: string }> | undefined;
  websiteUrl?: string | undefined;
  companyDomain?: string | undefined;
}

/**
 * `social:<network>:<normalised profile URL>`, compared case-blind (handles and logins are). The
 * network is part of the key's kind: an X handle never disagrees with a GitHub login.
 */
export function socialKey(url: string): string | undefined {
  const profile = socialProfileOf(url);
  return profile ? `social:${profile.network}:${profile.url.toLowerCase()}` : undefined;
}

/**
 * `web:<host/path>` for a personal website: the same site on an X profile and in an email signature
 * joins them. A company's own site (the host of `companyDomain`) is shared by colleagues: no key.
 */
export function websiteKey(websiteUrl: string | undefined, companyDomain: string | undefined): string | undefined {
  if (!websiteUrl) return undefined;
  let url: URL;
  try {
    url = new URL(websiteUrl);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (!host.includes('.') || (companyDomain && host === companyDomain.toLowerCase().replace(/^www\./, ''))) return undefined;
  // A profile on a network is a social key, not a website.
  if (normaliseSocialUrl(websiteUrl) || /(^|\.)linkedin\.com$/.test(host)) return undefined;
  const path = url.pathname.replace(/\/+$/, '').toLowerCase();
  return `web:${host}${path}`;
}

/**
 * Every identity key of a person: `email:`, `li:`, `sn:`, `social:` per profile, `web:` for a personal
 * website and, when both are known, `nc:` name + company.
 */
export function identityKeys(fields: IdentityFields): string[] {
  const keys = new Set<string>();
  for (const email of fields.emails ?? []) {
    if (email.trim()) keys.add(`email:${normaliseEmail(email)}`);
  }
  const linkedin = normaliseLinkedinProfileUrl(fields.linkedinUrl);
  if (linkedin) keys.add(`li:${linkedin}`);
  if (fields.salesNavId?.trim()) keys.add(`sn:${fields.salesNavId.trim()}`);
  // The strong key is the normalised URL, whatever handle the profile was stored with.
  for (const { url } of fields.socialProfiles ?? []) {
    const key = socialKey(url);
    if (key) keys.add(key);
  }
  const web = websiteKey(fields.websiteUrl, fields.companyDomain);
  if (web) keys.add(web);
  if (fields.fullName && fields.company) {
    const name = foldText(fields.fullName);
    const company = foldCompany(fields.company);
    if (name && company) keys.add(`${WEAK_KEY_PREFIX}${name}|${company}`);
  }
  return [...keys];
}

/**
 * The kinds of strong identity key, by prefix: the one list every matching rule reads (capture,
 * import, restore, possible duplicates). A social profile key is `social:<network>:<profile>`, and
 * each network is a kind of its own (an X handle never disagrees with a GitHub login); `web:` is a
 * personal website.
 */
export const STRONG_KEY_KINDS = ['email', 'li', 'sn', 'social', 'web'] as const;

/** The prefix of the weak key: folded name + folded company. */
export const WEAK_KEY_PREFIX = 'nc:';

/** The kind of an identity key (`email`, `li`, `sn`, `social:<network>`, `nc`), or undefined. */
export function keyKind(key: string): string | undefined {
  const colon = key.indexOf(':');
  if (colon <= 0) return undefined;
  const prefix = key.slice(0, colon);
  if (prefix !== 'social') return prefix;
  const network = key.indexOf(':', colon + 1);
  return network > colon + 1 ? key.slice(0, network) : prefix;
}

/** True for a key that names one person on its own (email, LinkedIn, Sales Navigator, social profile). */
export function isStrongKey(key: string): boolean {
  const colon = key.indexOf(':');
  return colon > 0 && (STRONG_KEY_KINDS as readonly string[]).includes(key.slice(0, colon));
}

/** True for the name + company key. */
export function isWeakKey(key: string): boolean {
  return key.startsWith(WEAK_KEY_PREFIX);
}

/**
 * True when two records' strong keys say they are different people: for some kind, both have keys
 * of that kind and none in common (two different LinkedIn profiles; email lists with no address in
 * common). Records that share a strong key, or lack a kind on one side, do not disagree.
 */
export function strongKeysDisagree(a: readonly string[], b: readonly string[]): boolean {
  const byKind = (keys: readonly string[]) => {
    const kinds = new Map<string, Set<string>>();
    for (const key of keys) {
      if (!isStrongKey(key)) continue;
      const kind = keyKind(key)!;
      let set = kinds.get(kind);
      if (!set) kinds.set(kind, (set = new Set()));
      set.add(key);
    }
    return kinds;
  };
  const left = byKind(a);
  const right = byKind(b);
  for (const [kind, keys] of left) {
    const other = right.get(kind);
    if (other && ![...keys].some((key) => other.has(key))) return true;
  }
  return false;
}

/** The strong keys on which two records disagree, as words (`email`, `LinkedIn profile`…), for messages. */
export function disagreeingKinds(a: readonly string[], b: readonly string[]): string[] {
  const kinds = new Set<string>();
  for (const key of a) {
    if (!isStrongKey(key)) continue;
    const kind = keyKind(key)!;
    const mine = a.filter((other) => keyKind(other) === kind);
    const theirs = b.filter((other) => keyKind(other) === kind);
    if (theirs.length && !mine.some((other) => theirs.includes(other))) kinds.add(kind);
  }
  return [...kinds].map((kind) => KIND_LABELS[kind] ?? (kind.startsWith('social:') ? `${kind.slice(7)} profile` : kind));
}

const KIND_LABELS: Record<string, string> = {
  email: 'email',
  li: 'LinkedIn profile',
  sn: 'Sales Navigator id',
  social: 'social profile',
  web: 'website',
};

/** Words a lead is found by as the user types: name, company, emails and their parts. */
export function searchTokens(fields: { fullName?: string; company?: string; emails?: readonly string[] }): string[] {
  const tokens = new Set<string>();
  const addWords = (text: string | undefined) => {
    if (!text) return;
    for (const word of foldText(text).split(' ')) if (word) tokens.add(word);
  };
  addWords(fields.fullName);
  addWords(fields.company);
  for (const email of fields.emails ?? []) {
    const lower = normaliseEmail(email);
    tokens.add(lower);
    addWords(lower.split('@')[1]);
  }
  return [...tokens].slice(0, 40);
}

/** The prefix lengths of search tokens that recency keys are made of. */
export const RECENCY_PREFIXES = [2, 3] as const;

/**
 * Recency keys: `[first two or three letters of a token, updatedAt]`, one per distinct prefix.
 * Indexed (multiEntry), they list the leads whose words start with a prefix, most recently updated
 * first, so a search for "ke", "kes" or "kestrel" reads only the newest matches instead of every one.
 */
export function recencyKeys(search: readonly string[], updatedAt: number): Array<[string, number]> {
  const prefixes = new Set<string>();
  for (const token of search) for (const length of RECENCY_PREFIXES) prefixes.add(token.slice(0, length));
  const keys: Array<[string, number]> = [];
  for (const prefix of prefixes) keys.push([prefix, updatedAt]);
  return keys;
}

/** The recency-key prefix a query word is looked up by (undefined for a single letter). */
export function recencyPrefix(word: string): string | undefined {
  return word.length >= RECENCY_PREFIXES[0] ? word.slice(0, RECENCY_PREFIXES[RECENCY_PREFIXES.length - 1]) : undefined;
}
