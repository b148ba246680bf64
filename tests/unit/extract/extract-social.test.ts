// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractProspects } from '@/lib/extract';
import { roleFromBio, unwrapLink, displayName } from '@/lib/extract/social';
import { normaliseSocialUrl } from '@/lib/keys/social';
import { ProspectDraftSchema, type ProspectDraft } from '@/lib/model';
import { loadFixture, parseHtml } from '../extract-helpers';

type Expected = Partial<Omit<ProspectDraft, 'sourceUrl'>>;

interface Case {
  name: string;
  fixture: string;
  url: string;
  expected: Expected[];
  /** Text on the page that belongs to someone else (the viewer, a rail, an ad): never captured. */
  traps: string[];
}

const POST_X = 'https://x.com/fernhollow/status/1865999999999999999';
const FB_POST = 'https://www.facebook.com/fernhollowbakehouse/posts/pfbid02abcXYZ';
const IG_POST = 'https://www.instagram.com/p/C9xYz12AbCd/';
const LI_POST = 'https://www.linkedin.com/feed/update/urn:li:activity:7266000000000000123/';

const CASES: Case[] = [
  {
    name: 'X profile: decorated name, plain role in the bio, real website (not t.co)',
    fixture: 'social/x-profile.html',
    url: 'https://twitter.com/WrenCalloway?lang=en',
    expected: [
      {
        source: 'x',
        fullName: 'Wren Calloway',
        title: 'Head of Growth',
        company: 'Fernhollow',
        location: 'Bristol, England',
        websiteUrl: 'https://fernhollow.example/team/wren',
        socialUrl: 'https://x.com/wrencalloway',
        socialHandle: '@wrencalloway',
        evidence: expect.objectContaining({ fullName: 'profile header', websiteUrl: 'structured data (JSON-LD)', title: 'bio' }) as never,
      },
    ],
    traps: ['Quinn', 'viewer_quinn', 'Ledgerly', 'Oskar', 'Marisol', 't.co', '🚀', '✨'],
  },
  {
    name: 'X profile after in-app navigation: the head’s JSON-LD is another profile’s; a cut link text is no website',
    fixture: 'social/x-profile-stale.html',
    url: 'https://x.com/devokonkwo',
    expected: [
      {
        source: 'x',
        fullName: 'Dev Okonkwo',
        title: 'VP Sales',
        company: 'Ledgerly',
        location: 'Lagos · Remote',
        socialUrl: 'https://x.com/devokonkwo',
      },
    ],
    traps: ['Wren', 'Fernhollow', 'Bristol', 'Building in public', 't.co', 'fernhollow.example', '…', 'Quinn'],
  },
  {
    name: 'X post: the author first, then each replier once; ads and "Discover more" left out',
    fixture: 'social/x-post.html',
    url: POST_X,
    expected: [
      { fullName: 'Fernhollow', socialUrl: 'https://x.com/fernhollow', engagement: { action: 'posted', url: POST_X } },
      {
        fullName: 'Wren Calloway',
        socialUrl: 'https://x.com/wrencalloway',
        socialHandle: '@WrenCalloway',
        engagement: { action: 'replied', url: POST_X },
      },
      { fullName: 'Tamsin Reyes', socialUrl: 'https://x.com/tamsin_reyes', engagement: { action: 'replied', url: POST_X } },
      { fullName: 'Hiroko Abara', socialUrl: 'https://x.com/h_abara', engagement: { action: 'replied', url: POST_X } },
    ],
    traps: ['Ledgerly', 'Bastian', 'Priya', 'Quinn', '🌿'],
  },
  {
    name: 'X likes list: each person with the bio shown under them',
    fixture: 'social/x-likes.html',
    url: `${POST_X}/likes`,
    expected: [
      {
        fullName: 'Tamsin Reyes',
        bio: 'Ops lead at Kelpwood. Spreadsheets, but kind.',
        title: 'Ops lead',
        company: 'Kelpwood',
        engagement: { action: 'liked', url: POST_X },
      },
      {
        fullName: 'Juno Park',
        bio: 'Product designer.',
        socialUrl: 'https://x.com/juno_park',
        engagement: { action: 'liked', url: POST_X },
      },
    ],
    traps: ['Quinn', 'Follow'],
  },
  {
    name: 'GitHub user: @org resolved to the organisation’s name, public email, website and social accounts',
    fixture: 'social/github-user.html',
    url: 'https://github.com/adaquenby',
    expected: [
      {
        source: 'github',
        fullName: 'Ada Quenby',
        company: 'Fernhollow Labs',
        location: 'Leeds, UK',
        email: 'ada@quenby.example',
        websiteUrl: 'https://quenby.example/',
        linkedinUrl: 'https://www.linkedin.com/in/ada-quenby/',
        socialUrl: 'https://github.com/adaquenby',
        socialHandle: 'adaquenby',
        profiles: ['https://x.com/adaquenby', 'https://hachyderm.example/@adaq'],
      },
    ],
    traps: ['Quinn', 'viewer-quinn', 'Tobias', 'Helena', 'rustacean', '🦀'],
  },
  {
    name: 'GitHub organisation: a company draft, never its members',
    fixture: 'social/github-org.html',
    url: 'https://github.com/fernhollow-labs',
    expected: [
      {
        source: 'github',
        kind: 'company',
        company: 'Fernhollow Labs',
        websiteUrl: 'https://fernhollow.example/',
        companyDomain: 'fernhollow.example',
        headquarters: 'Bristol, United Kingdom',
        email: 'hello@fernhollow.example',
        socialUrl: 'https://github.com/fernhollow-labs',
      },
    ],
    traps: ['Ada', 'Tobias', 'Quinn', 'fullName'],
  },
  {
    name: 'Facebook Page: company with category, unwrapped website, and the contact lines the Intro shows',
    fixture: 'social/facebook-page.html',
    url: 'https://www.facebook.com/fernhollowbakehouse/?ref=page_internal',
    expected: [
      {
        source: 'facebook',
        kind: 'company',
        company: 'Fernhollow Bakehouse',
        industry: 'Bakery',
        websiteUrl: 'https://fernhollowbakehouse.example/',
        companyDomain: 'fernhollowbakehouse.example',
        email: 'orders@fernhollowbakehouse.example',
        phone: '0117 496 0321',
        headquarters: '14 Quarry Lane, Bristol, United Kingdom, BS1 4PQ',
        socialUrl: 'https://www.facebook.com/fernhollowbakehouse',
        profiles: ['https://www.instagram.com/fernhollowbakehouse/'],
      },
    ],
    traps: ['Quinn', 'quinn.ashdown', 'mailbox.example', 'Kelpwood', 'fbclid', 'utm_', 'l.facebook.com', 'Verified', 'Rating', 'fullName'],
  },
  {
    name: 'Facebook post: author, commenters and repliers in page order, each once',
    fixture: 'social/facebook-post.html',
    url: FB_POST,
    expected: [
      {
        fullName: 'Fernhollow Bakehouse',
        socialUrl: 'https://www.facebook.com/fernhollowbakehouse',
        engagement: { action: 'posted', url: FB_POST },
      },
      {
        fullName: 'Lena Brightwater',
        socialUrl: 'https://www.facebook.com/lena.brightwater',
        engagement: { action: 'commented', url: FB_POST },
      },
      { fullName: 'Marek Dvořák', socialUrl: 'https://www.facebook.com/profile.php?id=100089234561' },
      { fullName: 'Sunniva Holt', socialUrl: 'https://www.facebook.com/sunniva.holt.77' },
    ],
    traps: ['Quinn', 'Crumb', 'comment_id', '__cft__'],
  },
  {
    name: 'Instagram business: the URL’s user in the preloader (not the viewer’s), links unwrapped, contacts only where shown',
    fixture: 'social/instagram-business.html',
    url: 'https://www.instagram.com/fernhollowbakehouse/',
    expected: [
      {
        source: 'instagram',
        kind: 'company',
        company: 'Fernhollow Bakehouse',
        industry: 'Bakery',
        websiteUrl: 'https://fernhollowbakehouse.example/shop',
        companyDomain: 'fernhollowbakehouse.example',
        headquarters: '14 Quarry Lane, Bristol, United Kingdom, BS1 4PQ',
        socialUrl: 'https://www.instagram.com/fernhollowbakehouse/',
        socialHandle: '@fernhollowbakehouse',
      },
    ],
    // The business email and phone are in the preloader but the page does not show them.
    traps: ['Quinn', 'quinn', 'orders@', '496', 'Kelpwood', 'Lena', 'utm_', 'l.instagram.com', '🥐'],
  },
  {
    name: 'Instagram creator: a person, decorations dropped, other profiles kept',
    fixture: 'social/instagram-creator.html',
    url: 'https://www.instagram.com/Juno.Makes/',
    expected: [
      {
        source: 'instagram',
        fullName: 'Juno Park',
        industry: 'Artist',
        bio: 'Ceramicist & product designer. Commissions open.',
        websiteUrl: 'https://junopark.example/',
        socialUrl: 'https://www.instagram.com/juno.makes/',
        profiles: ['https://www.youtube.com/@JunoMakes'],
      },
    ],
    traps: ['Quinn', 'studio@', 'igsh', 'Seoul', 'ceramics"'],
  },
  {
    name: 'Instagram post: author then commenters by username; mentions, likes line and "More posts" left out',
    fixture: 'social/instagram-post.html',
    url: IG_POST,
    expected: [
      {
        fullName: 'fernhollowbakehouse',
        socialUrl: 'https://www.instagram.com/fernhollowbakehouse/',
        engagement: { action: 'posted', url: IG_POST },
      },
      {
        fullName: 'lena.brightwater',
        socialUrl: 'https://www.instagram.com/lena.brightwater/',
        engagement: { action: 'commented', url: IG_POST },
      },
      { fullName: 'marek_dvorak', socialUrl: 'https://www.instagram.com/marek_dvorak/' },
    ],
    traps: ['quinn', 'sunniva', 'Rhubarb', 'explore'],
  },
  {
    name: 'YouTube channel About: links unwrapped from the redirect, country, no gated email',
    fixture: 'social/youtube-channel.html',
    url: 'https://www.youtube.com/@FernhollowBakes/about',
    expected: [
      {
        source: 'youtube',
        fullName: 'Fernhollow Bakehouse',
        location: 'United Kingdom',
        websiteUrl: 'https://fernhollowbakehouse.example/',
        socialUrl: 'https://www.youtube.com/@FernhollowBakes',
        socialHandle: '@FernhollowBakes',
        profiles: ['https://www.instagram.com/fernhollowbakehouse/'],
      },
    ],
    traps: ['Quinn', 'Kelpwood', 'redirect', 'utm_', '"email"', 'View email'],
  },
  {
    name: 'YouTube channel by id: the handle URL from the page data',
    fixture: 'social/youtube-channel.html',
    url: 'https://www.youtube.com/channel/UCfernHoLLowBaKe00000001',
    expected: [{ fullName: 'Fernhollow Bakehouse', socialUrl: 'https://www.youtube.com/@FernhollowBakes', location: 'United Kingdom' }],
    traps: ['Quinn', 'Kelpwood'],
  },
  {
    name: 'YouTube video: the channel, then commenters; recommendations and ads left out',
    fixture: 'social/youtube-watch.html',
    url: 'https://www.youtube.com/watch?v=kN0tS3abc12&t=42s',
    expected: [
      {
        fullName: 'Fernhollow Bakehouse',
        socialUrl: 'https://www.youtube.com/@FernhollowBakes',
        engagement: { action: 'posted', url: 'https://www.youtube.com/watch?v=kN0tS3abc12' },
      },
      {
        fullName: 'LenaBrightwater',
        socialUrl: 'https://www.youtube.com/@LenaBrightwater',
        engagement: { action: 'commented', url: 'https://www.youtube.com/watch?v=kN0tS3abc12' },
      },
      { fullName: 'marek.dvorak', socialUrl: 'https://www.youtube.com/@marek.dvorak' },
    ],
    traps: ['Quinn', 'Rye', 'Ledgerly'],
  },
  {
    name: 'Bluesky profile: header only (the head is the first profile loaded), links from the bio',
    fixture: 'social/bluesky-profile.html',
    url: 'https://bsky.app/profile/odile.marchetti.example',
    expected: [
      {
        source: 'bluesky',
        fullName: 'Odile Marchetti',
        title: 'Director of Partnerships',
        company: 'Tidewater Freight',
        websiteUrl: 'https://odile.example/',
        linkedinUrl: 'https://www.linkedin.com/in/odile-marchetti/',
        socialUrl: 'https://bsky.app/profile/odile.marchetti.example',
        socialHandle: '@odile.marchetti.example',
      },
    ],
    traps: ['Quinn', 'Bastian', 'Priya', 'contrarian', '🌊'],
  },
  {
    name: 'Bluesky thread: author then repliers',
    fixture: 'social/bluesky-thread.html',
    url: 'https://bsky.app/profile/odile.marchetti.example/post/3lbcxyz',
    expected: [
      {
        fullName: 'Odile Marchetti',
        engagement: { action: 'posted', url: 'https://bsky.app/profile/odile.marchetti.example/post/3lbcxyz' },
      },
      {
        fullName: 'Sunniva Holt',
        socialUrl: 'https://bsky.app/profile/sunniva.holt.example',
        engagement: { action: 'replied', url: 'https://bsky.app/profile/odile.marchetti.example/post/3lbcxyz' },
      },
    ],
    traps: ['Quinn'],
  },
  {
    name: 'Mastodon profile on any server: verified links only, the viewer’s account in the state ignored',
    fixture: 'social/mastodon-profile.html',
    url: 'https://fosstodon.example/@tomasz',
    expected: [
      {
        source: 'mastodon',
        fullName: 'Tomasz Wierzba',
        title: 'Engineering manager',
        company: 'Kelpwood',
        websiteUrl: 'https://wierzba.example/',
        socialUrl: 'https://fosstodon.example/@tomasz',
        socialHandle: '@tomasz@fosstodon.example',
        profiles: ['https://github.com/twierzba'],
      },
    ],
    traps: ['Quinn', 'quinn.example', 'not-verified', 'Bastian', 'blobcat'],
  },
  {
    name: 'Mastodon post: author then repliers; the post it answers, mentions, the viewer and suggestions left out',
    fixture: 'social/mastodon-post.html',
    url: 'https://fosstodon.example/@odile/113200000000000042',
    expected: [
      {
        source: 'mastodon',
        fullName: 'Odile Marchetti',
        socialUrl: 'https://fosstodon.example/@odile',
        socialHandle: '@odile@fosstodon.example',
        engagement: { action: 'posted', url: 'https://fosstodon.example/@odile/113200000000000042' },
      },
      {
        fullName: 'Sunniva Holt',
        socialUrl: 'https://fosstodon.example/@sunniva',
        socialHandle: '@sunniva@fosstodon.example',
        engagement: { action: 'replied', url: 'https://fosstodon.example/@odile/113200000000000042' },
      },
      {
        fullName: 'Marek Dvořák',
        socialUrl: 'https://mastodon.example/@marek',
        socialHandle: '@marek@mastodon.example',
        engagement: { action: 'replied', url: 'https://fosstodon.example/@odile/113200000000000042' },
      },
      { fullName: 'dataroutes', socialUrl: 'https://fosstodon.example/@dataroutes' },
    ],
    traps: ['Hallvard', 'tidewater.social', 'bastien', 'Quinn', 'Priya', 'sailboat'],
  },
  {
    name: 'Mastodon “Boosted by”: the accounts listed, never the viewer or a suggestion',
    fixture: 'social/mastodon-boosts.html',
    url: 'https://fosstodon.example/@odile/113200000000000042/reblogs',
    expected: [
      {
        fullName: 'Sunniva Holt',
        socialUrl: 'https://fosstodon.example/@sunniva',
        engagement: { action: 'reposted', url: 'https://fosstodon.example/@odile/113200000000000042' },
      },
      {
        fullName: 'Ilse Nordahl',
        socialUrl: 'https://norden.example/@ilse',
        socialHandle: '@ilse@norden.example',
        engagement: { action: 'reposted', url: 'https://fosstodon.example/@odile/113200000000000042' },
      },
    ],
    traps: ['Quinn', 'Priya'],
  },
  {
    name: 'LinkedIn post: author and commenters with their headlines; company comments and the viewer left out',
    fixture: 'social/linkedin-post.html',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:7266000000000000123/?commentUrn=x',
    expected: [
      {
        source: 'linkedin',
        fullName: 'Imogen Thackeray',
        linkedinUrl: 'https://www.linkedin.com/in/imogen-thackeray/',
        title: 'VP Marketing',
        company: 'Fernhollow',
        engagement: { action: 'posted', url: LI_POST },
      },
      {
        fullName: 'Callum Frey',
        bio: 'Sales Development Lead at Kelpwood',
        title: 'Sales Development Lead',
        company: 'Kelpwood',
        engagement: { action: 'commented', url: LI_POST },
      },
      { fullName: 'Noor Haddad', bio: 'Account Executive · SaaS · Bristol', linkedinUrl: 'https://www.linkedin.com/in/noor-haddad/' },
    ],
    traps: ['Quinn', 'Tidewater', 'Bastien', 'View Imogen'],
  },
];

