import { socialProfileOf } from '../keys';
import type { ProspectDraft } from '../model';
import { cleanText, domainOf, textOf } from './clean';
import { DraftBuilder, type Strategy } from './draft';
import { displayName, socialProfiles } from './social';
import type { SiteExtractor } from './site';

/**
 * GitHub: a user's profile (its h-card with schema.org microdata) or an organisation's page (a
 * company). `meta[name=user-login]` and the header's avatar menu are the viewer: never read.
 */

interface GithubPage {
  doc: Document;
  url: URL;
  login: string;
  /** The profile's own card (the vcard column), not the header, the feed or the followers. */
  card: ParentNode;
}

const prop = (page: GithubPage, name: string) => page.card.querySelector(`[itemprop="${name}"]`);

/** An org mention as the name the page shows for it (its avatar link in "Organizations"), else its login. */
function orgName(page: GithubPage, login: string): string {
  for (const link of page.doc.querySelectorAll('a[data-hovercard-type="organization"]')) {
    if (!(link.getAttribute('href') ?? '').toLowerCase().endsWith(`/${login.toLowerCase()}`)) continue;
    for (const label of [link.getAttribute('aria-label'), link.getAttribute('title'), link.querySelector('img')?.getAttribute('alt')]) {
      const text = cleanText(label?.replace(/^@/, ''));
      if (text && text.toLowerCase() !== login.toLowerCase()) return text;
    }
  }
  return login;
}

const fullName: Strategy<GithubPage>[] = [
  ['profile card (microdata)', (page) => textOf(prop(page, 'name'))],
  ['profile card (h-card)', (page) => textOf(page.card.querySelector('.p-name, .vcard-fullname'))],
];

const company: Strategy<GithubPage>[] = [
  [
    'profile card (microdata)',
    (page) => {
      const works = prop(page, 'worksFor');
      const text = textOf(works?.querySelector('.p-org') ?? works);
      if (!text) return undefined;
      // "@fernhollow" is a mention of an organisation: its name when the page shows it.
      return text.replace(/@([A-Za-z0-9-]{1,39})/g, (_, login: string) => orgName(page, login));
    },
  ],
];

const location: Strategy<GithubPage>[] = [
  ['profile card (microdata)', (page) => textOf(prop(page, 'homeLocation')?.querySelector('.p-label') ?? prop(page, 'homeLocation'))],
];

const email: Strategy<GithubPage>[] = [
  [
    'profile card (microdata)',
    (page) => prop(page, 'email')?.querySelector('a[href^="mailto:" i]')?.getAttribute('href') ?? textOf(prop(page, 'email')),
  ],
];

const website: Strategy<GithubPage>[] = [
  ['profile card (microdata)', (page) => (prop(page, 'url')?.querySelector('a[href]') ?? prop(page, 'url'))?.getAttribute('href')],
];

function user(page: GithubPage): ProspectDraft[] {
  const draft = new DraftBuilder('github', page.url.href);
  for (const [strategy, read] of fullName) if (draft.set('fullName', displayName(read(page)), strategy)) break;
  // Without a display name, the login is what the person goes by.
  draft.set('fullName', page.login, 'login (no name shown)');
  draft.set('bio', textOf(page.card.querySelector('.user-profile-bio, .p-note'), 1000), 'profile card (h-card)');
  draft.first('company', page, company);
  draft.first('location', page, location);
  draft.first('email', page, email);
  draft.first('websiteUrl', page, website);
  draft.set('socialUrl', `https://github.com/${page.login}`, 'page address');
  draft.set('socialHandle', page.login, 'page address');
  const social = [...page.card.querySelectorAll('[itemprop="social"] a[href]')].map((link) => link.getAttribute('href'));
  for (const href of social) if (draft.set('linkedinUrl', href, 'social accounts')) break;
  draft.profiles(socialProfiles([draft.get('websiteUrl'), ...social]), social);
  return [draft.build()];
}

function organisation(page: GithubPage): ProspectDraft[] {
  const header =
    page.doc.querySelector('.orghead, [data-testid="org-header"], header.container-xl, main header') ??
    page.doc.querySelector('main') ??
    page.doc;
  const draft = new DraftBuilder('github', page.url.href).company();
  draft.set('company', textOf(header.querySelector('h1')), 'organisation header');
  const site = header.querySelector('[itemprop="url"]');
  draft.set(
    'websiteUrl',
    site?.getAttribute('href') ?? site?.querySelector('a')?.getAttribute('href') ?? textOf(site),
    'organisation header (microdata)',
  );
  draft.set('companyDomain', domainOf(draft.get('websiteUrl')), 'website');
  draft.set('headquarters', textOf(header.querySelector('[itemprop="location"]')), 'organisation header (microdata)');
  const mail = header.querySelector('[itemprop="email"]');
  draft.set(
    'email',
    mail?.getAttribute('href') ?? mail?.querySelector('a')?.getAttribute('href') ?? textOf(mail),
    'organisation header (microdata)',
  );
  draft.set('bio', textOf(header.querySelector('.color-fg-muted, [itemprop="description"]'), 1000), 'organisation header');
  draft.set('socialUrl', `https://github.com/${page.login}`, 'page address');
  draft.set('socialHandle', page.login, 'page address');
  return draft.get('company') ? [draft.build()] : [];
}

/** GitHub user and organisation pages (`github.com/<login>`, `github.com/orgs/<org>/…`). */
export const githubSite: SiteExtractor = {
  id: 'github',
  matches: (url) => url.hostname === 'github.com',
  extract(doc, url) {
    const parts = url.pathname.split('/').filter(Boolean);
    // A repository, an issue… (two or more segments) is not a profile, except an organisation's tabs.
    if (parts.length > 1 && parts[0] !== 'orgs') return [];
    const login = socialProfileOf(url.href)?.handle;
    if (!login) return [];
    const subject = doc.querySelector('meta[name="hovercard-subject-tag"]')?.getAttribute('content') ?? '';
    const isOrg = subject.startsWith('organization:') || parts[0] === 'orgs' || !!doc.querySelector('.orghead, [data-testid="org-header"]');
    if (isOrg) return organisation({ doc, url, login, card: doc });
    const card = doc.querySelector('.h-card, .js-profile-editable-area, [itemtype*="schema.org/Person"]');
    if (!card) return [];
    // The card's own login must be the URL's: after in-app navigation the previous profile lingers.
    const shown = textOf(card.querySelector('[itemprop="additionalName"], .p-nickname'));
    if (shown && shown.toLowerCase() !== login.toLowerCase()) return [];
    return user({ doc, url, login: shown ?? login, card });
  },
  // A user's card names its login: the previous profile's card, still on screen after in-app navigation, is stale.
  identity(doc, url) {
    const login = socialProfileOf(url.href)?.handle;
    const shown = textOf(doc.querySelector('.h-card [itemprop="additionalName"], .h-card .p-nickname, .vcard-names .p-nickname'));
    if (!login || !shown || url.pathname.split('/').filter(Boolean).length !== 1) return 'unknown';
    return shown.toLowerCase() === login.toLowerCase() ? 'match' : 'stale';
  },
};
