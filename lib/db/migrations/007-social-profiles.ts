import { identityKeys, normaliseSocialUrl } from '../../keys';
import { rewriteEach } from './rewrite-each';
import type { Migration } from './types';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/**
 * Version 7: a lead holds every social profile it is known by (`socialUrls`, normalised profile URLs),
 * each an identity key (`social:`), and a personal website is one too (`web:`). A website typed
 * before that is in fact a profile (an X or GitHub address in the Website field) becomes a social
 * profile; every lead's identity keys are recomputed so older leads are found by their new keys.
 */
export const socialProfiles: Migration = {
  version: 7,
  name: 'social profiles',
  up(_db, tx) {
    return rewriteEach(tx.objectStore('leads'), (lead) => {
      const website = text(lead.websiteUrl);
      const fromWebsite = normaliseSocialUrl(website);
      const socialUrls = [...new Set([...strings(lead.socialUrls), ...(fromWebsite ? [fromWebsite] : [])])];
      // Absent means none (the schema's default): records without a profile keep their shape.
      const next = socialUrls.length ? { ...lead, socialUrls } : lead;
      return {
        ...next,
        identity: identityKeys({
          emails: strings(lead.emails),
          linkedinUrl: text(lead.linkedinUrl),
          salesNavId: text(lead.salesNavId),
          fullName: text(lead.fullName),
          company: text(lead.company),
          // Version 7 stored addresses; identity keys read them as profiles.
          socialProfiles: socialUrls.map((url) => ({ url })),
          websiteUrl: website,
          companyDomain: text(lead.companyDomain),
        }),
      };
    });
  },
};
