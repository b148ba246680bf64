import { COMPANY_DOMAINS, CompanyDomainsBuilder } from '../company-domains';
import { eachRecord } from './rewrite-each';
import type { Migration } from './types';

/**
 * Version 14: the `companyDomains` store, the domains Leadline knows for each company name (its
 * captured company pages', its leads'), one record a name, built here from every lead and company
 * and kept on write from now on (lib/db/company-domains.ts), so finding a company's domain for a
 * likely-email guess reads one record instead of every company and a page of leads.
 */
export const companyDomains: Migration = {
  version: 14,
  name: 'company domains',
  async up(db, tx) {
    const records = db.createObjectStore(COMPANY_DOMAINS, { keyPath: 'name' });
    const builder = new CompanyDomainsBuilder();
    await eachRecord(tx.objectStore('leads'), (record) => builder.add('leads', record));
    await eachRecord(tx.objectStore('companies'), (record) => builder.add('companies', record));
    for (const record of builder.records.values()) records.put(record);
  },
};
