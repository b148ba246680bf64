import { socialProfileOf } from '../keys';
import type { EngagementAction, ProspectDraft } from '../model';
import { cleanEmail, cleanPhone, domainOf, textOf } from './clean';
import { DraftBuilder } from './draft';
import { displayName, peopleDrafts, shownText, unwrapLink, type ShownPerson, socialProfiles } from './social';
import type { PageIdentity, SiteExtractor } from './site';

/**
 * Facebook Pages (a company, or a person for creators) and posts with their comments. The page's
 * `data-sjs` JSON carries the viewer's own account: it is never read here; only what `[role=main]` shows.
 */

// Categories that make a Page a person's (a creator's), not a business's.
const CREATOR =
  /\b(creator|public figure|artist|musician|author|writer|blogger|athlete|coach|gamer|influencer|journalist|comedian|actor|photographer|speaker|entrepreneur|personal blog)\b/i;
const NOT_ADDRESS = /\b(rating|reviews?|followers?|likes?|following|price range|always open|open now|closed now|opens|hours|recommend)\b/i;

/** The Intro tile's lines, each classified by what it holds (icons are images without meaning). */
function introLines(main: ParentNode): Element[] {
  const intro = main.querySelector('[data-pagelet^="ProfileTilesFeed"], [data-pagelet="ProfileTilesFeed_0"]');
  if (!intro) return [];
  const lines = [...intro.querySelectorAll('li, [role="listitem"]')];
  return lines.length ? lines : [...intro.querySelectorAll('span[dir="auto"]')];
}

function pageDraft(main: ParentNode, url: URL, profileUrl: string, handle: string): ProspectDraft[] {
  const name = displayName(shownText(main.querySelector('h1')));
  if (!name) return [];
  let category: string | undefined;
  let address: string | undefined;
  let livesIn: string | undefined;
  let worksAt: string | undefined;
  let email: string | undefined;
  let phone: string | undefined;
  const links: string[] = [];
  for (const line of introLines(main)) {
    const text = textOf(line, 500) ?? '';
    for (const link of line.querySelectorAll('a[href]')) {
      const target = unwrapLink(link.getAttribute('href'), url.href);
      if (target && !/(^|\.)facebook\.com$/.test(new URL(target).hostname)) links.push(target);
    }
    const page = /^(?:Page|Profile)\s*[·•]\s*(.+)$/i.exec(text);
    if (page) category ??= page[1];
    else if (/^Lives in\s+/i.test(text)) livesIn ??= text.replace(/^Lives in\s+/i, '');
    else if (/^Works at\s+/i.test(text)) worksAt ??= text.replace(/^Works at\s+/i, '');
    else if (cleanEmail(text)) email ??= cleanEmail(text);
    else if (cleanPhone(text)) phone ??= cleanPhone(text);
    else if (!line.querySelector('a[href]') && /\d/.test(text) && /,/.test(text) && /\p{L}{3}/u.test(text) && !NOT_ADDRESS.test(text))
      address ??= text;
  }
  const website = links.find((link) => !socialProfileOf(link));
  const isCompany = !!category && !CREATOR.test(category);
  const draft = new DraftBuilder('facebook', url.href);
  if (isCompany) {
    draft.company();
    draft.set('company', name, 'page heading');
    draft.set('headquarters', address, 'intro');
    draft.set('companyDomain', domainOf(website), 'website');
  } else {
    draft.set('fullName', name, 'page heading');
    draft.set('company', worksAt, 'intro');
    draft.set('location', livesIn ?? address, 'intro');
  }
  draft.set('industry', category, 'intro');
  draft.set('websiteUrl', website, 'intro');
  draft.set('email', email, 'intro');
  draft.set('phone', phone, 'intro');
  draft.set('socialUrl', profileUrl, 'page address');
  draft.set('socialHandle', handle, 'page address');
  draft.profiles(socialProfiles(links), links);
  return [draft.build()];
}

