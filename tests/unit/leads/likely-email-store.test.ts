import { describe, expect, it } from 'vitest';
import { getLead, leadRowFrom } from '@/lib/db';
import { emailStatus } from '@/lib/emails';
import { createBackup } from '@/lib/io/backup';
import { importCsvText } from '@/lib/io/import-csv';
import { checkBackup, parseBackupText, restoreBackup } from '@/lib/io/restore';
import { saveLead } from '@/lib/leads';
import { addGuessedEmail, companyDomainFor, knownAddressesAt, likelyEmailFor, recordSeenAddresses } from '@/lib/leads/likely-email';
import { logEmail } from '@/lib/mail/log-email';
import { stepAction } from '@/lib/sequences';
import { exportText, freshDb } from '../db-helpers';

const T0 = Date.UTC(2026, 10, 12, 10);
const manual = { kind: 'manual' } as const;

async function seed() {
  const db = await freshDb();
  const colleagues: Array<[string, string]> = [
    ['Ravi Lindqvist', 'ravi.lindqvist@fernhollow.example'],
    ['Noor Abernathy', 'noor.abernathy@fernhollow.example'],
    ['Tomasz Wren', 'tomasz.wren@fernhollow.example'],
    ['Ines Halloran', 'ihalloran@fernhollow.example'],
    ['Fernhollow Sales', 'sales@fernhollow.example'],
    ['Pia Sorensen', 'pia@gmail.com'],
  ];
  for (const [fullName, email] of colleagues) {
    await saveLead(db, { patch: { fullName, emails: [email], company: 'Fernhollow Ltd' }, origin: manual }, T0);
  }
  return db;
}

