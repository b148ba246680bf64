import { describe, expect, it } from 'vitest';
import { parseForWrite, writeTx } from '@/lib/db';
import { domainAddresses, rebuildDomainAddresses } from '@/lib/db/domain-addresses';
import { createBackup } from '@/lib/io/backup';
import { checkBackup, parseBackupText, restoreBackup } from '@/lib/io/restore';
import { saveLead, updateLead } from '@/lib/leads';
import { deleteLead } from '@/lib/leads/delete-lead';
import { eraseLead } from '@/lib/leads/erase-lead';
import { addGuessedEmail, confirmGuessedEmails, knownAddressesAt, recordSeenAddresses } from '@/lib/leads/likely-email';
import { freshDb } from '../db-helpers';

const T0 = Date.UTC(2026, 10, 20, 9);
const manual = { kind: 'manual' } as const;
const emails = async (db: Awaited<ReturnType<typeof freshDb>>, domain: string) =>
  (await knownAddressesAt(db, domain)).map((known) => known.email);

describe('the address summary per domain, kept as leads and seen addresses are written', () => {
  it('follows saves, edits, guesses, confirmations, deletes, erasures and seen addresses', async () => {
    const db = await freshDb();
    const { lead: ravi } = await saveLead(
      db,
      { patch: { fullName: 'Ravi Lindqvist', emails: ['ravi.lindqvist@fernhollow.example', 'ravi@gmail.com'] }, origin: manual },
      T0,
    );
    const { lead: noor } = await saveLead(
      db,
      { patch: { fullName: 'Noor Abernathy', emails: ['noor.abernathy@fernhollow.example'] }, origin: manual },
      T0,
    );
    expect(await emails(db, 'fernhollow.example')).toEqual(['ravi.lindqvist@fernhollow.example', 'noor.abernathy@fernhollow.example']);
    // Webmail teaches nothing about a company.
    expect(await domainAddresses(db, 'gmail.com')).toBeUndefined();

    // Noor moves to another company: her address leaves one domain's summary and joins the other's.
    await updateLead(db, noor.id, { fields: { emails: ['noor@marrowgate.example'] } }, T0 + 1);
    expect(await emails(db, 'fernhollow.example')).toEqual(['ravi.lindqvist@fernhollow.example']);
    expect(await emails(db, 'marrowgate.example')).toEqual(['noor@marrowgate.example']);
    // A renamed lead is known by its new name.
    await updateLead(db, ravi.id, { fields: { fullName: 'Ravi Lindqvist-Ahl' } }, T0 + 2);
    expect((await knownAddressesAt(db, 'fernhollow.example'))[0]).toMatchObject({ fullName: 'Ravi Lindqvist-Ahl' });

    // A guessed address is no evidence until something confirms it.
    const guess = { email: 'n.abernathy@fernhollow.example', pattern: 'f.last', support: 1, total: 1, evidence: '', at: T0 };
    await addGuessedEmail(db, noor.id, guess, T0 + 3);
    expect(await emails(db, 'fernhollow.example')).toEqual(['ravi.lindqvist@fernhollow.example']);
    await confirmGuessedEmails(db, noor.id, ['n.abernathy@fernhollow.example'], 'reply', T0 + 4);
    expect(await emails(db, 'fernhollow.example')).toEqual(['ravi.lindqvist@fernhollow.example', 'n.abernathy@fernhollow.example']);
    // Asking for a lead's own guess leaves the lead itself out.
    expect((await knownAddressesAt(db, 'fernhollow.example', noor.id)).map((known) => known.email)).toEqual([
      'ravi.lindqvist@fernhollow.example',
    ]);

    await recordSeenAddresses(
      db,
      [
        {
          fullName: 'Oona Vasquez',
          email: 'Oona.Vasquez@fernhollow.example',
          source: 'web',
          sourceUrl: 'https://fernhollow.example/team',
          evidence: {},
        },
      ],
      T0 + 5,
    );
    expect((await knownAddressesAt(db, 'fernhollow.example')).at(-1)).toMatchObject({
      email: 'oona.vasquez@fernhollow.example',
      origin: { kind: 'page', url: 'https://fernhollow.example/team', at: T0 + 5 },
    });

    await deleteLead(db, ravi.id);
    expect(await emails(db, 'fernhollow.example')).toEqual(['n.abernathy@fernhollow.example', 'oona.vasquez@fernhollow.example']);
    // Erasing a person takes their addresses and the sightings of them.
    await eraseLead(db, noor.id);
    expect(await emails(db, 'fernhollow.example')).toEqual(['oona.vasquez@fernhollow.example']);
    expect(await domainAddresses(db, 'marrowgate.example')).toBeUndefined();
  });

  it('changes nothing when the write is undone, and a restore rebuilds it from the restored records', async () => {
    const db = await freshDb();
    await saveLead(db, { patch: { fullName: 'Ines Halloran', emails: ['ihalloran@kelpwood.example'] }, origin: manual }, T0);
    const backup = await createBackup(db, T0);
    await expect(
      writeTx(db, ['leads'], async (tx) => {
        await tx.objectStore('leads').put(
          parseForWrite('leads', {
            id: 'tmp',
            fullName: 'Bram Osei',
            emails: ['bram.osei@kelpwood.example'],
            createdAt: T0,
            updatedAt: T0,
          }),
        );
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await emails(db, 'kelpwood.example')).toEqual(['ihalloran@kelpwood.example']);

    await saveLead(db, { patch: { fullName: 'Bram Osei', emails: ['bram.osei@kelpwood.example'] }, origin: manual }, T0 + 1);
    expect(await emails(db, 'kelpwood.example')).toEqual(['ihalloran@kelpwood.example', 'bram.osei@kelpwood.example']);
    await restoreBackup(db, await checkBackup(parseBackupText(backup)), 'replace', T0 + 2);
    expect(await emails(db, 'kelpwood.example')).toEqual(['ihalloran@kelpwood.example']);
  });

  it('keeps 100 addresses of a big domain and reads the domain again when one of them goes', async () => {
    const db = await freshDb();
    const people = Array.from({ length: 103 }, (_, i) => ({
      id: `lead-${String(i).padStart(3, '0')}`,
      fullName: `Person ${String.fromCharCode(97 + (i % 26))}${i}`,
      emails: [`person${i}@bigco.example`],
      createdAt: T0,
      updatedAt: T0,
    }));
    await writeTx(db, ['leads'], async (tx) => {
      await Promise.all(people.map((person) => tx.objectStore('leads').put(parseForWrite('leads', person))));
    });
    const full = await domainAddresses(db, 'bigco.example');
    expect([full?.leads.length, full?.moreLeads]).toEqual([100, true]);
    await deleteLead(db, 'lead-000');
    const after = await domainAddresses(db, 'bigco.example');
    expect([after?.leads.length, after?.moreLeads]).toEqual([100, true]);
    expect(after?.leads.some((entry) => entry.leadId === 'lead-000')).toBe(false);
    // Records written around writeTx (a seeded benchmark) are summarised by a rebuild.
    expect(await rebuildDomainAddresses(db)).toBe(1);
    expect((await domainAddresses(db, 'bigco.example'))?.leads.length).toBe(100);
  });

  it('writes a domain once per transaction and keeps every change made to it there', async () => {
    const db = await freshDb();
    const person = (i: number, domain = 'tallowmere.example') => ({
      id: `lead-${String(i).padStart(3, '0')}`,
      fullName: `Wren ${String.fromCharCode(97 + (i % 26))}${i}`,
      emails: [`wren${i}@${domain}`],
      createdAt: T0,
      updatedAt: T0,
    });
    await writeTx(db, ['leads'], async (tx) => {
      await Promise.all(Array.from({ length: 101 }, (_, i) => tx.objectStore('leads').put(parseForWrite('leads', person(i)))));
    });
    // One transaction: a lead moves to another domain (the full domain is read again), one is
    // deleted, three arrive; the last does not fit and changes nothing of its own.
    await writeTx(db, ['leads'], async (tx) => {
      const leads = tx.objectStore('leads');
      await leads.put(parseForWrite('leads', person(5, 'brackenfold.example')));
      await leads.delete('lead-000');
      for (const i of [101, 102, 103]) await leads.put(parseForWrite('leads', person(i)));
    });
    const big = await domainAddresses(db, 'tallowmere.example');
    const ids = big?.leads.map((entry) => entry.leadId) ?? [];
    expect([ids.length, big?.moreLeads]).toEqual([100, true]);
    expect(['lead-000', 'lead-005', 'lead-101', 'lead-102'].map((id) => ids.includes(id))).toEqual([false, false, true, false]);
    expect(await emails(db, 'brackenfold.example')).toEqual(['wren5@brackenfold.example']);
  });
});
