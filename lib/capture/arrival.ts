import { normaliseLinkedinProfileUrl, socialProfileOf } from '../keys';
import type { ProspectDraft } from '../model';

/*
 * After in-app navigation a single-page site can show the previous person for a moment, or the new
 * name above the previous person's details (the heading renders before the rest of the card). Readers
 * that find a handle on the page compare it with the address; pages that carry none (Facebook
 * profiles and Pages, most of the web) cannot tell, because the page alone does not know what it
 * showed before. The panel does: it remembers what the tab showed at its previous address and takes
 * a reply for the new address only once it no longer looks like that, or has been still for a while.
 */

/** What the tab showed at the address it just left, and what the new address has shown so far. */
export interface Arrival {
  /** When the address changed. */
  at: number;
  /** The address the tab left. */
  from: string;
  /** The drafts shown for it. */
  before: readonly ProspectDraft[];
  /** The previous reply read at the new address, to tell a page still changing from a settled one. */
  lastLook?: string;
  /** How many reads in a row have shown `lastLook`. */
  sameReads?: number;
}

/**
 * A reply that still looks like the previous page is taken as the new page's once it has stayed the
 * same this long after navigation, over this many reads in a row: two people can share a name, two
 * Pages a website. The reads count as well as the clock because each read runs on the page's own
 * thread: on a busy machine the page renders its next stage late, and the reads slow down with it.
 */
export const SAME_LOOK_MS = 2000;
export const SAME_LOOK_READS = 8;

// Details that belong to one person or organisation: the same value under the new address is the
// previous card still on screen (or a coincidence, which the wait above resolves).
const OWN_DETAILS = ['email', 'phone', 'websiteUrl', 'linkedinUrl', 'salesNavId', 'bio', 'companyDomain', 'headquarters'] as const;
// Shared by colleagues: only together, and only where no handle on the page vouched for it.
const SHARED_DETAILS = ['company', 'title', 'location'] as const;

const nameOf = (draft: ProspectDraft) => (draft.fullName ?? draft.company ?? draft.email ?? '').trim().toLowerCase();
const namesOf = (drafts: readonly ProspectDraft[]) => drafts.map(nameOf).join('|');

/** The profile an address names (a social profile or a LinkedIn profile), normalised. */
function profileAt(address: string): string | undefined {
  return socialProfileOf(address)?.url ?? normaliseLinkedinProfileUrl(address);
}

/**
 * Whether `now` (read at address `to`) may still be the previous page's content. `checked`: the reader
 * found an identifier on the page equal to the address's (then a shared name is no sign of staleness).
 */
export function looksLikeBefore(
  before: readonly ProspectDraft[],
  from: string,
  now: readonly ProspectDraft[],
  to: string,
  checked: boolean,
): boolean {
  if (!before.length) return false;
  const profile = profileAt(to);
  // Another view of the same profile (its About tab, a contact overlay): the previous content is right.
  if (profile && profile === profileAt(from)) return false;
  // A page emptied by navigation is loading its next content, more often than it names nobody
  // (unless its reader vouched for it: the feed, a search page).
  if (!now.length) return !checked;
  // A list of people (a post, a thread): the same names in the same order, unless the reader vouched for the page.
  if (before.length > 1 || now.length > 1) return !checked && namesOf(before) === namesOf(now);
  const [was, is] = [before[0]!, now[0]!];
  const sameName = nameOf(was) === nameOf(is);
  const ownDetail =
    OWN_DETAILS.some((field) => was[field] !== undefined && was[field] === is[field]) ||
    !!was.profiles?.some((url) => is.profiles?.includes(url));
  // A vouched-for page with the previous name is the same one in another view (a company's About
  // tab); with a new name above the previous card's details, its header rendered first.
  if (checked) return !sameName && ownDetail;
  if (sameName || ownDetail) return true;
  const shared = SHARED_DETAILS.filter((field) => was[field] !== undefined && was[field] === is[field]);
  return shared.length >= 2 && SHARED_DETAILS.every((field) => was[field] === is[field]);
}

/**
 * Whether a reply at the new address may be shown: it no longer looks like the previous page, or it
 * has looked the same for SAME_LOOK_MS and SAME_LOOK_READS reads in a row. Records the look in `arrival`.
 */
export function arrived(arrival: Arrival, now: readonly ProspectDraft[], to: string, checked: boolean, time: number): boolean {
  const look = JSON.stringify(now.map(({ evidence: _evidence, ...draft }) => draft));
  arrival.sameReads = look === arrival.lastLook ? (arrival.sameReads ?? 1) + 1 : 1;
  arrival.lastLook = look;
  if (!looksLikeBefore(arrival.before, arrival.from, now, to, checked)) return true;
  return arrival.sameReads >= SAME_LOOK_READS && time - arrival.at >= SAME_LOOK_MS;
}
