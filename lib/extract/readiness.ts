import type { ProspectDraft } from '../model';
import { extractWith, identityWith, type SiteExtractor } from './site';

/** What a content script remembers about the last in-app navigation: when, and what the page showed before. */
export interface Navigation {
  at: number;
  before: string;
}

/** After an in-app navigation, content that has not changed for this long is taken as the new page's. */
export const SETTLE_MS = 3000;

/** The names a page shows, as one string: it changes when the page shows someone else. */
export function signatureOf(drafts: readonly ProspectDraft[]): string {
  return drafts.map((draft) => draft.fullName ?? draft.company ?? draft.email ?? '').join('|');
}

/** The state of the page just before an in-app navigation to another URL. */
export function navigationFrom(sites: readonly SiteExtractor[], doc: Document, oldUrl: string, now: number): Navigation {
  return { at: now, before: signatureOf(extractWith(sites, doc, oldUrl)) };
}

/**
 * The reply to an `extract` request. Ready means the page shows what its URL names: an identifier on
 * the page matches the URL, or (for layouts without one) the content changed since the navigation, or
 * it has been still for SETTLE_MS. Until then no drafts are sent, so the panel never shows the
 * previous person as the new one.
 */
export function answerExtract(
  sites: readonly SiteExtractor[],
  doc: Document,
  href: string,
  navigation: Navigation | undefined,
  now: number,
): { url: string; ready: boolean; checked?: true; drafts: ProspectDraft[] } {
  const drafts = extractWith(sites, doc, href);
  const identity = identityWith(sites, doc, href);
  const settled = !navigation || now - navigation.at >= SETTLE_MS;
  let ready: boolean;
  if (identity !== 'unknown') ready = identity === 'match';
  else if (!drafts.length) ready = settled;
  else ready = settled || signatureOf(drafts) !== navigation?.before;
  return { url: href.slice(0, 4000), ready, ...(identity === 'match' && { checked: true as const }), drafts: ready ? drafts : [] };
}
