import { linkedinCompany } from './linkedin-company';
import { linkedinPost } from './linkedin-post';
import { linkedinProfile } from './linkedin-profile';
import { linkedinOther, linkedinPeopleSearch } from './linkedin-search';
import { salesNavigatorLead, salesNavigatorList } from './sales-navigator';
import type { SiteExtractor } from './site';

const onLinkedin = (site: SiteExtractor): SiteExtractor => ({
  ...site,
  matches: (url) => /(^|\.)linkedin\.com$/.test(url.hostname) && site.matches(url),
});

/**
 * Every LinkedIn page kind, most specific first; the last entry claims the rest of LinkedIn (the feed,
 * messaging) so no generic reading happens there. The LinkedIn content script imports only this list.
 */
export const LINKEDIN_SITES: readonly SiteExtractor[] = [
  linkedinProfile,
  linkedinCompany,
  salesNavigatorLead,
  salesNavigatorList,
  linkedinPeopleSearch,
  linkedinPost,
  linkedinOther,
].map(onLinkedin);
