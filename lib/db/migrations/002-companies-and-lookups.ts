import { identityKeys, searchTokens } from '../../keys';
import { rewriteEach } from './rewrite-each';
import type { Migration } from './types';

/**
 * Version 2: a companies store (LinkedIn company capture), lookup indexes the capture and search
 * paths need (`identity`, `search` on leads; reverse indexes on tasks, activities, enrollments), and
 * the derived keys computed for every lead already stored.
 *
 * The derivation is imported rather than copied on purpose: lookups use today's derivation, so the
 * stored keys must match it. If the derivation ever changes, a new migration re-derives them.
 */
export const companiesAndLookups: Migration = {
  version: 2,
  name: 'companies store and lookup indexes',
  up(db, tx) {
    const companies = db.createObjectStore('companies', { keyPath: 'id' });
    companies.createIndex('domain', 'domain');
    companies.createIndex('linkedinUrl', 'linkedinUrl');

    tx.objectStore('campaigns').createIndex('utmCampaign', 'utmCampaign');
    tx.objectStore('enrollments').createIndex('sequenceId', 'sequenceId');
    tx.objectStore('tasks').createIndex('leadId', 'leadId');
    tx.objectStore('activities').createIndex('at', 'at');

    const leads = tx.objectStore('leads');
    leads.createIndex('identity', 'identity', { multiEntry: true });
    leads.createIndex('search', 'search', { multiEntry: true });

    return rewriteEach(leads, (lead) => {
      const emails = Array.isArray(lead.emails) ? lead.emails.filter((e): e is string => typeof e === 'string') : [];
      const text = (key: string) => (typeof lead[key] === 'string' ? lead[key] : undefined);
      const fields = {
        emails,
        linkedinUrl: text('linkedinUrl'),
        salesNavId: text('salesNavId'),
        fullName: text('fullName'),
        company: text('company'),
      };
      return { ...lead, identity: identityKeys(fields), search: searchTokens(fields) };
    });
  },
};
