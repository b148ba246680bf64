import { normaliseLinkedinProfileUrl, socialProfileOf } from '../keys';
import type { ProspectDraft } from '../model';
import { cleanEmail, cleanText, textOf } from './clean';
import { DraftBuilder } from './draft';
import { displayName, findObjects, peopleDrafts, str, unwrapLink, type ShownPerson, socialProfiles } from './social';
import type { SiteExtractor } from './site';

/**
 * YouTube channels (`/@handle`, `/channel/UC…`, their About view) and a video's comments. The
 * business email behind "View email address" is never read (a captcha guards it).
 */

/** `ytInitialData`, parsed from its inline script (bounded), or undefined. */
function initialData(doc: Document): unknown {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    if (text.length > 5_000_000) continue;
    const start = text.indexOf('ytInitialData');
    if (start < 0) continue;
    const open = text.indexOf('{', start);
    const close = text.lastIndexOf('}');
    if (open < 0 || close < open) continue;
    try {
      return JSON.parse(text.slice(open, close + 1));
    } catch {
      // Another script, or cut short.
    }
  }
  return undefined;
}

const handleOf = (url: string | undefined) => /\/(@[\w.\-·]{3,100})/u.exec(url ?? '')?.[1];

interface Channel {
  title?: string;
  description?: string;
  handle?: string;
  channelId?: string;
  country?: string;
  links: string[];
  strategy: string;
}

/** The channel `ytInitialData` describes, only when it is the URL's (the data belongs to the first page loaded). */
function fromData(doc: Document, url: URL): Channel | undefined {
  const data = initialData(doc);
  if (!data) return undefined;
  const [meta] = findObjects(data, (node) => typeof node.externalId === 'string' && typeof node.title === 'string', 1);
  const [about] = findObjects(
    data,
    (node) => Array.isArray(node.links) && ('country' in node || 'canonicalChannelUrl' in node || 'description' in node),
    1,
  );
  const handle = handleOf(str(meta, 'vanityChannelUrl')) ?? handleOf(str(about, 'canonicalChannelUrl'));
  const channelId = str(meta, 'externalId') ?? str(about, 'channelId');
  const wanted = url.pathname.split('/').filter(Boolean);
  const same = wanted[0]?.startsWith('@') ? decodeURIComponent(wanted[0]).toLowerCase() === handle?.toLowerCase() : wanted[1] === channelId;
  if (!same) return undefined;
  const links = findObjects(about?.links, (node) => typeof node.url === 'string' || 'urlEndpoint' in node, 40)
    .map((node) => str(node, 'url') ?? str(node.urlEndpoint as Record<string, unknown>, 'url'))
    .map((link) => unwrapLink(link))
    .filter((link): link is string => !!link);
  return {
    title: str(meta, 'title'),
    description: str(meta, 'description') ?? str(about, 'description'),
    handle,
    channelId,
    country: str(about, 'country'),
    links,
    strategy: 'embedded page data',
  };
}

const HEADER = 'yt-page-header-renderer, #page-header, ytd-c4-tabbed-header-renderer';

/** The handle a channel header shows ("@FernhollowBakes"). */
const shownHandle = (header: Element | null) =>
  [...(header?.querySelectorAll('span, yt-formatted-string') ?? [])]
    .map((span) => cleanText(span.textContent))
    .find((text) => text && /^@[\w.\-·]{3,100}$/u.test(text));

/** The channel as the page header and the About dialog show it. */
function fromPage(doc: Document, url: URL): Channel | undefined {
  const header = doc.querySelector(HEADER);
  const shown = shownHandle(header);
  const wanted = url.pathname.split('/').filter(Boolean)[0];
  if (!header || (wanted?.startsWith('@') && shown?.toLowerCase() !== decodeURIComponent(wanted).toLowerCase())) return undefined;
  const about = doc.querySelector('ytd-about-channel-renderer');
  const rows = [...(about?.querySelectorAll('tr') ?? [])].map((row) => textOf(row)).filter((text): text is string => !!text);
  return {
    title: textOf(header.querySelector('h1')),
    description: textOf(about?.querySelector('#description-container, #description'), 5000) ?? undefined,
    handle: shown,
    country: rows.find((text) => !/\d|@|\.|^joined/i.test(text)),
    links: [...(about?.querySelectorAll('#link-list-container a[href], a[href*="/redirect?"]') ?? [])]
      .map((link) => unwrapLink(link.getAttribute('href'), url.href))
      .filter((link): link is string => !!link && !/(^|\.)youtube\.com$/.test(new URL(link).hostname)),
    strategy: 'channel header',
  };
}

