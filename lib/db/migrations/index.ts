import { initial } from './001-initial';
import { companiesAndLookups } from './002-companies-and-lookups';
import { imports } from './003-imports';
import { campaignTouchIndexes } from './004-campaign-touch-indexes';
import { recencyIndex } from './005-recency-index';
import { emailStatus } from './006-email-status';
import { socialProfiles } from './007-social-profiles';
import { syncOutbox } from './008-sync-outbox';
import { members } from './009-members';
import { leanLeadIndexes } from './010-lean-lead-indexes';
import { phoneE164 } from './011-phone-e164';
import { phoneE164Backfill } from './012-phone-e164-backfill';
import { socialNetworksAndDomainAddresses } from './013-social-networks-and-domain-addresses';
import { companyDomains } from './014-company-domains';
import { phoneExtensions } from './015-phone-extensions';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every migration, oldest first; the last one's version is the database version. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  companiesAndLookups,
  imports,
  campaignTouchIndexes,
  recencyIndex,
  emailStatus,
  socialProfiles,
  syncOutbox,
  members,
  leanLeadIndexes,
  phoneE164,
  phoneE164Backfill,
  socialNetworksAndDomainAddresses,
  companyDomains,
  phoneExtensions,
];

/** The version the newest code expects. */
export const DB_VERSION = MIGRATIONS.length;
