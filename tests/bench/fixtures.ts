/** Fixture pages the benchmarks read: [file under tests/fixtures, the URL it is served at]. */
export const FIXTURES: ReadonlyArray<readonly [string, string]> = [
  ['linkedin/profile-classic.html', 'https://www.linkedin.com/in/ingrid-solvang-adeyemi-7a1/'],
  ['linkedin/profile-sdui.html', 'https://www.linkedin.com/in/tomas-okafor-lindgren/'],
  ['linkedin/profile-stale-embedded.html', 'https://www.linkedin.com/in/priya-raghunathan/'],
  ['linkedin/company-about.html', 'https://www.linkedin.com/company/northwind-robotics/about/'],
  ['linkedin/sales-navigator-lead.html', 'https://www.linkedin.com/sales/lead/ACwAAAB3xYzABCDEF,NAME_SEARCH,x7Qp'],
  ['linkedin/sales-navigator-search.html', 'https://www.linkedin.com/sales/search/people?query=procurement'],
  ['linkedin/people-search.html', 'https://www.linkedin.com/search/results/people/?keywords=logistics'],
  ['linkedin/feed.html', 'https://www.linkedin.com/feed/'],
  ['generic/team-page-jsonld.html', 'https://www.harborlight-media.example/about/team'],
  ['generic/personal-site-hcard.html', 'https://juniper-achterberg.example/'],
  ['generic/staff-directory-mailto.html', 'https://www.pickwise.example/contact'],
  ['gmail/thread.html', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKWbZrTqLvPzHcJdNmSxRtBwD'],
  ['gmail/compose.html', 'https://mail.google.com/mail/u/0/#inbox?compose=new'],
  ['outlook/reading-pane.html', 'https://outlook.office.com/mail/inbox/id/AAQkAGI2TGuLTAAQAM1%3D'],
  ['social/x-profile.html', 'https://x.com/WrenCalloway'],
  ['social/x-post.html', 'https://x.com/fernhollow/status/1865999999999999999'],
  ['social/github-user.html', 'https://github.com/adaquenby'],
  ['social/github-org.html', 'https://github.com/fernhollow-labs'],
  ['social/facebook-page.html', 'https://www.facebook.com/fernhollowbakehouse'],
  ['social/facebook-post.html', 'https://www.facebook.com/fernhollowbakehouse/posts/pfbid02abcXYZ'],
  ['social/instagram-business.html', 'https://www.instagram.com/fernhollowbakehouse/'],
  ['social/instagram-post.html', 'https://www.instagram.com/p/C9xYz12AbCd/'],
  ['social/youtube-channel.html', 'https://www.youtube.com/@FernhollowBakes/about'],
  ['social/youtube-watch.html', 'https://www.youtube.com/watch?v=kN0tS3abc12'],
  ['social/bluesky-profile.html', 'https://bsky.app/profile/odile.marchetti.example'],
  ['social/mastodon-profile.html', 'https://fosstodon.example/@tomasz'],
  ['social/mastodon-post.html', 'https://fosstodon.example/@odile/113200000000000042'],
  ['social/linkedin-post.html', 'https://www.linkedin.com/feed/update/urn:li:activity:7266000000000000123/'],
];

/** Pages whose load time is compared with and without Leadline (one per content script). */
export const LOAD_FIXTURES: ReadonlyArray<readonly [string, string]> = [
  ['linkedin/profile-classic.html', 'https://www.linkedin.com/in/ingrid-solvang-adeyemi-7a1/'],
  ['gmail/thread.html', 'https://mail.google.com/mail/u/0/'],
  ['outlook/reading-pane.html', 'https://outlook.office.com/mail/inbox/id/AAQkAGI2TGuLTAAQAM1%3D'],
  ['social/x-profile.html', 'https://x.com/WrenCalloway'],
  ['social/x-post.html', 'https://x.com/fernhollow/status/1865999999999999999'],
  ['social/github-user.html', 'https://github.com/adaquenby'],
  ['social/github-org.html', 'https://github.com/fernhollow-labs'],
  ['social/facebook-page.html', 'https://www.facebook.com/fernhollowbakehouse'],
  ['social/facebook-post.html', 'https://www.facebook.com/fernhollowbakehouse/posts/pfbid02abcXYZ'],
  ['social/instagram-business.html', 'https://www.instagram.com/fernhollowbakehouse/'],
  ['social/instagram-post.html', 'https://www.instagram.com/p/C9xYz12AbCd/'],
  ['social/youtube-channel.html', 'https://www.youtube.com/@FernhollowBakes/about'],
  ['social/youtube-watch.html', 'https://www.youtube.com/watch?v=kN0tS3abc12'],
  ['social/bluesky-profile.html', 'https://bsky.app/profile/odile.marchetti.example'],
  ['social/mastodon-profile.html', 'https://fosstodon.example/@tomasz'],
  ['social/linkedin-post.html', 'https://www.linkedin.com/feed/update/urn:li:activity:7266000000000000123/'],
];

/** The page the side panel is measured beside. */
export const PANEL_FIXTURE = ['linkedin/profile-classic.html', 'https://www.linkedin.com/in/ingrid-solvang-adeyemi-7a1/'] as const;
