import { normaliseSocialUrl } from '../keys';
import type { CaptureSource, EngagementAction, ProspectDraft } from '../model';
import { cleanName, cleanText, cleanUrl, textOf } from './clean';
import { DraftBuilder } from './draft';

/**
 * What the social-network extractors share: names without decorations, links out of the networks'
 * redirect wrappers, role and company from a bio, bounded JSON reading, and people on a post.
 */

// Emoji, their joiners and variation selectors, and the symbols people decorate names with.
const DECORATION =
  /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0e|\ufe0f|\u20e3|[\u2600-\u27bf\u2b50\u2b55]|[\u{1f1e6}-\u{1f1ff}]|[✦✧★☆♡♥•·|]/gu;

/** A display name as a person would write it on a form: no emoji, badges, pronouns or "| Company" tail. */
export function displayName(value: string | null | undefined): string | undefined {
  let text = cleanText(value, 200);
  if (!text) return undefined;
  text = text
    .split(/\s+[|•·✿❀✦✧★☆♡♥]\s+|\s+[-–—]\s+(?=\S)/)[0]!
    .replace(/\((?:she|he|they|her|him|them|ze|xe)\/[a-z/]+\)/gi, ' ')
    // Mastodon's custom emoji shortcodes (":blobcat:").
    .replace(/:[a-z0-9_]{2,40}:/gi, ' ')
    .replace(DECORATION, ' ')
    // Fancy letters (𝐌𝐚𝐫𝐚 ) fold to plain ones.
    .normalize('NFKC');
  return cleanName(text.replace(/\s+/g, ' ').trim());
}

// Query parameters that only track a click.
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|igshid|igsh|mc_[a-z]+|si|ref_src|_hsenc|_hsmi)$/i;

/**
 * The destination of a link the network wrapped (`l.facebook.com/l.php?u=`, `l.instagram.com/?u=`,
 * `youtube.com/redirect?q=`, `linkedin.com/redir/redirect?url=`), without tracking parameters;
 * `t.co` hides its target, so it gives undefined. Only http(s) comes back.
 */
export function unwrapLink(href: string | null | undefined, base?: string): string | undefined {
  let url = cleanUrl(href, base);
  for (let hops = 0; url && hops < 3; hops++) {
    const parsed = new URL(url);
    const host = parsed.hostname.toLowerCase();
    if (host === 't.co') return undefined;
    const wrapped = /^(l|lm)\.(facebook|instagram|messenger)\.com$/.test(host)
      ? (parsed.searchParams.get('u') ?? undefined)
      : /(^|\.)youtube\.com$/.test(host) && parsed.pathname === '/redirect'
        ? (parsed.searchParams.get('q') ?? undefined)
        : /(^|\.)linkedin\.com$/.test(host) && parsed.pathname.startsWith('/redir')
          ? (parsed.searchParams.get('url') ?? undefined)
          : undefined;
    if (wrapped === undefined) break;
    url = cleanUrl(wrapped);
  }
  if (!url) return undefined;
  const clean = new URL(url);
  for (const key of [...clean.searchParams.keys()]) if (TRACKING.test(key)) clean.searchParams.delete(key);
  return clean.href;
}

// A role someone states as theirs: "Head of Growth", "VP Sales", "Founder", "Staff Engineer".
const ROLE_WORD =
  /\b(head|vp|vice president|director|manager|lead|chief|ceo|cto|cfo|coo|cmo|cpo|founder|co-?founder|partner|engineer|developer|designer|marketer|marketing|sales|growth|product|owner|president|principal|consultant|analyst|architect|editor|writer|researcher|scientist|advocate|evangelist|recruiter|officer|specialist|strategist|producer|creator)\b/i;

/**
 * Title and company when a bio states them plainly: "Head of Growth at Fernhollow", "VP Sales
 * @fernhollow" (a mention gives its handle, or the name `mentionName` finds for it). Anything less
 * plain ("Living at the coast") gives nothing.
 */
