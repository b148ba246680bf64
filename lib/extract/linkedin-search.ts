import type { ProspectDraft } from '../model';
import { splitHeadline, textOf, undoubled } from './clean';
import { DraftBuilder } from './draft';
import type { SiteExtractor } from './site';

const CARD = 'search result card';

/** One result card: the profile link (its visible name), the headline line and the location line. */
function cardDraft(card: Element, url: URL): ProspectDraft | undefined {
  // Out-of-network "LinkedIn Member" cards link to a search, not to a profile: they name nobody.
  const link = card.querySelector('a[href*="/in/"]');
  if (!link) return undefined;
  const draft = new DraftBuilder('linkedin', url.href);
  draft.set('fullName', undoubled(textOf(link.querySelector('span[aria-hidden="true"]') ?? link)), CARD);
  if (!draft.get('fullName')) return undefined;
  const headline = textOf(card.querySelector('.entity-result__primary-subtitle') ?? card.querySelector('.t-14.t-black.t-normal'));
  const { title, company } = splitHeadline(headline);
  draft.set('title', title, 'headline');
  draft.set('company', company, 'headline');
  draft.set(
    'location',
    textOf(card.querySelector('.entity-result__secondary-subtitle') ?? card.querySelector('.t-14.t-normal:not(.t-black)')),
    CARD,
  );
  draft.set('linkedinUrl', new URL(link.getAttribute('href') ?? '', url).href, CARD);
  return draft.build();
}

/** LinkedIn people search results (`/search/results/people/`): one draft per person card. */
export const linkedinPeopleSearch: SiteExtractor = {
  id: 'linkedin-people-search',
  matches: (url) => url.pathname.startsWith('/search/results/people'),
  extract(doc, url) {
    // Cards are named by `data-view-name` in both layouts; older pages also by their list-item class.
    let cards = [...doc.querySelectorAll('main [data-view-name="search-entity-result-universal-template"]')];
    if (!cards.length) cards = [...doc.querySelectorAll('main li.reusable-search__result-container')];
    return cards.map((card) => cardDraft(card, url)).filter((draft): draft is ProspectDraft => draft !== undefined);
  },
};

/** Any other LinkedIn page (the feed, messaging, jobs): it describes nobody in particular. */
export const linkedinOther: SiteExtractor = {
  id: 'linkedin-other',
  matches: (url) => /(^|\.)linkedin\.com$/.test(url.hostname),
  extract: () => [],
  // Nothing to wait for: the page never names anyone.
  identity: () => 'match',
};