function channel(doc: Document, url: URL): ProspectDraft[] {
  const found = fromData(doc, url) ?? fromPage(doc, url);
  if (!found) return [];
  const draft = new DraftBuilder('youtube', url.href);
  draft.set('fullName', displayName(found.title), found.strategy);
  draft.set('bio', cleanText(found.description?.slice(0, 1000), 1000), found.strategy);
  draft.set('location', found.country, found.strategy);
  draft.set(
    'websiteUrl',
    found.links.find((link) => !socialProfileOf(link) && !normaliseLinkedinProfileUrl(link)),
    'channel links',
  );
  for (const link of found.links) if (draft.set('linkedinUrl', link, 'channel links')) break;
  // An address written in the description is on the page; the gated business email is not read.
  draft.set('email', cleanEmail(/[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/.exec(found.description ?? '')?.[0]), 'channel description');
  const profile = found.handle
    ? `https://www.youtube.com/${found.handle}`
    : found.channelId
      ? `https://www.youtube.com/channel/${found.channelId}`
      : undefined;
  draft.set('socialUrl', profile, found.handle ? found.strategy : 'page address');
  draft.set('socialHandle', found.handle ?? found.channelId, found.strategy);
  draft.profiles(socialProfiles(found.links), found.links);
  return draft.get('fullName') ? [draft.build()] : [];
}

/** A video's channel, then each commenter shown (`#comments`; the recommendations beside it are other channels). */
function comments(doc: Document, url: URL, postUrl: string): ProspectDraft[] {
  const people: ShownPerson[] = [];
  const owner = doc.querySelector('ytd-watch-metadata ytd-video-owner-renderer, #owner');
  const ownerLink = owner?.querySelector('a[href*="/@"], a[href*="/channel/"]');
  if (ownerLink) {
    const href = new URL(ownerLink.getAttribute('href')!, url).href;
    people.push({
      name: textOf(owner?.querySelector('#channel-name a, #channel-name')) ?? textOf(ownerLink),
      handle: handleOf(href),
      profileUrl: href,
      action: 'posted',
    });
  }
  for (const author of doc.querySelectorAll('#comments #author-text[href], ytd-comments #author-text[href]')) {
    const href = new URL(author.getAttribute('href')!, url).href;
    const text = textOf(author);
    people.push({ name: text?.startsWith('@') ? undefined : text, handle: handleOf(href) ?? text, profileUrl: href, action: 'commented' });
  }
  return peopleDrafts('youtube', url.href, postUrl, people, people.length > 1 ? 'video comments' : 'video');
}

/** YouTube channel pages and videos. */
export const youtubeSite: SiteExtractor = {
  id: 'youtube',
  matches: (url) => /^(www\.|m\.)?youtube\.com$/.test(url.hostname),
  extract(doc, url) {
    const video = url.pathname === '/watch' ? url.searchParams.get('v') : /^\/shorts\/([\w-]{6,20})/.exec(url.pathname)?.[1];
    if (video && /^[\w-]{6,20}$/.test(video)) return comments(doc, url, `https://www.youtube.com/watch?v=${video}`);
    return socialProfileOf(url.href) ? channel(doc, url) : [];
  },
  // A channel address with a handle: the header shows that handle, or the previous channel's.
  identity(doc, url) {
    const wanted = url.pathname.split('/').filter(Boolean)[0];
    const shown = shownHandle(doc.querySelector(HEADER));
    if (!wanted?.startsWith('@') || !shown) return 'unknown';
    return shown.toLowerCase() === decodeURIComponent(wanted).toLowerCase() ? 'match' : 'stale';
  },
};