describe('social network extractors', () => {
  it.each(CASES)('$name', ({ fixture, url, expected, traps }) => {
    const drafts = extractProspects(loadFixture(fixture), url);
    expect(drafts).toHaveLength(expected.length);
    drafts.forEach((draft, index) => expect(draft).toMatchObject(expected[index]!));
    for (const draft of drafts) expect(ProspectDraftSchema.safeParse(draft).success).toBe(true);
    const captured = JSON.stringify(drafts.map(({ sourceUrl: _page, engagement: _post, ...fields }) => fields));
    for (const trap of traps) expect(captured).not.toContain(trap);
  });

  it.each([
    ['social/x-profile.html', 'https://x.com/devokonkwo'],
    ['social/bluesky-profile.html', 'https://bsky.app/profile/bastian.bsky.social'],
    ['social/github-user.html', 'https://github.com/tobias-renn'],
    ['social/youtube-channel.html', 'https://www.youtube.com/@RyeAndShine'],
    ['social/mastodon-profile.html', 'https://fosstodon.example/@bastian'],
  ])('%s read at %s (the page still shows the previous profile) gives nobody', (fixture, url) => {
    expect(extractProspects(loadFixture(fixture), url)).toEqual([]);
  });

  it('reads a page with /@user addresses that is not Mastodon as any page', () => {
    const doc = parseHtml(
      '<html><head><script type="application/ld+json">{"@type":"Person","name":"Rafa Ilunga","jobTitle":"Writer"}</script></head><body><h1>Rafa</h1></body></html>',
    );
    expect(extractProspects(doc, 'https://medium.example/@rafa')).toMatchObject([{ source: 'web', fullName: 'Rafa Ilunga' }]);
  });
});

