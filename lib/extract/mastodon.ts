import { socialProfileOf } from '../keys';
import type { ProspectDraft } from '../model';
import { cleanText, textOf } from './clean';
import { DraftBuilder } from './draft';
import { genericPage } from './generic';
import { displayName, roleFromBio, findObjects, jsonBlobs, peopleDrafts, str, socialProfiles, type ShownPerson } from './social';
import type { SiteExtractor } from './site';

/**
 * Mastodon profiles on any server (`https://<server>/@<user>`). A server has no fixed host, so the
 * page's markup says whether it is Mastodon; anything else with `/@user` addresses (Medium…) is read
 * as any page. Only verified links (`rel=me` proven by the server) count as the person's website.
 * A post (`/@<user>/<id>`) gives its author and the replies below it — never the posts above it
 * that it answers, nor people mentioned in a reply's text; its "Boosted by" and "Favourited by"
 * lists (`…/reblogs`, `…/favourites`) give the accounts listed. The viewer's own account (the
 * navigation panel) and the sidebar's suggestions are never people of the page.
 */

/** True when the page is Mastodon's web app (its root element or its initial state). */
export function isMastodon(doc: Document): boolean {
  return !!doc.querySelector('#mastodon, script#initial-state, meta[name="application-name"][content="Mastodon" i]');
}

/** The account record of the initial state for this profile (the viewer's own account is there too: `meta.me`). */
function account(doc: Document, profileUrl: string): Record<string, unknown> | undefined {
  for (const blob of jsonBlobs(doc, 'script#initial-state')) {
    const [found] = findObjects(
      blob,
      (node) => typeof node.acct === 'string' && socialProfileOf(str(node, 'url'), true)?.url === profileUrl,
      1,
    );
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
  const shown = /@([\w]+(?:@[\w.-]+)?)/.exec(
    textOf(header?.querySelector('.account__header__tabs__name small') ?? header?.querySelector('.account__header__tabs__name span')) ?? '',
  )?.[1];
  const user = handle.split('@')[1]!;
  if (!record && (!header || (shown && shown.split('@')[0]!.toLowerCase() !== user))) return [];
  const draft = new DraftBuilder('mastodon', url.href);
  draft.set(
    'fullName',
    displayName(
      textOf(header?.querySelector('.account__header__tabs__name h1 bdi, .account__header__tabs__name h1'))?.replace(/@\S+$/, ''),
    ),
    'profile header',
  );
  draft.set('fullName', displayName(str(record, 'display_name')), 'initial state');
  draft.set('fullName', user, 'handle (no name shown)');
  draft.set('bio', textOf(header?.querySelector('.account__header__content'), 1000), 'profile header');
  draft.set('bio', cleanText(str(record, 'note')?.replace(/<[^>]*>/g, ' '), 1000), 'initial state');
  const role = roleFromBio(draft.get('bio'));
  draft.set('title', role.title, 'bio');
  draft.set('company', role.company, 'bio');
  const links = verifiedLinks(doc, record);
  draft.set(
    'websiteUrl',
    links.find((link) => !socialProfileOf(link)),
    'verified link',
  );
  draft.set('socialUrl', profileUrl, 'page address');
  draft.set('socialHandle', handle, 'page address');
  draft.profiles(socialProfiles(links), links);
  return [draft.build()];
}

// Parts of Mastodon's web app that show accounts other than the page's people: the viewer's own
// (navigation bar, compose panel) and the sidebar's suggestions and trends.
const NOT_THE_PAGE =
  '.navigation-bar, .compose-panel, .navigation-panel, .explore__suggestions, .getting-started__trends, .inline-follow-suggestions';

/** The person a status or account row shows: name, `@user@server` and profile address. */
function shownAccount(link: Element | null, server: string, action: ShownPerson['action']): ShownPerson | undefined {
  const href = link?.getAttribute('href');
  if (!link || !href) return undefined;
  let profileUrl: string | undefined;
  try {
    profileUrl = new URL(href, `https://${server}/`).href;
  } catch {
    return undefined;
  }
  const account = textOf(link.querySelector('.display-name__account'))?.replace(/^@?/, '@');
  // A remote account links to its own server; its handle line says which one.
  const handle = account && !account.slice(1).includes('@') ? `${account}@${server}` : account;
  return {
    name: textOf(link.querySelector('.display-name__html, bdi')),
    handle,
    profileUrl: socialProfileOf(profileUrl, true)?.url ?? profileUrl,
    action,
  };
}

/** A post: its author (the focal status), then each reply below it, in page order. */
function thread(doc: Document, url: URL, postUrl: string): ProspectDraft[] {
  const focal = doc.querySelector('.detailed-status');
  if (!focal || focal.closest(NOT_THE_PAGE)) return [];
  const author = shownAccount(
    focal.querySelector('a.detailed-status__display-name, .detailed-status__display-name'),
    url.hostname,
    'posted',
  );
  const people: ShownPerson[] = author ? [author] : [];
  for (const status of doc.querySelectorAll('.status')) {
    // Only what follows the post: the statuses above it are what it replies to.
    if (focal.contains(status) || status.closest(NOT_THE_PAGE) || !(focal.compareDocumentPosition(status) & 4 /* FOLLOWING */)) continue;
    const person = shownAccount(status.querySelector('a.status__display-name'), url.hostname, 'replied');
    if (person) people.push(person);
  }
  return peopleDrafts('mastodon', url.href, postUrl, people, people.length > 1 ? 'post replies' : 'post');
}

/** "Boosted by" / "Favourited by": the accounts the list shows. */
function accountList(doc: Document, url: URL, postUrl: string, action: ShownPerson['action']): ProspectDraft[] {
  const people = [...doc.querySelectorAll('.account')]
    .filter((row) => !row.closest(NOT_THE_PAGE))
    .map((row) => shownAccount(row.querySelector('a.account__display-name'), url.hostname, action))
    .filter((person): person is ShownPerson => !!person);
  return peopleDrafts('mastodon', url.href, postUrl, people, action === 'reposted' ? 'boosted by' : 'favourited by');
}

/** Mastodon profiles and posts; any other page with a `/@user` address is read as any page. */
export const mastodonSite: SiteExtractor = {
  id: 'mastodon',
  matches: (url) => /^\/@[A-Za-z0-9_]{1,30}(@[\w.-]+)?(\/\d{1,25}(\/(reblogs|favourites))?)?\/?$/.test(url.pathname),
  extract(doc, url) {
    const found = isMastodon(doc) ? socialProfileOf(url.href, true) : undefined;
    if (!found) return genericPage.extract(doc, url);
    const [, status, list] = url.pathname.split('/').filter(Boolean);
    if (status) {
      const postUrl = `https://${url.hostname}${url.pathname.split('/').slice(0, 3).join('/')}`;
      if (list === 'reblogs') return accountList(doc, url, postUrl, 'reposted');
      if (list === 'favourites') return accountList(doc, url, postUrl, 'liked');
      return thread(doc, url, postUrl);
    }
    return profile(doc, url, found.url, found.handle);
  },
};
