import { salesNavIdFromUrl } from '../keys';
import type { ProspectDraft } from '../model';
import { splitHeadline, textOf } from './clean';
import { DraftBuilder, type Strategy } from './draft';
import type { SiteExtractor } from './site';

// Sales Navigator marks personal data with `data-anonymize` (for its own screenshots mode): the most
// stable hooks it has (docs/sites.md).
const anon = (scope: ParentNode, kind: string) => {
  for (const element of scope.querySelectorAll(`[data-anonymize="${kind}"]`)) {
    if (!element.closest('aside')) return textOf(element);
  }
  return undefined;
};

const title = (label: string): Strategy<ParentNode>[] => [
  [label, (scope) => anon(scope, 'title') ?? anon(scope, 'job-title')],
  ['headline', (scope) => splitHeadline(anon(scope, 'headline')).title],
];

const company = (label: string): Strategy<ParentNode>[] => [
  [label, (scope) => anon(scope, 'company-name')],
  ['headline', (scope) => splitHeadline(anon(scope, 'headline')).company],
];

/** The public profile link, when the page shows one (the lead id alone is not a public URL). */
const publicProfile = (scope: ParentNode) =>
  [...scope.querySelectorAll('a[href*="linkedin.com/in/"], a[href^="/in/"]')].find((link) => !link.closest('aside'))?.getAttribute('href');

/** One lead: on a lead page the page's main region, in a list one card; `label` names where the values were read. */
function leadDraft(scope: ParentNode, url: URL, leadHref: string | undefined, label: string): ProspectDraft | undefined {
  const draft = new DraftBuilder('sales-navigator', url.href);
  // A lead page's name is its h1; elsewhere (cards, "similar leads") names are spans.
  draft.set('fullName', textOf(scope.querySelector('h1[data-anonymize="person-name"]')) ?? anon(scope, 'person-name'), label);
  if (!draft.get('fullName') || /^linkedin member$/i.test(draft.get('fullName') ?? '')) return undefined;
  draft.first('title', scope, title(label)).first('company', scope, company(label));
  draft.set('location', anon(scope, 'location'), label);
  draft.set('salesNavId', salesNavIdFromUrl(leadHref), 'page address');
  const profile = publicProfile(scope);
  draft.set('linkedinUrl', profile && new URL(profile, url).href, 'public profile link');
  return draft.build();
}

/** A Sales Navigator lead page (`/sales/lead/<id>,…`): the lead, not the "similar leads" beside it. */
export const salesNavigatorLead: SiteExtractor = {
  id: 'sales-navigator-lead',
  matches: (url) => url.pathname.startsWith('/sales/lead/') || url.pathname.startsWith('/sales/people/'),
  extract(doc, url) {
    const draft = leadDraft(doc.querySelector('main') ?? doc, url, url.pathname, 'Sales Navigator lead card');
    return draft ? [draft] : [];
  },
};

/** Sales Navigator people search and lead lists: one draft per result card that names someone. */
export const salesNavigatorList: SiteExtractor = {
  id: 'sales-navigator-list',
  matches: (url) => /^\/sales\/(search\/people|lists\/people)/.test(url.pathname),
  extract(doc, url) {
    let cards = [...doc.querySelectorAll('[data-x-search-result="LEAD"]')];
    // Lead lists draw rows instead of cards: each row holds one lead link.
    if (!cards.length) cards = [...doc.querySelectorAll('main tr')].filter((row) => row.querySelector('a[href*="/sales/lead/"]'));
    return cards
      .map((card) =>
        leadDraft(card, url, card.querySelector('a[href*="/sales/lead/"]')?.getAttribute('href') ?? undefined, 'search result card'),
      )
      .filter((draft): draft is ProspectDraft => draft !== undefined);
  },
};
