import { socialProfilesOf } from '../../keys';
import { DOMAIN_ADDRESSES, SummaryBuilder } from '../domain-addresses';
import { eachRecord, rewriteEach } from './rewrite-each';
import type { Migration } from './types';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** The lead as version 13 stores it: profiles with their network and handle, field names to match. */
function withProfiles(lead: Record<string, unknown>): Record<string, unknown> {
  const { socialUrls, ...rest } = lead;
  const next: Record<string, unknown> = rest;
  const profiles = socialProfilesOf(strings(socialUrls));
  if (profiles.length) next.socialProfiles = profiles;
  // Provenance and typed-field marks follow the field's new name.
  const provenance = lead.provenance;
  if (provenance && typeof provenance === 'object' && 'socialUrls' in provenance) {
    const { socialUrls: from, ...others } = provenance as Record<string, unknown>;
    next.provenance = { ...others, socialProfiles: from };
  }
  if (Array.isArray(lead.editedFields))
    next.editedFields = (lead.editedFields as unknown[]).map((field) => (field === 'socialUrls' ? 'socialProfiles' : field));
  return next;
}

/**
 * Version 13 (two changes in one upgrade):
 * - a lead stores each social profile as read, `{ network, url, handle }` (`socialProfiles`),
 *   where it stored only the normalised URL (`socialUrls`); the URL stays the identity key, so
 *   identity keys are unchanged;
 * - the `domainAddresses` store: the addresses Leadline holds at each domain, one record a domain,
 *   built here from every lead and seen address and kept on write from now on
 *   (lib/db/domain-addresses.ts), so a likely-email guess reads one record.
 */
export const socialNetworksAndDomainAddresses: Migration = {
  version: 13,
  name: 'social networks and domain addresses',
  async up(db, tx) {
    const summaries = db.createObjectStore(DOMAIN_ADDRESSES, { keyPath: 'domain' });
    const builder = new SummaryBuilder();
    await rewriteEach(tx.objectStore('leads'), (record) => {
      const lead = withProfiles(record);
      builder.add('leads', lead);
      return lead;
    });
    await eachRecord(tx.objectStore('emailEvidence'), (record) => builder.add('seen', record));
    for (const summary of builder.summaries.values()) summaries.put(summary);
  },
};
