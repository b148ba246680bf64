import { socialProfileOf } from '../keys';
import type { EngagementAction, ProspectDraft } from '../model';
import { cleanText, cleanUrl, textOf } from './clean';
import { DraftBuilder, type Strategy } from './draft';
import {
  companyFromHandle,
  displayName,
  shownText,
  socialProfiles,
  findObjects,
  jsonBlobs,
  peopleDrafts,
  roleFromBio,
  str,
  type ShownPerson,
} from './social';
import type { SiteExtractor } from './site';

/** X (formerly Twitter): profiles, a post with its replies, and lists of people (likes, followers). */

const X_HOST = /^(www\.|mobile\.)?(x|twitter)\.com$/;

interface XPage {
  doc: Document;
  url: URL;
  handle: string;
  /** The primary column: the viewer's account (side nav) and "Who to follow" (sidebar) are outside it. */
  main: ParentNode;
  /** The head's JSON-LD ProfilePage person, only when it describes this URL's handle. */
  ld?: Record<string, unknown>;
}

function profileLd(doc: Document, handle: string): Record<string, unknown> | undefined {
  for (const blob of jsonBlobs(doc, 'script[type="application/ld+json"]', 200_000)) {
    const [page] = findObjects(blob, (node) => node['@type'] === 'ProfilePage', 1);
    const person = page?.mainEntity as Record<string, unknown> | undefined;
    // The head describes the first profile loaded: after in-app navigation it names someone else.
    if (str(person, 'additionalName')?.replace(/^@/, '').toLowerCase() === handle.toLowerCase()) return person;
  }
  return undefined;
}

