import type { SocialNetwork } from '../model';

/**
 * Social profile URLs in one spelling per profile, so the same person found on two pages (or typed
 * by hand) gives the same identity key. No zod and no DOM: extractors in content scripts use this.
 */

/** One social profile of a lead: the network, its normalised URL and the handle people know it by. */
export interface SocialProfile {
  network: SocialNetwork;
  url: string;
  handle: string;
}

/** A word list as a lookup (a plain function of a string: bundlers drop it from scripts that never use it). */
function reservedWords(list: string): { has(word: string): boolean } {
  const padded = ` ${list} `;
  return { has: (word) => padded.includes(` ${word} `) };
}

// First path segments that are the site's own pages, not anybody's profile.
const X_RESERVED = /* @__PURE__ */ reservedWords(
  'home explore notifications messages i settings search compose hashtag intent share login logout signup tos privacy about jobs lists communities premium_sign_up verified-choose bookmarks',
);
const GITHUB_RESERVED = /* @__PURE__ */ reservedWords(
  'about account apps blog collections contact customer-stories enterprise events explore features github issues join login logout marketplace new notifications orgs organizations pricing pulls readme search security sessions settings signup site sponsors team topics trending users codespaces copilot dashboard',
);
const FACEBOOK_RESERVED = /* @__PURE__ */ reservedWords(
  'l.php sharer sharer.php share groups events watch marketplace login logout gaming hashtag reel reels stories story.php permalink.php photo photo.php photos videos notifications messages friends bookmarks pages search help policies privacy settings dialog plugins ads business home.php',
);
const INSTAGRAM_RESERVED = /* @__PURE__ */ reservedWords(
  'p reel reels explore stories accounts direct tv about developer legal web challenge emails session',
);
const YOUTUBE_RESERVED = /* @__PURE__ */ reservedWords('watch results feed playlist shorts redirect embed live premium gaming account');
// Hosts that use `/@user` but are not Mastodon servers.
const NOT_MASTODON =
  /(^|\.)(medium\.com|tiktok\.com|threads\.net|threads\.com|youtube\.com|substack\.com|x\.com|twitter\.com|github\.com|instagram\.com|facebook\.com|bsky\.app|linkedin\.com)$/;

