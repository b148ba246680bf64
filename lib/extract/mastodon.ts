import { socialProfileOf } from '../keys/social';
import type { ProspectDraft } from '../model';
import { cleanText, textOf } from './clean';
import { DraftBuilder } from './draft';
import { genericPage } from './generic';
import { displayName, roleFromBio, findObjects, jsonBlobs, str, socialProfiles } from './social';
import type { SiteExtractor } from './site';

/**
 * Mastodon profiles on any server (`https://<server>/@<user>`). A server has no fixed host, so the
 * page's markup says whether it is Mastodon; anything else with `/@user` addresses (Medium…) is read
 * as any page. Only verified links (`rel=me` proven by the server) count as the person's website.
 */

/** True when the page is Mastodon's web app (its root element or its initial state). */
export function isMastodon(doc: Document): boolean {
  return !!doc.querySelector('#mastodon, script#initial-state, meta[name="application-name"][content="Mastodon" i]');
}

/** The account record of the initial state for this profile (the viewer's own account is there too: `meta.me`). */
function account(doc: Document, profileUrl: string): Record<string, unknown> | undefined {
  for (const blob of jsonBlobs(doc, 'script#initial-state')) {
    const [found] = findObjects(blob, (node) => typeof node.acct === 'string' && socialProfileOf(str(node, 'url'), true)?.url === profileUrl, 1);
    if (found) return found;
  }
  return undefined;
}

/** The first link of a verified profile field: the server checked it links back (`rel=me`). */
function verifiedLinks(doc: Document, record: Record<string, unknown> | undefined): string[] {
  const links: string[] = [];
  for (const field of Array.isArray(record?.fields) ? (record.fields as Record<string, unknown>[]) : []) {
    if (!field?.verified_at) continue;
    const href = /href="([^"]+)"/.exec(str(field, 'value') ?? '')?.[1];
    if (href) links.push(href.replace(/&amp;/g, '&'));
  }
  for (const link of doc.querySelectorAll('.account__header__fields dl.verified a[href], .account__header__fields .verified a[href]')) {
    links.push(link.getAttribute('href')!);
  }
  return links.filter((href) => /^https?:\/\//i.test(href));
}

function profile(doc: Document, url: URL, profileUrl: string, handle: string): ProspectDraft[] {
  const header = doc.querySelector('.account__header');
  const record = account(doc, profileUrl);
  const shown = /@([\w]+(?:@[\w.-]+)?)/.exec(textOf(header?.querySelector('.account__header__tabs__name small') ?? header?.querySelector('.account__header__tabs__name span')) ?? '')?.[1];
  const user = handle.split('@')[1]!;
  if (!record && (!header || (shown && shown.split('@')[0]!.toLowerCase() !== user))) return [];
  const draft = new DraftBuilder('mastodon', url.href);
  draft.set('fullName', displayName(textOf(header?.querySelector('.account__header__tabs__name h1 bdi, .account__header__tabs__name h1'))?.replace(/@\S+$/, '')), 'profile header');
  draft.set('fullName', displayName(str(record, 'display_name')), 'initial state');
  draft.set('fullName', user, 'handle (no name shown)');
  draft.set('bio', textOf(header?.querySelector('.account__header__content'), 1000), 'profile header');
  draft.set('bio', cleanText(str(record, 'note')?.replace(/<[^>]*>/g, ' '), 1000), 'initial state');
  const role = roleFromBio(draft.get('bio'));
  draft.set('title', role.title, 'bio');
  draft.set('company', role.company, 'bio');
  const links = verifiedLinks(doc, record);
  draft.set('websiteUrl', links.find((link) => !socialProfileOf(link)), 'verified link');
  draft.set('socialUrl', profileUrl, 'page address');
  draft.set('socialHandle', handle, 'page address');
  draft.profiles(socialProfiles(links), links);
  return [draft.build()];
}

/** Mastodon profiles; any other page with a `/@user` address is read as any page. */
export const mastodonSite: SiteExtractor = {
  id: 'mastodon',
  matches: (url) => /^\/@[A-Za-z0-9_]{1,30}(@[\w.-]+)?\/?$/.test(url.pathname),
  extract(doc, url) {
    const found = isMastodon(doc) ? socialProfileOf(url.href, true) : undefined;
    if (!found) return genericPage.extract(doc, url);
    return profile(doc, url, found.url, found.handle);
  },
};
