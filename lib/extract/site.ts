import type { ProspectDraft } from '../model';

/**
 * Whether a page already shows what its URL names: `match` (an identifier on the page equals the
 * URL's), `stale` (the page still shows the previous one: single-page navigation in progress), or
 * `unknown` (this layout carries no identifier; the content script then watches the content change).
 */
export type PageIdentity = 'match' | 'stale' | 'unknown';

/** One site (or one kind of page on a site): which URLs it reads, and how. */
export interface SiteExtractor {
  /** Short name for tests and logs, e.g. `linkedin-profile`. */
  id: string;
  matches(url: URL): boolean;
  /** Every person (or company) the page describes; pure, may assume `url` is http(s). */
  extract(doc: Document, url: URL): ProspectDraft[];
  identity?(doc: Document, url: URL): PageIdentity;
}

/** At most this many drafts per page (the message contract's limit). */
export const MAX_DRAFTS = 200;

/** The URL a draft records as its source: the page URL, without its query when that would be too long to store. */
export function sourceUrlOf(url: URL): string {
  if (url.href.length <= 2000) return url.href;
  const short = url.origin + url.pathname;
  return short.length <= 2000 ? short : url.origin + '/';
}

/** The page URL parsed, when it is an http(s) page (javascript:, data: and the like describe nobody). */
export function webUrl(href: string): URL | undefined {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs the first extractor in `sites` that matches `href`. Never throws: a page that breaks an
 * extractor describes nobody (the panel says so) rather than breaking the panel.
 */
export function extractWith(sites: readonly SiteExtractor[], doc: Document, href: string): ProspectDraft[] {
  const url = webUrl(href);
  const site = url && sites.find((candidate) => candidate.matches(url));
  if (!url || !site) return [];
  try {
    const sourceUrl = sourceUrlOf(url);
    return site
      .extract(doc, url)
      .slice(0, MAX_DRAFTS)
      .map((draft) => ({ ...draft, sourceUrl }));
  } catch (error) {
    console.warn('Leadline: could not read this page', error);
    return [];
  }
}

/** What `identity` says for the site that reads `href` (`unknown` when it has no way to tell). */
export function identityWith(sites: readonly SiteExtractor[], doc: Document, href: string): PageIdentity {
  const url = webUrl(href);
  const site = url && sites.find((candidate) => candidate.matches(url));
  try {
    return (url && site?.identity?.(doc, url)) || 'unknown';
  } catch {
    return 'unknown';
  }
}
