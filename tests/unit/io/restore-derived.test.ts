import { describe, expect, it } from 'vitest';
import { companyDomains, getLead } from '@/lib/db';
import { knownAddressesAt } from '@/lib/leads/likely-email';
import { createBackup } from '@/lib/io/backup';
import { checkBackup, parseBackupText, restoreBackup } from '@/lib/io/restore';
import { saveLead, updateLead } from '@/lib/leads';
import { freshDb } from '../db-helpers';

const T0 = Date.UTC(2026, 10, 21, 8);
const manual = { kind: 'manual' } as const;
type Db = Awaited<ReturnType<typeof freshDb>>;
// The order within a summary follows the order of writes: compared as sets.
const emails = async (db: Db, domain: string) => (await knownAddressesAt(db, domain)).map((known) => known.email).sort();
const restore = async (db: Db, text: string, mode: 'replace' | 'merge', at: number) =>
  restoreBackup(db, await checkBackup(parseBackupText(text)), mode, at);

describe('restore keeps the addresses per domain and the domains per company', () => {
  it('a merge replaces an older copy of a lead: its old addresses and company leave the summaries', async () => {
    // One profile, backed up before and after Tamsin moved from Quillmere to Brackenford.
    const source = await freshDb();
    const { lead: tamsin } = await saveLead(
      source,
      { patch: { fullName: 'Tamsin Achterberg', emails: ['tamsin@quillmere.example'], company: 'Quillmere' }, origin: manual },
      T0,
    );
    const before = await createBackup(source, T0);
    await updateLead(source, tamsin.id, { fields: { emails: ['t.achterberg@brackenford.example'], company: 'Brackenford' } }, T0 + 60_000);
    await saveLead(
      source,
      { patch: { fullName: 'Olu Brandvold', emails: ['olu@brackenford.example'], company: 'Brackenford' }, origin: manual },
      T0 + 120_000,
    );
    const after = await createBackup(source, T0 + 120_000);

    // Another profile holds the old copy; a colleague at Quillmere was saved there meanwhile.
    const target = await freshDb();
    await restore(target, before, 'replace', T0 + 1);
    await saveLead(
      target,
      { patch: { fullName: 'Wren Ottaway', emails: ['wren@quillmere.example'], company: 'Quillmere' }, origin: manual },
      T0 + 2,
    );
    expect(await emails(target, 'quillmere.example')).toEqual(['tamsin@quillmere.example', 'wren@quillmere.example']);

    const result = await restore(target, after, 'merge', T0 + 200_000);
    expect(result).toMatchObject({ mode: 'merge', updated: 1, merged: 0 });
    expect((await getLead(target, tamsin.id))?.emails).toEqual(['t.achterberg@brackenford.example']);
    // Tamsin's old address is gone from Quillmere's summary; Wren's stays.
    expect(await emails(target, 'quillmere.example')).toEqual(['wren@quillmere.example']);
    expect(await emails(target, 'brackenford.example')).toEqual(['olu@brackenford.example', 't.achterberg@brackenford.example']);
    expect((await companyDomains(target, 'Quillmere'))?.leads).toEqual({ 'quillmere.example': 1 });
    expect((await companyDomains(target, 'Brackenford'))?.leads).toEqual({ 'brackenford.example': 2 });

    // Replacing everything with the old backup puts the summaries back as that backup had them.
    await restore(target, before, 'replace', T0 + 300_000);
    expect(await emails(target, 'quillmere.example')).toEqual(['tamsin@quillmere.example']);
    expect(await emails(target, 'brackenford.example')).toEqual([]);
    expect(await companyDomains(target, 'Brackenford')).toBeUndefined();
    expect((await companyDomains(target, 'Quillmere'))?.leads).toEqual({ 'quillmere.example': 1 });
  });
});
