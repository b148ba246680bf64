// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageIdentity } from '@/lib/extract';
import { loadFixture, parseHtml } from '../extract-helpers';

/*
 * After in-app navigation a single-page app shows the previous profile for a moment under the new
 * address. The panel follows navigation on a network only if it can tell: each row is a profile
 * fixture at its own address (match), at another profile's address (stale), and at a page that is
 * not a profile (unknown: read as it is).
 */
const CASES: Array<[network: string, fixture: string, own: string, other: string, notProfile: string]> = [
  ['X', 'social/x-profile.html', 'https://x.com/WrenCalloway', 'https://x.com/devokonkwo', 'https://x.com/WrenCalloway/status/1'],
  [
    'GitHub',
    'social/github-user.html',
    'https://github.com/AdaQuenby',
    'https://github.com/wrencal',
    'https://github.com/adaquenby/dotfiles',
  ],
  [
    'Instagram',
    'social/instagram-business.html',
    'https://www.instagram.com/fernhollowbakehouse/',
    'https://www.instagram.com/juno.makes/',
    'https://www.instagram.com/p/C9xYz12AbCd/',
  ],
  [
    'YouTube',
    'social/youtube-channel.html',
    'https://www.youtube.com/@FernhollowBakes/about',
    'https://www.youtube.com/@JunoMakes',
    'https://www.youtube.com/watch?v=kN0tS3abc12',
  ],
  [
    'Bluesky',
    'social/bluesky-profile.html',
    'https://bsky.app/profile/odile.marchetti.example',
    'https://bsky.app/profile/tomasz.example',
    'https://bsky.app/profile/odile.marchetti.example/post/3lbcxyz',
  ],
];

describe('whether a network’s page shows the profile in its address', () => {
  it.each(CASES)('%s: match at its own address, stale at another profile’s, unknown elsewhere', (_, fixture, own, other, notProfile) => {
    const doc = loadFixture(fixture);
    expect([pageIdentity(doc, own), pageIdentity(doc, other), pageIdentity(doc, notProfile)]).toEqual(['match', 'stale', 'unknown']);
  });

  it('Instagram: a verified badge’s label after the handle is still the handle', () => {
    const doc = parseHtml('<main><header><h2>fernhollowbakehouse <span>Verified</span></h2></header></main>');
    expect(pageIdentity(doc, 'https://www.instagram.com/fernhollowbakehouse/')).toBe('match');
    expect(pageIdentity(doc, 'https://www.instagram.com/juno.makes/')).toBe('stale');
  });
});
