import type { ProspectDraft } from '../model';
import { domainOf, textOf, titleWithoutSiteName } from './clean';
import { DraftBuilder, type Strategy } from './draft';
import { identityFromLinks, slugIn } from './linkedin-profile';
import type { SiteExtractor } from './site';

/** What the strategies read from: the page, the About section's term → value pairs, the top card's facts. */
interface CompanyPage {
  doc: Document;
  about: Map<string, Element>;
  facts: string[];
}

const WEBSITE: Strategy<CompanyPage>[] = [
  [
    'About section',
    (c) => unwrapRedirect(c.about.get('website')?.querySelector('a')?.getAttribute('href') ?? textOf(c.about.get('website'))),
  ],
  [
    'company top card',
    (c) =>
      unwrapRedirect(
        c.doc
          .querySelector('.org-top-card-primary-actions__inner a[href^="http"]:not([href*="linkedin.com/company"])')
          ?.getAttribute('href'),
      ),
  ],
];

const NAME: Strategy<CompanyPage>[] = [
  ['company top card', (c) => c.doc.querySelector('.org-top-card-summary__title[title]')?.getAttribute('title')],
  ['page heading', (c) => textOf(c.doc.querySelector('main h1'))],
  ['document title', (c) => titleWithoutSiteName(c.doc.title, 'LinkedIn')?.replace(/:\s*(About|People|Posts|Jobs|Life|Overview)$/i, '')],
];

// The top card's facts come in varying order: classify each by what it says.
const isSize = (fact: string) => /employees/i.test(fact);
const isFollowers = (fact: string) => /followers|connections/i.test(fact);
const isPlace = (fact: string) => fact.includes(',');

const INDUSTRY: Strategy<CompanyPage>[] = [
  ['About section', (c) => textOf(c.about.get('industry'))],
  ['company top card', (c) => c.facts.find((fact) => !isSize(fact) && !isFollowers(fact) && !isPlace(fact))],
];

const SIZE: Strategy<CompanyPage>[] = [
  ['About section', (c) => textOf(c.about.get('company size'))],
  ['company top card', (c) => c.facts.find(isSize)],
];

const HEADQUARTERS: Strategy<CompanyPage>[] = [
  ['About section', (c) => textOf(c.about.get('headquarters'))],
  ['company top card', (c) => c.facts.find((fact) => isPlace(fact) && !isSize(fact) && !isFollowers(fact))],
];

/** LinkedIn wraps outside links as `/redir/redirect?url=…`: the company's site is the `url` parameter. */
function unwrapRedirect(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, 'https://www.linkedin.com/');
    if (url.hostname.endsWith('linkedin.com')) return url.searchParams.get('url') ?? undefined;
    return url.href;
  } catch {
    return /^[\w.-]+\.[a-z]{2,}(\/\S*)?$/i.test(href) ? `https://${href}` : undefined;
  }
}

/** The About section's `dt` → following `dd` pairs, keyed by lower-cased term; the first `dd` only. */
function aboutPairs(doc: Document): Map<string, Element> {
  const pairs = new Map<string, Element>();
  for (const term of doc.querySelectorAll('main dl dt')) {
    const key = textOf(term)?.toLowerCase();
    const value = term.nextElementSibling;
    if (key && value?.tagName === 'DD' && !pairs.has(key)) pairs.set(key, value);
  }
  return pairs;
}

const COMPANY_SLUG = /\/company\/([^/?#]+)/;

/** A LinkedIn company page (`/company/<slug>/…`): the company, as a draft without a person. */
export const linkedinCompany: SiteExtractor = {
  id: 'linkedin-company',
  matches: (url) => url.pathname.startsWith('/company/'),
  extract(doc, url): ProspectDraft[] {
    const page: CompanyPage = {
      doc,
      about: aboutPairs(doc),
      facts: [...doc.querySelectorAll('main .org-top-card-summary-info-list__info-item')].map((item) => textOf(item) ?? ''),
    };
    const draft = new DraftBuilder('linkedin', url.href)
      .first('company', page, NAME)
      .first('websiteUrl', page, WEBSITE)
      .first('industry', page, INDUSTRY)
      .first('companySize', page, SIZE)
      .first('headquarters', page, HEADQUARTERS);
    draft.set('companyLinkedinUrl', url.href, 'page address');
    draft.set('companyDomain', domainOf(draft.get('websiteUrl')), 'company website');
    return draft.get('company') ? [draft.build()] : [];
  },
  // The page's own tabs (Home, About, People) link to its slug.
  identity: (doc, url) => identityFromLinks(doc, slugIn(url.pathname, COMPANY_SLUG), 'main nav a[href*="/company/"]', COMPANY_SLUG),
};