describe('likely email from what Leadline holds', () => {
  it('finds the domain through other leads of the company and words the evidence', async () => {
    const db = await seed();
    await recordSeenAddresses(
      db,
      [
        {
          fullName: 'Oona Vasquez',
          email: 'oona.vasquez@fernhollow.example',
          source: 'web',
          sourceUrl: 'https://fernhollow.example/team',
          evidence: {},
        },
      ],
      T0,
    );
    expect(await companyDomainFor(db, { company: 'Fernhollow' })).toEqual({
      domain: 'fernhollow.example',
      from: 'other leads of this company',
    });
    const view = await likelyEmailFor(db, { fullName: 'Maya Ortiz', company: 'Fernhollow' }, T0);
    expect(view.guess).toMatchObject({ email: 'maya.ortiz@fernhollow.example', pattern: 'first.last', support: 4, total: 5 });
    expect(view.evidence).toEqual([
      '3 of your 4 leads at fernhollow.example use first.last',
      'seen on fernhollow.example/team you read on 12 Nov',
    ]);
    expect(view.conflicts).toEqual(['1 of 5 uses flast (mortiz@fernhollow.example)']);
  });

  it('reads only the domain’s addresses, never a guess', async () => {
    const db = await seed();
    const maya = (await saveLead(db, { patch: { fullName: 'Maya Ortiz', company: 'Fernhollow' }, origin: manual }, T0)).lead;
    const view = await likelyEmailFor(db, { ...maya, leadId: maya.id }, T0);
    await addGuessedEmail(db, maya.id, view.guess!, T0 + 1);
    const known = await knownAddressesAt(db, 'fernhollow.example');
    expect(known.map((entry) => entry.email).sort()).toEqual([
      'ihalloran@fernhollow.example',
      'noor.abernathy@fernhollow.example',
      'ravi.lindqvist@fernhollow.example',
      'sales@fernhollow.example',
      'tomasz.wren@fernhollow.example',
    ]);
  });

  it('a guessed address stays guessed until a logged email confirms it', async () => {
    const db = await seed();
    const maya = (await saveLead(db, { patch: { fullName: 'Maya Ortiz', company: 'Fernhollow' }, origin: manual }, T0)).lead;
    const view = await likelyEmailFor(db, { ...maya, leadId: maya.id }, T0);
    const stored = await addGuessedEmail(db, maya.id, view.guess!, T0 + 1);
    expect(stored.emails).toEqual(['maya.ortiz@fernhollow.example']);
    expect(emailStatus(stored, 'maya.ortiz@fernhollow.example')).toBe('guessed');
    expect(stored.emailDomains).toEqual([]);
    // Reports count her among the leads with a guessed address only.
    expect(leadRowFrom(stored)?.emailState).toBe('guessed');

    const step = stepAction(undefined, 'email', stored, undefined, { mailProvider: 'gmail', senderName: 'Sam' });
    expect(step).toMatchObject({ kind: 'compose', label: 'Compose in Gmail · guessed address', guessed: { approved: false } });

    await logEmail(
      db,
      [maya.id],
      {
        provider: 'gmail',
        threadUrl: 'https://mail.google.com/mail/u/0/#inbox/abc',
        subject: 'Hello',
        direction: 'inbound',
        message: { key: 'm1', from: { name: 'Maya Ortiz', email: 'maya.ortiz@fernhollow.example' }, to: [], at: T0 + 5 },
      },
      false,
      T0 + 10,
    );
    const after = (await getLead(db, maya.id))!;
    expect(emailStatus(after, 'maya.ortiz@fernhollow.example')).toBe('confirmed');
    expect(after.emailGuesses[0]).toMatchObject({ confirmedBy: 'logged-email', pattern: 'first.last' });
    expect(after.emailDomains).toEqual(['fernhollow.example']);
    expect(leadRowFrom(after)?.emailState).toBe('confirmed');
  });

  it('a capture of the same address confirms it', async () => {
    const db = await seed();
    const maya = (await saveLead(db, { patch: { fullName: 'Maya Ortiz', company: 'Fernhollow' }, origin: manual }, T0)).lead;
    const view = await likelyEmailFor(db, { ...maya, leadId: maya.id }, T0);
    await addGuessedEmail(db, maya.id, view.guess!, T0 + 1);
    await saveLead(
      db,
      {
        patch: { fullName: 'Maya Ortiz', emails: ['maya.ortiz@fernhollow.example'] },
        origin: { kind: 'capture', provenance: { source: 'web', url: 'https://fernhollow.example/team', at: T0 + 2 }, strategies: {} },
      },
      T0 + 2,
    );
    expect(emailStatus((await getLead(db, maya.id))!, 'maya.ortiz@fernhollow.example')).toBe('confirmed');
  });

  it('CSV export carries the status, import reads it back, backup and restore keep it', async () => {
    const db = await seed();
    const maya = (await saveLead(db, { patch: { fullName: 'Maya Ortiz', company: 'Fernhollow' }, origin: manual }, T0)).lead;
    await addGuessedEmail(db, maya.id, (await likelyEmailFor(db, { ...maya, leadId: maya.id }, T0)).guess!, T0 + 1);
    const { csv } = await exportText(db);
    const header = csv.slice(1).split('\r\n')[0]!.split(',');
    const statusColumn = header.indexOf('Email status');
    expect(statusColumn).toBeGreaterThan(0);
    const mayaRow = csv.split('\r\n').find((line) => line.includes('Maya Ortiz'))!;
    expect(mayaRow.split(',')[statusColumn]).toBe('guessed');

    const other = await freshDb();
    await importCsvText(other, csv, {}, T0 + 5);
    const imported = (await getLead(other, maya.id))!;
    expect(emailStatus(imported, 'maya.ortiz@fernhollow.example')).toBe('guessed');
    expect((await exportText(other)).csv).toBe(csv);

    const backup = await createBackup(db, T0 + 6);
    const restored = await freshDb();
    await restoreBackup(restored, await checkBackup(parseBackupText(backup)), 'replace', T0 + 7);
    const back = (await getLead(restored, maya.id))!;
    expect(back.emailGuesses).toEqual((await getLead(db, maya.id))!.emailGuesses);
    expect(emailStatus(back, 'maya.ortiz@fernhollow.example')).toBe('guessed');
  });

  it('an import without a status column confirms a guessed address', async () => {
    const db = await seed();
    const maya = (await saveLead(db, { patch: { fullName: 'Maya Ortiz', company: 'Fernhollow' }, origin: manual }, T0)).lead;
    await addGuessedEmail(db, maya.id, (await likelyEmailFor(db, { ...maya, leadId: maya.id }, T0)).guess!, T0 + 1);
    await importCsvText(db, 'First Name,Last Name,Email\r\nMaya,Ortiz,maya.ortiz@fernhollow.example\r\n', {}, T0 + 3);
    expect(emailStatus((await getLead(db, maya.id))!, 'maya.ortiz@fernhollow.example')).toBe('confirmed');
  });
});