function parse(value: string | undefined): URL | undefined {
  const text = value?.trim();
  if (!text || text.length > 2000) return undefined;
  try {
    // People paste "x.com/handle" without a scheme.
    const url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function segments(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter(Boolean)
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
}

/** The network a URL's host belongs to (Mastodon servers have no fixed host: see `mastodon` below). */
export function networkOfHost(host: string): SocialNetwork | undefined {
  const h = host.toLowerCase().replace(/^(www|mobile|m|web)\./, '');
  if (h === 'x.com' || h === 'twitter.com') return 'x';
  if (h === 'github.com') return 'github';
  if (h === 'facebook.com' || h === 'fb.com') return 'facebook';
  if (h === 'instagram.com') return 'instagram';
  if (h === 'youtube.com') return 'youtube';
  if (h === 'bsky.app') return 'bluesky';
  return undefined;
}

/**
 * The profile a URL points at, normalised: `https://x.com/<handle lower-case>`,
 * `https://github.com/<login>`, `https://www.facebook.com/<page>`, `https://www.instagram.com/<handle>/`,
 * `https://www.youtube.com/@<handle>` (or `/channel/UC…`), `https://bsky.app/profile/<handle>`,
 * `https://<server>/@<user>`. A post, a search or a site page gives undefined. `mastodon` says the
 * URL is on a Mastodon server (known from its markup); without it, an unknown host's `/@user` is
 * taken as Mastodon too (links listed on profiles).
 */
export function socialProfileOf(value: string | undefined, mastodon = false): SocialProfile | undefined {
  const url = parse(value);
  if (!url) return undefined;
  const parts = segments(url);
  const first = parts[0] ?? '';
  const network = networkOfHost(url.hostname);
  switch (network) {
    case 'x': {
      const handle = first.replace(/^@/, '');
      if (!/^[A-Za-z0-9_]{1,15}$/.test(handle) || X_RESERVED.has(handle.toLowerCase())) return undefined;
      const lower = handle.toLowerCase();
      return { network, url: `https://x.com/${lower}`, handle: `@${lower}` };
    }
    case 'github': {
      const login = parts[0] === 'orgs' ? (parts[1] ?? '') : first;
      if (!/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/.test(login) || GITHUB_RESERVED.has(login.toLowerCase())) return undefined;
      return { network, url: `https://github.com/${login}`, handle: login };
    }
    case 'facebook': {
      const id = url.searchParams.get('id');
      if ((first === 'profile.php' || first === 'people') && (id ?? parts[2] ?? '').match(/^\d{3,25}$/)) {
        const number = first === 'profile.php' ? id! : parts[2]!;
        return { network, url: `https://www.facebook.com/profile.php?id=${number}`, handle: number };
      }
      if (!/^[A-Za-z0-9.\-_]{2,80}$/.test(first) || FACEBOOK_RESERVED.has(first.toLowerCase()) || first.endsWith('.php')) return undefined;
      return { network, url: `https://www.facebook.com/${first}`, handle: first };
    }
    case 'instagram': {
      const handle = first.toLowerCase();
      if (!/^[a-z0-9._]{1,30}$/.test(handle) || INSTAGRAM_RESERVED.has(handle)) return undefined;
      return { network, url: `https://www.instagram.com/${handle}/`, handle: `@${handle}` };
    }
    case 'youtube': {
      if (first.startsWith('@') && /^@[\w.\-·]{3,100}$/u.test(first))
        return { network, url: `https://www.youtube.com/${first}`, handle: first };
      if (first === 'channel' && /^UC[\w-]{22}$/.test(parts[1] ?? ''))
        return { network, url: `https://www.youtube.com/channel/${parts[1]}`, handle: parts[1]! };
      if ((first === 'c' || first === 'user') && /^[\w.-]{1,100}$/.test(parts[1] ?? '')) {
        return { network, url: `https://www.youtube.com/${first}/${parts[1]}`, handle: parts[1]! };
      }
      if (YOUTUBE_RESERVED.has(first)) return undefined;
      return undefined;
    }
    case 'bluesky': {
      const handle = (parts[1] ?? '').toLowerCase();
      if (first !== 'profile' || !/^([a-z0-9-]+\.)+[a-z0-9-]+$|^did:[a-z]+:[a-z0-9._:%-]+$/.test(handle)) return undefined;
      return { network, url: `https://bsky.app/profile/${handle}`, handle: `@${handle}` };
    }
    default:
      return mastodonProfile(url, parts, mastodon);
  }
}

/** `https://<server>/@<user>` from `/@user`, `/@user@other.server` (that server) or `/users/<user>`. */
function mastodonProfile(url: URL, parts: string[], known: boolean): SocialProfile | undefined {
  const host = url.hostname.toLowerCase();
  if (!known && NOT_MASTODON.test(host)) return undefined;
  const first = parts[0] ?? '';
  const match =
    /^@([A-Za-z0-9_]{1,30})(?:@([a-z0-9.-]+\.[a-z]{2,}))?$/i.exec(first) ??
    (first === 'users' && known ? /^()([A-Za-z0-9_]{1,30})$/.exec(parts[1] ?? '') : null);
  if (!match) return undefined;
  const user = (match[1] || match[2] || '').toLowerCase();
  const server = first.startsWith('@') && match[2] ? match[2].toLowerCase() : host;
  if (!user || !/^([a-z0-9-]+\.)+[a-z]{2,}$/.test(server)) return undefined;
  return { network: 'mastodon', url: `https://${server}/@${user}`, handle: `@${user}@${server}` };
}

/**
 * The profiles among `values` (addresses or stored profiles), each once by its normalised URL, in
 * order: what a lead stores. A stored profile keeps its network and handle; an address is read here.
 */
export function socialProfilesOf(values: ReadonlyArray<string | { url: string; handle?: string } | undefined>): SocialProfile[] {
  const out = new Map<string, SocialProfile>();
  for (const value of values) {
    const read = socialProfileOf(typeof value === 'string' || value === undefined ? value : value.url);
    if (!read || out.has(read.url)) continue;
    // A stored handle is kept as the page showed it; the network and URL always follow the address.
    const handle = (typeof value === 'object' && value.handle?.trim().slice(0, 200)) || read.handle;
    out.set(read.url, { network: read.network, url: read.url, handle });
  }
  return [...out.values()];
}

/** The normalised profile URL, or undefined when `value` is no social profile Leadline knows. */
export function normaliseSocialUrl(value: string | undefined, mastodon = false): string | undefined {
  return socialProfileOf(value, mastodon)?.url;
}
