import { describe, expect, it } from 'vitest';
import { leadAsStoredBefore11 } from '../db-helpers';
import { DB_VERSION, getLead, MIGRATIONS, openLeadlineDb, writeTx } from '@/lib/db';
import { companyDomains } from '@/lib/db/company-domains';
import { likelyEmailFor } from '@/lib/leads/likely-email';

const BEFORE = MIGRATIONS.findIndex((migration) => migration.name === 'company domains');
const T0 = Date.UTC(2026, 10, 3, 9);

// Leads exactly as version 13 stored them: profiles with network and handle, nothing per company.
const stored = (id: string, fields: Record<string, unknown>) =>
  leadAsStoredBefore11(id, T0, { phoneE164: [], capturedFrom: 'manual', socialProfiles: undefined, socialUrls: undefined, ...fields });

describe('migration 014 (company domains)', () => {
  it('builds the domains of each company name from the leads and companies already stored', async () => {
    expect(BEFORE).toBe(13);
    const name = 'upgrade-to-company-domains';
    const old = await openLeadlineDb({ name, migrations: MIGRATIONS.slice(0, BEFORE) });
    const people: Array<[string, string, string]> = [
      ['lead-ravi', 'Ravi Lindqvist', 'ravi.lindqvist@fernhollow.example'],
      ['lead-noor', 'Noor Abernathy', 'noor.abernathy@fernhollow.example'],
      ['lead-tomasz', 'Tomasz Wren', 'tomasz.wren@fernhollow.example'],
    ];
    // Written as version 13 wrote them: through writeTx, which kept each domain's address summary.
    await writeTx(old, ['leads'], async (tx) => {
      for (const [id, fullName, email] of people)
        await tx.store.put(stored(id, { fullName, company: 'Fernhollow Ltd', emails: [email], emailDomains: ['fernhollow.example'] }));
      // A lead at a webmail address.
      await tx.store.put(stored('lead-pia', { fullName: 'Pia Sorensen', company: 'Fernhollow', emails: ['pia@gmail.com'] }));
    });
    // A captured company page with only a website.
    await old.put('companies', {
      id: 'co-marrow',
      name: 'Marrowgate GmbH',
      websiteUrl: 'https://www.marrowgate.example/',
      createdAt: T0,
      updatedAt: T0,
    });
    await old.put('emailEvidence', {
      id: 'oona.vasquez@marrowgate.example',
      email: 'oona.vasquez@marrowgate.example',
      domain: 'marrowgate.example',
      fullName: 'Oona Vasquez',
      kind: 'page',
      source: 'web',
      url: 'https://marrowgate.example/team',
      at: T0,
      updatedAt: T0,
    } as never);
    old.close();

    const db = await openLeadlineDb({ name });
    expect(db.version).toBe(DB_VERSION);
    expect(await companyDomains(db, 'Fernhollow')).toEqual({ name: 'fernhollow', pages: {}, leads: { 'fernhollow.example': 3 } });
    expect(await companyDomains(db, 'Marrowgate')).toEqual({ name: 'marrowgate', pages: { 'marrowgate.example': 1 }, leads: {} });
    // The records themselves are untouched.
    expect((await getLead(db, 'lead-pia'))?.emails).toEqual(['pia@gmail.com']);
    // A guess for a new colleague finds the domain by the company's name alone.
    const view = await likelyEmailFor(db, { fullName: 'Maya Ortiz', company: 'Fernhollow' }, T0);
    expect(view.found).toEqual({ domain: 'fernhollow.example', from: 'other leads of this company' });
    expect(view.guess?.email).toBe('maya.ortiz@fernhollow.example');
    expect((await likelyEmailFor(db, { fullName: 'Lena Brandt', company: 'Marrowgate' }, T0)).found).toEqual({
      domain: 'marrowgate.example',
      from: 'captured company page',
    });
    db.close();
  });
});
