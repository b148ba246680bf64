import { socialProfileOf } from '../keys';
import type { EngagementAction, ProspectDraft } from '../model';
import { cleanText, domainOf, textOf } from './clean';
import { DraftBuilder } from './draft';
import { displayName, findObjects, jsonBlobs, peopleDrafts, str, unwrapLink, type ShownPerson, socialProfiles } from './social';
import type { SiteExtractor } from './site';

/**
 * Instagram profiles (business: a company; creator or personal: a person) and posts with comments.
 * The preloader JSON (`script[data-sjs]`) holds the profile and also the viewer's own account: only
 * the user whose `username` is the URL's is read, and contact details only when the page shows them.
 */

interface IgUser {
  record?: Record<string, unknown>;
  header: Element | null;
}

function userRecord(doc: Document, handle: string): Record<string, unknown> | undefined {
  for (const blob of jsonBlobs(doc, 'script[type="application/json"][data-sjs], script[type="application/json"][data-content-len]')) {
    const [user] = findObjects(
      blob,
      (node) => str(node, 'username')?.toLowerCase() === handle && ('full_name' in node || 'biography' in node),
      1,
    );
    if (user) return user;
  }
  return undefined;
}

/** A value the preloader holds that the header also shows (contact details are shown, or not read). */
function shown(header: Element | null, value: string | undefined): string | undefined {
  if (!value || !header) return undefined;
  const text = (header.textContent ?? '').replace(/\s+/g, ' ').toLowerCase();
  const links = [...header.querySelectorAll('a[href]')].map((link) => decodeURIComponent(link.getAttribute('href') ?? '').toLowerCase());
  const digits = value.replace(/\D/g, '');
  const present =
    text.includes(value.toLowerCase()) ||
    links.some((href) => href.includes(value.toLowerCase())) ||
    (digits.length >= 6 && (text.replace(/\D/g, '').includes(digits) || links.some((href) => href.replace(/\D/g, '').includes(digits))));
  return present ? value : undefined;
}

function address(record: Record<string, unknown>): { city?: string; full?: string } {
  let parsed: Record<string, unknown> | undefined;
  try {
    const raw = str(record, 'business_address_json');
    parsed = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
  } catch {
    parsed = undefined;
  }
  const city = str(parsed, 'city_name') ?? str(record, 'city_name');
  const full = [str(parsed, 'street_address'), city, str(parsed, 'zip_code')].filter(Boolean).join(', ');
  return { city, full: full || undefined };
}

function profilePage(doc: Document, url: URL, handle: string): ProspectDraft[] {
  const main = doc.querySelector('main') ?? doc;
  const user: IgUser = { record: userRecord(doc, handle), header: main.querySelector('header') };
  const { record, header } = user;
  // Without the preloader, the header must name this handle (after in-app navigation the old one lingers).
  const headerHandle = textOf(header?.querySelector('h2, h1'));
  if (!record && headerHandle?.toLowerCase() !== handle) return [];
  const links = [
    str(record, 'external_url'),
    ...findObjects(record?.bio_links, (node) => typeof node.url === 'string').map((node) => str(node, 'url')),
  ]
    .map((link) => unwrapLink(link))
    .filter((link): link is string => !!link);
  for (const link of header?.querySelectorAll('a[href*="l.instagram.com"], a[href^="http"]') ?? []) {
    const target = unwrapLink(link.getAttribute('href'));
    if (target && !/(^|\.)instagram\.com$/.test(new URL(target).hostname)) links.push(target);
  }
  const website = links.find((link) => !socialProfileOf(link));
  const business = record?.is_business_account === true;
  const name =
    displayName(str(record, 'full_name')) ?? displayName(textOf(header?.querySelector('section span[dir="auto"], h1 + span, span')));
  const strategy = record ? 'embedded page data' : 'profile header';
  const draft = new DraftBuilder('instagram', url.href);
  const place = record ? address(record) : {};
  const category = str(record, 'category_name') ?? str(record, 'category') ?? str(record, 'business_category_name');
  const email = shown(header, str(record, 'public_email') ?? str(record, 'business_email'));
  const phone = shown(header, str(record, 'contact_phone_number') ?? str(record, 'public_phone_number'));
  if (business) {
    draft.company();
    draft.set('company', name, strategy);
    draft.set('headquarters', shown(header, place.city) ? place.full : undefined, strategy);
    draft.set('companyDomain', domainOf(website), 'website');
  } else {
    draft.set('fullName', name, strategy);
    draft.set('fullName', handle, 'handle (no name shown)');
    draft.set('location', shown(header, place.city), strategy);
  }
  draft.set('bio', str(record, 'biography') ?? textOf(header?.querySelector('h1'), 1000), strategy);
  draft.set('industry', category, strategy);
  draft.set('websiteUrl', website, strategy);
  draft.set('email', email, 'profile header');
  draft.set('phone', phone, 'profile header');
  draft.set('socialUrl', `https://www.instagram.com/${handle}/`, 'page address');
  draft.set('socialHandle', `@${handle}`, 'page address');
  draft.profiles(socialProfiles(links), links);
  return draft.get('company') || draft.get('fullName') ? [draft.build()] : [];
}