export function roleFromBio(
  bio: string | undefined,
  mentionName?: (handle: string) => string | undefined,
): { title?: string; company?: string } {
  if (!bio) return {};
  for (const part of bio.split(/\s*(?:[|•·\n]|\.\s|;\s|\s[-–—]\s)\s*/)) {
    const match =
      /^(?:i'?m\s+(?:a|an|the)?\s*)?(.{2,80}?)\s*(?:\s(?:at|@)\s+|\s(?=@[A-Za-z0-9_]))(@?[\p{L}\p{N}&._'-]+(?:\s[\p{Lu}\p{N}&][\p{L}\p{N}&.'-]*){0,3})/iu.exec(
        part.trim(),
      );
    if (!match) continue;
    const title = cleanText(match[1]?.replace(/[,:]$/, ''), 120);
    if (!title || !ROLE_WORD.test(title) || title.split(' ').length > 8) continue;
    let company = match[2]!.replace(/[.,!]+$/, '');
    if (company.startsWith('@')) company = mentionName?.(company.slice(1)) ?? companyFromHandle(company.slice(1));
    else if (!/^[\p{Lu}\p{N}]/u.test(company)) continue;
    return { title, company: cleanText(company, 200) };
  }
  return {};
}

/** A company's name from its handle when nothing better is shown: "fernhollow_hq" → "Fernhollow". */
export function companyFromHandle(handle: string): string {
  const words = handle.split(/[_.-]+/).filter((word) => word && !/^(hq|inc|app|team|official|co)$/i.test(word));
  const name = (words.length ? words : [handle])
    .map((word) => (word === word.toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word))
    .join(' ');
  return name;
}

/** The social profiles among `links`, normalised, each once (unknown networks and plain sites dropped). */
export function socialProfiles(links: readonly (string | null | undefined)[], mastodon = false): string[] {
  return [...new Set(links.map((link) => normaliseSocialUrl(link ?? undefined, mastodon)).filter((url): url is string => !!url))];
}

/** Every `{…}` value under `root` (arrays and objects walked) for which `test` holds, at most `limit`. */
export function findObjects(root: unknown, test: (value: Record<string, unknown>) => boolean, limit = 50): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const stack: unknown[] = [root];
  let visited = 0;
  // Bounded: embedded page state can hold tens of thousands of nodes.
  while (stack.length && found.length < limit && visited++ < 200_000) {
    const value = stack.pop();
    if (!value || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
      continue;
    }
    const record = value as Record<string, unknown>;
    if (test(record)) found.push(record);
    for (const key of Object.keys(record)) stack.push(record[key]);
  }
  return found;
}

/** Parsed JSON of the elements `selector` finds (malformed or oversized blobs skipped). */
export function jsonBlobs(doc: Document, selector: string, maxChars = 5_000_000): unknown[] {
  const blobs: unknown[] = [];
  for (const element of doc.querySelectorAll(selector)) {
    const text = element.textContent ?? '';
    if (!text || text.length > maxChars) continue;
    try {
      blobs.push(JSON.parse(text));
    } catch {
      // Not JSON, or cut short: another strategy reads the page.
    }
  }
  return blobs;
}

/** A string property, or undefined. */
export const str = (record: Record<string, unknown> | undefined, key: string): string | undefined =>
  typeof record?.[key] === 'string' ? record[key] : undefined;

/** One person shown on a post or list: the name and profile link as the page shows them. */
export interface ShownPerson {
  name?: string | null;
  profileUrl?: string | null;
  handle?: string | null;
  headline?: string | null;
  action: EngagementAction;
}

/**
 * Drafts for the people a post or list shows, in page order, each once (the author first, when
 * `people[0]` is the author): name (the handle when no name is shown), profile, headline, and the
 * engagement the timeline will record against `postUrl`.
 */
export function peopleDrafts(
  source: CaptureSource,
  pageUrl: string,
  postUrl: string,
  people: readonly ShownPerson[],
  strategy: string,
): ProspectDraft[] {
  const seen = new Set<string>();
  const drafts: ProspectDraft[] = [];
  for (const person of people) {
    const profile = normaliseSocialUrl(person.profileUrl ?? undefined, source === 'mastodon');
    const linkedin = source === 'linkedin' ? person.profileUrl : undefined;
    const key = profile ?? linkedin ?? person.name ?? '';
    if (!key || seen.has(key.toLowerCase())) continue;
    const draft = new DraftBuilder(source, pageUrl);
    const handle = cleanText(person.handle ?? undefined, 100);
    // A Mastodon handle names its server too (`@user@server`): the name is the user part.
    if (!draft.set('fullName', displayName(person.name), strategy))
      draft.set('fullName', handle?.replace(/^@/, '').replace(/@.*$/, ''), `${strategy} (handle; no name shown)`);
    if (!draft.get('fullName')) continue;
    seen.add(key.toLowerCase());
    draft.set('socialUrl', profile, strategy);
    draft.set('socialHandle', handle, strategy);
    draft.set('linkedinUrl', linkedin, strategy);
    draft.set('bio', cleanText(person.headline ?? undefined, 1000), strategy);
    const role = roleFromBio(draft.get('bio'));
    draft.set('title', role.title, `${strategy} (headline)`);
    draft.set('company', role.company, `${strategy} (headline)`);
    draft.engaged(person.action, postUrl);
    drafts.push(draft.build());
  }
  return drafts;
}

const HIDDEN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG', 'title', 'TITLE']);

/**
 * The text a person sees in `element`: without the titles of badge icons ("Verified account" inside
 * an `<svg>`), screen-reader copies (`.visually-hidden`) or code; emoji images carry no text anyway.
 */
export function shownText(element: Element | null | undefined, max = 300): string | undefined {
  if (!element) return undefined;
  if (!element.querySelector('svg, .visually-hidden, script, style')) return textOf(element, max);
  let text = '';
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let hidden = false;
    for (let parent = node.parentElement; parent && parent !== element.parentElement; parent = parent.parentElement) {
      if (HIDDEN.has(parent.tagName) || parent.classList.contains('visually-hidden')) {
        hidden = true;
        break;
      }
    }
    if (!hidden) text += node.textContent;
  }
  return cleanText(text, max);
}