/** The website's real address: never the t.co wrapper the page links through. */
function website(page: XPage): string | undefined {
  const link = page.main.querySelector('a[data-testid="UserUrl"]');
  const related = page.ld?.relatedLink;
  const fromLd = (Array.isArray(related) ? related : [related]).find(
    (item): item is string => typeof item === 'string' && !/^https?:\/\/t\.co\//i.test(item) && !socialProfileOf(item),
  );
  if (fromLd) return fromLd;
  for (const raw of [link?.getAttribute('title'), link?.getAttribute('data-expanded-url'), textOf(link)]) {
    // The link text is the address without its scheme, cut with "…" when long: only a whole one will do.
    const text = raw?.trim();
    if (!text || text.includes('…') || /^https?:\/\/t\.co\//i.test(text)) continue;
    const url = cleanUrl(/^https?:\/\//i.test(text) ? text : `https://${text}`);
    if (url && !/^https?:\/\/t\.co\//i.test(url)) return url;
  }
  return undefined;
}

/** The "@handle" line of a profile header (its own span: the name and "Follows you" sit beside it). */
function handleShown(header: Element): string | undefined {
  for (const span of header.querySelectorAll('span')) {
    const match = /^@([A-Za-z0-9_]{1,15})$/.exec(cleanText(span.textContent) ?? '');
    if (match) return match[1];
  }
  return undefined;
}

const name: Strategy<XPage>[] = [
  ['profile header', (page) => shownText(page.main.querySelector('[data-testid="UserName"] span'))],
  ['structured data (JSON-LD)', (page) => str(page.ld, 'givenName') ?? str(page.ld, 'name')],
];
const bio: Strategy<XPage>[] = [
  ['profile bio', (page) => textOf(page.main.querySelector('[data-testid="UserDescription"]'), 1000)],
  ['structured data (JSON-LD)', (page) => str(page.ld, 'description')],
];
const location: Strategy<XPage>[] = [
  ['profile header', (page) => textOf(page.main.querySelector('[data-testid="UserLocation"]'))],
  ['structured data (JSON-LD)', (page) => str(page.ld?.homeLocation as Record<string, unknown> | undefined, 'name')],
];

function profile(page: XPage): ProspectDraft[] {
  const header = page.main.querySelector('[data-testid="UserName"]');
  // The header's handle line must name the URL's handle, or the page still shows the previous profile.
  const shownHandle = header ? handleShown(header) : undefined;
  if (!header && !page.ld) return [];
  if (shownHandle && shownHandle.toLowerCase() !== page.handle.toLowerCase()) return [];
  const draft = new DraftBuilder('x', page.url.href);
  for (const [strategy, read] of name) if (draft.set('fullName', displayName(read(page)), strategy)) break;
  draft.first('bio', page, bio);
  const mentions = new Map<string, string>();
  for (const link of page.main.querySelectorAll('[data-testid="UserDescription"] a[href^="/"]')) {
    const handle = link.getAttribute('href')!.slice(1).toLowerCase();
    if (/^[a-z0-9_]{1,15}$/.test(handle)) mentions.set(handle, companyFromHandle(handle));
  }
  const role = roleFromBio(draft.get('bio'), (handle) => mentions.get(handle.toLowerCase()));
  draft.set('title', role.title, 'bio');
  draft.set('company', role.company, 'bio');
  draft.first('location', page, location);
  draft.set('websiteUrl', website(page), page.ld ? 'structured data (JSON-LD)' : 'profile link');
  draft.set('socialUrl', `https://x.com/${page.handle}`, 'page address');
  draft.set('socialHandle', `@${page.handle.toLowerCase()}`, 'page address');
  const site = draft.get('websiteUrl');
  if (site) draft.profiles(socialProfiles([site]), [site]);
  return draft.get('fullName') ? [draft.build()] : [];
}

/** The people of one cell: name, @handle link, and (in lists) the bio under them. */
function cellPerson(cell: Element, action: EngagementAction): ShownPerson | undefined {
  const names = cell.querySelector('[data-testid="User-Name"], [data-testid="UserName"]') ?? cell;
  const link = [...names.querySelectorAll('a[href^="/"]')].find((anchor) =>
    /^\/[A-Za-z0-9_]{1,15}$/.test(anchor.getAttribute('href') ?? ''),
  );
  if (!link) return undefined;
  const handle = link.getAttribute('href')!.slice(1);
  return {
    name: textOf(names.querySelector('a span, span')),
    profileUrl: `https://x.com/${handle}`,
    handle: `@${handle}`,
    headline: action === 'posted' || action === 'replied' ? undefined : cellBio(cell),
    action,
  };
}

/** A list cell's bio: the last text block outside the name block and the Follow button. */
function cellBio(cell: Element): string | undefined {
  const blocks = [...cell.querySelectorAll('[dir="auto"]')].filter(
    (block) =>
      !block.closest('[data-testid="User-Name"], button:not([data-testid="UserCell"]), [role="button"]:not([data-testid="UserCell"])') &&
      !block.querySelector('[dir="auto"]'),
  );
  return textOf(blocks.at(-1), 1000);
}

// Promoted posts sit inside a placement tracker; "Discover more" recommendations follow the replies.
const isAd = (cell: Element) =>
  !!cell.closest('[data-testid="placementTracking"]') || !!cell.querySelector('[data-testid="placementTracking"]');

function post(page: XPage, postUrl: string): ProspectDraft[] {
  const people: ShownPerson[] = [];
  for (const cell of page.main.querySelectorAll('[data-testid="cellInnerDiv"], article[data-testid="tweet"]')) {
    if (cell.matches('article') && cell.closest('[data-testid="cellInnerDiv"]')) continue;
    // Below this heading the page shows posts it recommends: nobody there replied.
    if (/^(discover more|more posts)/i.test(textOf(cell.querySelector('h2, [role="heading"]')) ?? '')) break;
    const article = cell.matches('article') ? cell : cell.querySelector('article[data-testid="tweet"]');
    if (!article || isAd(cell)) continue;
    const person = cellPerson(article, people.length ? 'replied' : 'posted');
    if (person) people.push(person);
  }
  return peopleDrafts('x', page.url.href, postUrl, people, people.length > 1 ? 'post replies' : 'post');
}

function list(page: XPage, listUrl: string, action: EngagementAction): ProspectDraft[] {
  const people = [...page.main.querySelectorAll('[data-testid="UserCell"]')]
    .filter((cell) => !isAd(cell))
    .map((cell) => cellPerson(cell, action))
    .filter((person): person is ShownPerson => !!person);
  return peopleDrafts('x', page.url.href, listUrl, people, 'people list');
}

/** X profiles (`/<handle>`), posts (`/<handle>/status/<id>`) and their likes/reposts, followers. */
export const xSite: SiteExtractor = {
  id: 'x',
  matches: (url) => X_HOST.test(url.hostname),
  extract(doc, url) {
    const parts = url.pathname.split('/').filter(Boolean);
    const profileUrl = socialProfileOf(url.href)?.url;
    if (!profileUrl) return [];
    const handle = profileUrl.slice('https://x.com/'.length);
    const main = doc.querySelector('[data-testid="primaryColumn"]') ?? doc.querySelector('main') ?? doc;
    const page: XPage = { doc, url, handle, main };
    if (parts[1] === 'status' && /^\d+$/.test(parts[2] ?? '')) {
      const postUrl = `https://x.com/${handle}/status/${parts[2]}`;
      const sub = parts[3];
      if (sub === 'likes') return list(page, postUrl, 'liked');
      if (sub === 'retweets' || sub === 'reposts' || sub === 'quotes') return list(page, postUrl, 'reposted');
      return post(page, postUrl);
    }
    if (/^(followers|verified_followers|followers_you_follow)$/.test(parts[1] ?? '')) return list(page, profileUrl, 'follows');
    if (parts[1] === 'following' || parts[1] === 'lists') return [];
    page.ld = profileLd(doc, handle);
    return profile(page);
  },
  identity(doc, url) {
    const handle = socialProfileOf(url.href)?.handle.slice(1);
    const header = doc.querySelector('[data-testid="primaryColumn"] [data-testid="UserName"]');
    const shown = header ? handleShown(header) : undefined;
    if (!handle || !shown || url.pathname.split('/').filter(Boolean).length > 1) return 'unknown';
    return shown.toLowerCase() === handle ? 'match' : 'stale';
  },
};
