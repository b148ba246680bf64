import { socialProfileOf } from '../keys';
import type { ProspectDraft } from '../model';
import { cleanText, textOf } from './clean';
import { DraftBuilder } from './draft';
import { displayName, roleFromBio, peopleDrafts, type ShownPerson, socialProfiles } from './social';
import type { SiteExtractor } from './site';

/**
 * Bluesky profiles and threads (`bsky.app/profile/<handle>`, `…/post/<id>`). The head's meta tags
 * describe the first profile the tab loaded, so only the rendered header is read.
 */

function profile(doc: Document, url: URL, handle: string, profileUrl: string): ProspectDraft[] {
  const name = doc.querySelector('[data-testid="profileHeaderDisplayName"]');
  const header = name?.closest('[data-testid="profileView"], [data-testid="profileHeader"]') ?? name?.parentElement?.parentElement ?? null;
  if (!name || !header) return [];
  // The header's handle line names whom it shows: a different one is the previous profile, still on screen.
  const shown = /@([a-z0-9.-]+\.[a-z0-9-]+)/i.exec(
    textOf(header.querySelector('[data-testid="profileHeaderHandle"]')) ?? textOf(header) ?? '',
  )?.[1];
  if (shown && shown.toLowerCase() !== handle) return [];
  const draft = new DraftBuilder('bluesky', url.href);
  draft.set('fullName', displayName(textOf(name)), 'profile header');
  draft.set('fullName', handle.split('.')[0], 'handle (no name shown)');
  const description = header.querySelector('[data-testid="profileHeaderDescription"]');
  draft.set('bio', textOf(description, 1000), 'profile header');
  const role = roleFromBio(draft.get('bio'));
  draft.set('title', role.title, 'bio');
  draft.set('company', role.company, 'bio');
  const links = [...(description?.querySelectorAll('a[href^="http"]') ?? [])]
    .map((link) => link.getAttribute('href')!)
    .filter((href) => !/^https?:\/\/(www\.)?bsky\.app\//.test(href));
  draft.set(
    'websiteUrl',
    links.find((link) => !socialProfileOf(link)),
    'profile bio',
  );
  draft.set('socialUrl', profileUrl, 'page address');
  draft.set('socialHandle', `@${handle}`, 'page address');
  draft.profiles(socialProfiles(links), links);
  return [draft.build()];
}

function thread(doc: Document, url: URL, postUrl: string): ProspectDraft[] {
  const people: ShownPerson[] = [];
  for (const item of doc.querySelectorAll('[data-testid^="postThreadItem-by-"]')) {
    const handle = item.getAttribute('data-testid')!.slice('postThreadItem-by-'.length).toLowerCase();
    const link = [...item.querySelectorAll(`a[href^="/profile/"]`)].find(
      (anchor) => cleanText(anchor.textContent) && !cleanText(anchor.textContent)!.startsWith('@'),
    );
    people.push({
      name: textOf(link),
      handle: `@${handle}`,
      profileUrl: `https://bsky.app/profile/${handle}`,
      action: people.length ? 'replied' : 'posted',
    });
  }
  return peopleDrafts('bluesky', url.href, postUrl, people, people.length > 1 ? 'thread replies' : 'post');
}

/** Bluesky's web app. */
export const blueskySite: SiteExtractor = {
  id: 'bluesky',
  matches: (url) => url.hostname === 'bsky.app',
  extract(doc, url) {
    const found = socialProfileOf(url.href);
    if (!found) return [];
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[2] === 'post' && parts[3]) return thread(doc, url, `${found.url}/post/${parts[3]}`);
    return parts.length === 2 ? profile(doc, url, found.handle.slice(1), found.url) : [];
  },
  // The header's handle line names whom it shows: another handle is the previous profile, still on screen.
  identity(doc, url) {
    const handle = socialProfileOf(url.href)?.handle.slice(1);
    const shown = /@([a-z0-9.-]+\.[a-z0-9-]+)/i.exec(textOf(doc.querySelector('[data-testid="profileHeaderHandle"]')) ?? '')?.[1];
    if (!handle || !shown || url.pathname.split('/').filter(Boolean).length !== 2) return 'unknown';
    return shown.toLowerCase() === handle.toLowerCase() ? 'match' : 'stale';
  },
};
