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
];

/** Pages whose load time is compared with and without Leadline (one per content script). */
export const LOAD_FIXTURES: ReadonlyArray<readonly [string, string]> = [
  ['linkedin/profile-classic.html', 'https://www.linkedin.com/in/ingrid-solvang-adeyemi-7a1/'],
  ['gmail/thread.html', 'https://mail.google.com/mail/u/0/'],
  ['outlook/reading-pane.html', 'https://outlook.office.com/mail/inbox/id/AAQkAGI2TGuLTAAQAM1%3D'],
];

/** The page the side panel is measured beside. */
export const PANEL_FIXTURE = ['linkedin/profile-classic.html', 'https://www.linkedin.com/in/ingrid-solvang-adeyemi-7a1/'] as const;