describe('social helpers', () => {
  it.each([
    ['https://twitter.com/WrenCalloway/with_replies', 'https://x.com/wrencalloway'],
    ['x.com/@Tamsin_Reyes', 'https://x.com/tamsin_reyes'],
    ['https://x.com/home', undefined],
    ['https://github.com/orgs/fernhollow-labs/people', 'https://github.com/fernhollow-labs'],
    ['https://github.com/settings/profile', undefined],
    ['https://m.facebook.com/lena.brightwater?comment_id=1', 'https://www.facebook.com/lena.brightwater'],
    ['https://www.facebook.com/profile.php?id=100089234561&sk=about', 'https://www.facebook.com/profile.php?id=100089234561'],
    ['https://www.facebook.com/groups/123', undefined],
    ['https://instagram.com/Juno.Makes', 'https://www.instagram.com/juno.makes/'],
    ['https://www.instagram.com/p/C9xYz12AbCd/', undefined],
    ['https://m.youtube.com/@FernhollowBakes/videos', 'https://www.youtube.com/@FernhollowBakes'],
    ['https://www.youtube.com/channel/UCfernHoLLowBaKe00000001/about', 'https://www.youtube.com/channel/UCfernHoLLowBaKe00000001'],
    ['https://bsky.app/profile/Odile.Marchetti.example/post/3l', 'https://bsky.app/profile/odile.marchetti.example'],
    ['https://hachyderm.example/@adaq@fosstodon.example', 'https://fosstodon.example/@adaq'],
    ['https://medium.com/@rafa', undefined],
  ])('normalises %s to %s', (input, expected) => {
    expect(normaliseSocialUrl(input)).toBe(expected);
  });

  it.each([
    ['https://l.facebook.com/l.php?u=https%3A%2F%2Fa.example%2F%3Ffbclid%3DIw1%26x%3D1&h=AT', 'https://a.example/?x=1'],
    ['https://l.instagram.com/?u=https%3A%2F%2Fa.example%2Fshop%3Futm_source%3Dig&e=AT', 'https://a.example/shop'],
    ['https://www.youtube.com/redirect?event=c&q=https%3A%2F%2Fa.example%2F&v=1', 'https://a.example/'],
    ['https://t.co/Qw3rTy9zXc', undefined],
    ['https://l.facebook.com/l.php?u=javascript%3Aalert(1)', undefined],
  ])('unwraps %s to %s', (input, expected) => {
    expect(unwrapLink(input)).toBe(expected);
  });

  it.each([
    ['Head of Growth at Fernhollow | coffee', { title: 'Head of Growth', company: 'Fernhollow' }],
    ['VP Sales @fernhollow', { title: 'VP Sales', company: 'Fernhollow' }],
    ['Founder & CEO at Kelpwood Coffee. Dog person.', { title: 'Founder & CEO', company: 'Kelpwood Coffee' }],
    ['Living at the coast with two cats', {}],
    ['Staff engineer at home on weekends', {}],
  ])('reads role and company from “%s”', (bio, expected) => {
    expect(roleFromBio(bio)).toEqual(expected);
  });

  it.each([
    ['Wren Calloway 🚀✨', 'Wren Calloway'],
    ['Dev Okonkwo | Building in public', 'Dev Okonkwo'],
    ['𝐌𝐚𝐫𝐚 𝐒𝐨𝐥𝐞𝐫', 'Mara Soler'],
    ['Sam Ortiz (they/them)', 'Sam Ortiz'],
    ['🌿🌿', undefined],
  ])('cleans the display name %s', (input, expected) => {
    expect(displayName(input)).toBe(expected);
  });
});