/** Username links in page order (the author's in the post header first), outside suggestions and the nav. */
function usernameLinks(root: ParentNode, url: URL, action: (index: number) => EngagementAction, inRows = true): ShownPerson[] {
  const people: ShownPerson[] = [];
  for (const link of root.querySelectorAll('a[href^="/"], a[href^="https://www.instagram.com/"]')) {
    if (link.closest('nav, [role="navigation"], footer, aside')) continue;
    // On a post: the header's author and the comment rows ("Liked by x" under the photo is neither).
    if (inRows && !link.closest('li, header')) continue;
    const heading = link.closest('section, div[role="presentation"]')?.querySelector('h2, h4');
    if (heading && /suggested|more posts/i.test(textOf(heading) ?? '')) continue;
    const profile = socialProfileOf(new URL(link.getAttribute('href')!, url).href);
    const text = cleanText(link.textContent);
    // A username link reads as the username; the avatar link beside it has no text.
    if (!profile || !text || text.toLowerCase() !== profile.handle.slice(1)) continue;
    const row = link.closest('li, [role="listitem"], div[role="button"]');
    // Lists (likes, followers) show the full name under the username; comments show only the username.
    const spans =
      !inRows && row && row !== link
        ? [...row.querySelectorAll('span[dir="auto"]')].filter((span) => !span.querySelector('a') && !span.closest('a'))
        : [];
    const fullName = textOf(spans[0]);
    people.push({
      name: fullName && fullName !== text ? fullName : undefined,
      handle: profile.handle,
      profileUrl: profile.url,
      action: action(people.length),
    });
  }
  return people;
}

/** Instagram profiles (`/<handle>/`), posts and reels (`/p/<code>/`, `/reel/<code>/`), likes and followers lists. */
export const instagramSite: SiteExtractor = {
  id: 'instagram',
  matches: (url) => /^(www\.)?instagram\.com$/.test(url.hostname),
  extract(doc, url) {
    const parts = url.pathname.split('/').filter(Boolean);
    const dialog = doc.querySelector('[role="dialog"]');
    if ((parts[0] === 'p' || parts[0] === 'reel') && parts[1]) {
      const postUrl = `https://www.instagram.com/${parts[0]}/${parts[1]}/`;
      if (parts[2] === 'liked_by' && dialog)
        return peopleDrafts(
          'instagram',
          url.href,
          postUrl,
          usernameLinks(dialog, url, () => 'liked', false),
          'likes list',
        );
      const root = doc.querySelector('main article') ?? doc.querySelector('main') ?? doc;
      const people = usernameLinks(root, url, (index) => (index === 0 ? 'posted' : 'commented'));
      return peopleDrafts('instagram', url.href, postUrl, people, people.length > 1 ? 'post comments' : 'post');
    }
    const profile = socialProfileOf(url.href);
    if (!profile) return [];
    const handle = profile.handle.slice(1);
    if (parts[1] === 'followers' && dialog)
      return peopleDrafts(
        'instagram',
        url.href,
        profile.url,
        usernameLinks(dialog, url, () => 'follows', false),
        'followers list',
      );
    return parts.length === 1 ? profilePage(doc, url, handle) : [];
  },
  // The profile header's heading is the handle: another one is the previous profile, still on screen.
  identity(doc, url) {
    const handle = socialProfileOf(url.href)?.handle.slice(1);
    const main = doc.querySelector('main') ?? doc;
    // Its first word: a verified badge's label may follow the handle in the heading.
    const shown = textOf(main.querySelector('header')?.querySelector('h2, h1'))?.split(/\s+/)[0];
    if (!handle || !shown || !/^[\w.]{1,30}$/.test(shown) || url.pathname.split('/').filter(Boolean).length !== 1) return 'unknown';
    return shown.toLowerCase() === handle ? 'match' : 'stale';
  },
};
