import { describe, expect, it } from 'vitest';
import { parseForWrite, writeTx } from '@/lib/db';
import { companyDomains, rebuildCompanyDomains } from '@/lib/db/company-domains';
import { createBackup } from '@/lib/io/backup';
import { checkBackup, parseBackupText, restoreBackup } from '@/lib/io/restore';
import { saveCompany } from '@/lib/companies';
import { saveLead, updateLead } from '@/lib/leads';
import { deleteLead } from '@/lib/leads/delete-lead';
import { companyDomainFor } from '@/lib/leads/likely-email';
import { freshDb } from '../db-helpers';

const T0 = Date.UTC(2026, 10, 20, 9);
const manual = { kind: 'manual' } as const;

describe('the domains known per company name, kept as leads and companies are written', () => {
  it('counts leads by domain, follows edits and deletes, and prefers a captured company page', async () => {
    const db = await freshDb();
    const save = (fullName: string, fields: Record<string, unknown>) =>
      saveLead(db, { patch: { fullName, ...fields }, origin: manual }, T0).then((saved) => saved.lead);
    await save('Ravi Lindqvist', { company: 'Fernhollow Ltd', emails: ['ravi.lindqvist@fernhollow.example'] });
    const noor = await save('Noor Abernathy', { company: 'fernhollow', companyDomain: 'https://www.fernhollow.example/about' });
    // A lead whose only address is webmail says nothing about the company's domain.
    await save('Pia Sorensen', { company: 'Fernhollow', emails: ['pia@gmail.com'] });
    const ines = await save('Ines Halloran', { company: 'Fernhollow', emails: ['ines@fernhollow-labs.example'] });
    expect(await companyDomains(db, 'FERNHOLLOW, Inc.')).toEqual({
      name: 'fernhollow',
      pages: {},
      leads: { 'fernhollow.example': 2, 'fernhollow-labs.example': 1 },
    });
    expect(await companyDomainFor(db, { company: 'Fernhollow' })).toEqual({
      domain: 'fernhollow.example',
      from: 'other leads of this company',
    });

    // Noor moves to another company; Ines's address is deleted with her lead.
    await updateLead(db, noor.id, { fields: { company: 'Marrowgate' } }, T0 + 1);
    await deleteLead(db, ines.id);
    expect((await companyDomains(db, 'Fernhollow'))?.leads).toEqual({ 'fernhollow.example': 1 });
    expect((await companyDomains(db, 'Marrowgate'))?.leads).toEqual({ 'fernhollow.example': 1 });

    // A captured company page names the domain, whatever the leads say; saving it gives its domain to
    // the company's leads that had none (Ravi, Pia), and they count for it from then on.
    await saveCompany(db, { name: 'Fernhollow', domain: 'fernhollow.co.example' }, { source: 'linkedin', at: T0 + 2 }, T0 + 2);
    expect(await companyDomainFor(db, { company: 'Fernhollow GmbH' })).toEqual({
      domain: 'fernhollow.co.example',
      from: 'captured company page',
    });
    expect(await companyDomainFor(db, { company: 'Nobody Known' })).toBeUndefined();

    // A write that throws leaves the counts as they were.
    await expect(
      writeTx(db, ['leads'], async (tx) => {
        await tx.objectStore('leads').put(
          parseForWrite('leads', {
            id: 'tmp',
            fullName: 'Bram Osei',
            company: 'Kelpwood',
            companyDomain: 'kelpwood.example',
            createdAt: T0,
            updatedAt: T0,
          }),
        );
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await companyDomains(db, 'Kelpwood')).toBeUndefined();

    // Restoring a backup replaces the stores, and the counts follow them.
    const backup = await createBackup(db, T0 + 3);
    await save('Bram Osei', { company: 'Kelpwood', companyDomain: 'kelpwood.example' });
    await restoreBackup(db, await checkBackup(parseBackupText(backup)), 'replace', T0 + 4);
    expect(await companyDomains(db, 'Kelpwood')).toBeUndefined();
    const kept = await companyDomains(db, 'Fernhollow');
    expect(kept).toEqual({
      name: 'fernhollow',
      pages: { 'fernhollow.co.example': 1 },
      leads: { 'fernhollow.example': 1, 'fernhollow.co.example': 2 },
    });
    // A rebuild from the stores gives what was kept on write.
    expect(await rebuildCompanyDomains(db)).toBe(2);
    expect(await companyDomains(db, 'Fernhollow')).toEqual(kept);
  });

  it('counts many leads of one company written in one transaction, and a company page written before a clear', async () => {
    const db = await freshDb();
    await writeTx(db, ['leads', 'companies'], async (tx) => {
      for (let i = 0; i < 30; i++)
        await tx.objectStore('leads').put(
          parseForWrite('leads', {
            id: `lead-${i}`,
            fullName: `Person ${i}`,
            company: 'Kelpwood',
            emails: [`person${i}@${i % 3 ? 'kelpwood.example' : 'kelpwood.co.example'}`],
            createdAt: T0,
            updatedAt: T0,
          }),
        );
      await tx
        .objectStore('companies')
        .put(parseForWrite('companies', { id: 'co-1', name: 'Kelpwood', domain: 'kelpwood.example', createdAt: T0, updatedAt: T0 }));
      // Emptying the leads store in the same transaction leaves the company page counted.
      await tx.objectStore('leads').clear();
      await tx.objectStore('leads').put(
        parseForWrite('leads', {
          id: 'lead-x',
          fullName: 'Bram Osei',
          company: 'Kelpwood',
          companyDomain: 'kelpwood.example',
          createdAt: T0,
          updatedAt: T0,
        }),
      );
    });
    expect(await companyDomains(db, 'Kelpwood')).toEqual({
      name: 'kelpwood',
      pages: { 'kelpwood.example': 1 },
      leads: { 'kelpwood.example': 1 },
    });
    await writeTx(db, ['leads'], async (tx) => {
      for (let i = 0; i < 30; i++)
        await tx.objectStore('leads').put(
          parseForWrite('leads', {
            id: `lead-${i}`,
            fullName: `Person ${i}`,
            company: 'Kelpwood',
            emails: [`person${i}@${i % 3 ? 'kelpwood.example' : 'kelpwood.co.example'}`],
            createdAt: T0,
            updatedAt: T0,
          }),
        );
    });
    expect((await companyDomains(db, 'Kelpwood'))?.leads).toEqual({ 'kelpwood.example': 21, 'kelpwood.co.example': 10 });
  });
});