/** The people a post shows: its author, then each commenter (and replier) in page order. */
function postDrafts(main: ParentNode, url: URL, postUrl: string): ProspectDraft[] {
  const people: ShownPerson[] = [];
  const author = main.querySelector('[data-ad-rendering-role="profile_name"] a[href], h2 a[href], h3 a[href]');
  if (author) people.push({ name: shownText(author), profileUrl: author.getAttribute('href'), action: 'posted' });
  for (const comment of main.querySelectorAll('[role="article"][aria-label]')) {
    const label = comment.getAttribute('aria-label') ?? '';
    if (!/^(Comment|Reply) by /i.test(label)) continue;
    const link = [...comment.querySelectorAll('a[href]')].find(
      (anchor) => textOf(anchor) && socialProfileOf(new URL(anchor.getAttribute('href')!, url).href),
    );
    if (!link) continue;
    people.push({ name: textOf(link), profileUrl: new URL(link.getAttribute('href')!, url).href, action: 'commented' });
  }
  return peopleDrafts('facebook', url.href, postUrl, people, people.length > 1 ? 'post comments' : 'post');
}

/** A reactions or followers list open in a dialog: each person's name and profile link. */
function dialogDrafts(doc: Document, url: URL, action: EngagementAction, postUrl: string): ProspectDraft[] {
  const dialog = doc.querySelector('[role="dialog"]');
  if (!dialog) return [];
  const people = [...dialog.querySelectorAll('a[href][role="link"], a[href]')]
    .filter((link) => textOf(link) && socialProfileOf(new URL(link.getAttribute('href')!, url).href))
    .map((link): ShownPerson => ({ name: textOf(link), profileUrl: new URL(link.getAttribute('href')!, url).href, action }));
  return peopleDrafts('facebook', url.href, postUrl, people, 'reactions list');
}

/** The profile a Facebook address names, by kind: a vanity name or a numeric id (`profile.php?id=`, `/people/<name>/<id>`). */
function profileKey(href: string | null, base: URL): string | undefined {
  if (!href) return undefined;
  const handle = socialProfileOf(new URL(href, base).href)?.handle;
  if (!handle) return undefined;
  return /^\d+$/.test(handle) ? `id:${handle}` : `name:${handle.toLowerCase()}`;
}

/**
 * The profile's own tabs (About, Photos, Friends: `/<vanity>/about`, `profile.php?id=…&sk=about`)
 * name the profile the header shows. Tabs naming another profile of the same kind mean the page
 * still shows the previous one. A match proves only the header: the Intro renders after it, so the
 * panel still compares the card with the previous page's (lib/capture/arrival.ts).
 */
function facebookIdentity(doc: Document, url: URL): PageIdentity {
  const key = profileKey(url.href, url);
  if (!key) return 'unknown';
  const kind = key.slice(0, key.indexOf(':'));
  const tabs = doc.querySelectorAll('[role="main"] a[role="tab"][href], [role="main"] [role="tablist"] a[href]');
  const shown = [...tabs].map((tab) => profileKey(tab.getAttribute('href'), url)).filter((tab) => tab?.startsWith(`${kind}:`));
  return shown.length && !shown.includes(key) ? 'stale' : 'unknown';
}

const POST = /^\/(?:[^/]+\/(?:posts|videos|photos)\/[^/]+|permalink\.php|story\.php|photo\/?|watch\/?)$/;

/** Facebook Pages, profiles and posts (`www.facebook.com/<page>`, `/<page>/posts/<id>`, `/permalink.php`). */
export const facebookSite: SiteExtractor = {
  id: 'facebook',
  matches: (url) => /^(www\.|web\.|m\.)?facebook\.com$/.test(url.hostname),
  extract(doc, url) {
    const main = doc.querySelector('[role="main"]') ?? doc.body ?? doc;
    const path = url.pathname.replace(/\/+$/, '');
    if (POST.test(path) || POST.test(`${path}/`)) {
      const postUrl = `https://www.facebook.com${url.pathname}${url.pathname.includes('.php') ? url.search.replace(/&?(__cft__|__tn__|comment_id)[^&]*/g, '') : ''}`;
      const reactions = doc.querySelector('[role="dialog"]');
      return reactions && /reaction|people who reacted/i.test(reactions.getAttribute('aria-label') ?? '')
        ? dialogDrafts(doc, url, 'reacted', postUrl)
        : postDrafts(main, url, postUrl);
    }
    const profile = socialProfileOf(url.href);
    if (!profile) return [];
    if (/\/(followers|likes)$/.test(path)) return dialogDrafts(doc, url, 'follows', profile.url);
    return pageDraft(main, url, profile.url, profile.handle);
  },
  identity: facebookIdentity,
};
