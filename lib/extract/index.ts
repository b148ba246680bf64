import type { ProspectDraft } from '../model';
import { genericBylines, genericPage } from './generic';
import { gmailSite } from './gmail';
import { LINKEDIN_SITES } from './linkedin';
import { blueskySite } from './bluesky';
import { facebookSite } from './facebook';
import { githubSite } from './github';
import { instagramSite } from './instagram';
import { threadDrafts } from './mail-signature';
import { mastodonSite } from './mastodon';
import { outlookSite } from './outlook';
import { extractWith, identityWith, webUrl, type PageIdentity, type SiteExtractor } from './site';
import { xSite } from './x';
import { youtubeSite } from './youtube';

export type { PageIdentity, SiteExtractor } from './site';

/** The social networks' extractors, one per network (Mastodon, with no fixed host, last: it matches by path). */
export const SOCIAL_SITES: readonly SiteExtractor[] = [
  xSite,
  githubSite,
  facebookSite,
  instagramSite,
  youtubeSite,
  blueskySite,
  mastodonSite,
];

/**
 * Which extractor reads which page: the first entry whose `matches` accepts the URL. Add a site by
 * adding one entry (Gmail, Outlook and the social networks go before the generic page).
 */
export const SITES: readonly SiteExtractor[] = [
  ...LINKEDIN_SITES,
  gmailSite(threadDrafts),
  outlookSite(threadDrafts),
  ...SOCIAL_SITES,
  genericPage,
];

/**
 * Every person (or company) the page describes, as drafts with per-field evidence. Pure: reads the
 * document and URL only (no browser APIs, no timers, no layout), so it runs the same in tests.
 */
export function extractProspects(doc: Document, url: string): ProspectDraft[] {
  return extractWith(SITES, doc, url);
}

/**
 * Authors a page credits by name (and author page) only: listed beside the drafts ("Also on this
 * page"), never offered as prospects. Only pages the generic extractor reads have them.
 */
export function pageBylines(doc: Document, href: string): Array<{ name: string; url?: string }> {
  const url = webUrl(href);
  if (!url || SITES.find((site) => site.matches(url)) !== genericPage) return [];
  try {
    return genericBylines(doc, url);
  } catch {
    return [];
  }
}

/** Whether the page already shows what its URL names (see `PageIdentity`). */
export function pageIdentity(doc: Document, url: string): PageIdentity {
  return identityWith(SITES, doc, url);
}
export type { SenderSignature } from './mail-signature-block';
export { LINKEDIN_SITES } from './linkedin';
export { answerExtract, type Navigation, navigationFrom } from './readiness';
export { currentGmailCompose, gmailComposeBody, gmailOwner, gmailSite, gmailView, readGmailCompose, readGmailThread } from './gmail';
export { draftFromMailto, draftFromSelection } from './selection';
export { extractWith, identityWith } from './site';
export { headerDrafts, mailPage, type ReadThread, threadPeople } from './mail-thread';
export { outlookComposeBody, outlookOwner, outlookSite, outlookView, readOutlookCompose, readOutlookThread } from './outlook';
export { withSignatures } from './mail-signature';
export { withoutBidi } from './clean';
