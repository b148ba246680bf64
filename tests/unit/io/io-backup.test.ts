import { describe, expect, it } from 'vitest';
import {
  DB_VERSION,
  getSettings,
  READ_CHUNK,
  leadTimeline,
  searchLeads,
  SETTINGS_KEY,
  STORE_NAMES,
  updateSettings,
  type LeadlineDB,
} from '@/lib/db';
import { generateDemoData, loadSampleData } from '@/lib/demo';
import { createBackup } from '@/lib/io/backup';
import { importCsvText } from '@/lib/io/import-csv';
import { BackupError, checkBackup, isProfileEmpty, parseBackupText, restoreBackup } from '@/lib/io/restore';
import { saveLead } from '@/lib/leads';
import { freshDb } from '../db-helpers';

const NOW = 1_760_000_000_000;

async function filledDb(): Promise<LeadlineDB> {
  const db = await freshDb();
  await loadSampleData(db, generateDemoData({ leads: 30, seed: 5, now: NOW }));
  await db.put('companies', { id: 'co-1', name: 'Driftwood Studios', domain: 'driftwood.example', createdAt: 1, updatedAt: 1 });
  await updateSettings(db, { senderName: 'Sam Seller', backupReminderDays: 7 });
  await importCsvText(db, 'Name,Email\n王小明 🚀,xm@example.cn\n', { fileName: 'one.csv' }, NOW);
  return db;
}

async function dump(db: LeadlineDB) {
  return Object.fromEntries(await Promise.all(STORE_NAMES.map(async (store) => [store, await db.getAll(store)] as const)));
}

async function restoreText(db: LeadlineDB, text: string, mode: 'replace' | 'merge') {
  return restoreBackup(db, await checkBackup(parseBackupText(text)), mode, NOW);
}

describe('backup and restore', () => {
  it('restores into an empty profile exactly, and backs up again byte for byte', async () => {
    const source = await filledDb();
    const backup = await createBackup(source, NOW);
    const parsed = JSON.parse(backup) as { schemaVersion: number; stores: Record<string, unknown[]> };
    expect(parsed.schemaVersion).toBe(DB_VERSION);
    expect(Object.keys(parsed.stores)).toEqual([...STORE_NAMES]);
    expect(parsed.stores.leads).toHaveLength(31);
    expect(parsed.stores.settings).toEqual([
      { key: SETTINGS_KEY, value: expect.objectContaining({ senderName: 'Sam Seller' }) as unknown },
    ]);

    const target = await freshDb();
    expect(await isProfileEmpty(target)).toBe(true);
    const result = await restoreText(target, backup, 'replace');
    expect(result.added).toBe(Object.values(parsed.stores).reduce((sum, records) => sum + records.length, 0));
    expect(await dump(target)).toEqual(await dump(source));
    expect(await createBackup(target, NOW)).toBe(backup);
    expect((await searchLeads(target, 'xm@example.cn', 5)).map((lead) => lead.fullName)).toEqual(['王小明 🚀']);
  });

  it('backs up a store larger than one read chunk whole and in key order', async () => {
    const source = await filledDb();
    const [sample] = await source.getAll('activities');
    const tx = source.transaction('activities', 'readwrite');
    const ids = Array.from({ length: READ_CHUNK + 3 }, (_, index) => `bulk-${String(index).padStart(5, '0')}`);
    await Promise.all([...ids.map((id) => tx.store.put({ ...sample!, id })), tx.done]);
    const parsed = JSON.parse(await createBackup(source, NOW)) as { stores: { activities: Array<{ id: string }> } };
    const stored = await source.getAllKeys('activities');
    expect(parsed.stores.activities.map((activity) => activity.id)).toEqual(stored);
    expect(parsed.stores.activities.filter((activity) => activity.id.startsWith('bulk-'))).toHaveLength(READ_CHUNK + 3);
  });

  it('refuses a backup with one corrupt record, names it, and writes nothing', async () => {
    const source = await filledDb();
    const file = JSON.parse(await createBackup(source, NOW)) as { stores: { leads: Array<Record<string, unknown>> } };
    const victim = file.stores.leads[7]!;
    victim.emails = ['not-an-email'];
    const target = await freshDb();
    await saveLead(target, { patch: { fullName: 'Kept Person', emails: ['kept@example.com'] }, origin: { kind: 'manual' } });
    const before = await dump(target);
    const error = await checkBackup(parseBackupText(JSON.stringify(file))).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).problems).toEqual([
      `leads record “${String(victim.id)}” (${String(victim.fullName)}): emails.0: Not a valid email address`,
    ]);
    expect((error as BackupError).message).toContain('one record is damaged. Nothing was changed.');
    expect(await dump(target)).toEqual(before);
  });

  it('restores a backup made at schema version 1 through the real migrations', async () => {
    const v1 = {
      format: 'leadline-backup',
      schemaVersion: 1,
      createdAt: '2025-01-01T00:00:00.000Z',
      stores: {
        leads: [
          {
            id: 'lead-v1',
            fullName: 'Hiroshi Nakamura',
            emails: ['hiroshi@kestrel.example'],
            phones: [],
            company: 'Kestrel Aerospace',
            stage: 'qualified',
            notes: '',
            customFields: {},
            campaignIds: [],
            sourceTags: {},
            capturedFrom: 'manual',
            provenance: {},
            editedFields: [],
            createdAt: 1_700_000_000_000,
            updatedAt: 1_700_000_000_000,
          },
        ],
        activities: [{ id: 'act-v1', leadId: 'lead-v1', type: 'created', at: 1_700_000_000_000, summary: 'Added by hand', details: {} }],
        settings: [{ key: 'settings', value: { senderName: 'Old Me' } }],
      },
    };
    const target = await freshDb();
    const checked = await checkBackup(parseBackupText(JSON.stringify(v1)));
    expect(checked.schemaVersion).toBe(1);
    await restoreBackup(target, checked, 'replace');
    const [lead] = await searchLeads(target, 'kestrel', 5);
    expect(lead).toMatchObject({
      id: 'lead-v1',
      stage: 'qualified',
      identity: ['email:hiroshi@kestrel.example', 'nc:hiroshi nakamura|kestrel aerospace'],
    });
    expect((await leadTimeline(target, 'lead-v1')).map((a) => a.summary)).toEqual(['Added by hand']);
    expect((await getSettings(target)).senderName).toBe('Old Me');
  });

  it('refuses a backup from a newer Leadline and files that are not backups', async () => {
    await expect(
      checkBackup(parseBackupText(JSON.stringify({ format: 'leadline-backup', schemaVersion: DB_VERSION + 1, createdAt: '', stores: {} }))),
    ).rejects.toThrow('This backup was made by a newer Leadline');
    expect(() => parseBackupText('Name,Email\n')).toThrow('not valid JSON');
    expect(() => parseBackupText('{"hello":1}')).toThrow('This file is not a Leadline backup');
    await expect(
      checkBackup(
        parseBackupText(JSON.stringify({ format: 'leadline-backup', schemaVersion: DB_VERSION, createdAt: '', stores: { secrets: [] } })),
      ),
    ).rejects.toThrow('stores Leadline does not know: secrets');
  });

  it('merges into a non-empty profile: the same person becomes one lead with both timelines, settings stay', async () => {
    const source = await freshDb();
    const { lead: remote } = await saveLead(
      source,
      { patch: { fullName: 'Greta Halvorsen', emails: ['greta@bluefin.example'], title: 'CRO' }, origin: { kind: 'manual' } },
      100,
    );
    await saveLead(source, { patch: { fullName: 'New Person', emails: ['new@x.example'] }, origin: { kind: 'manual' } }, 100);
    await updateSettings(source, { senderName: 'Laptop' });
    const backup = await createBackup(source, NOW);

    const target = await freshDb();
    const { lead: local } = await saveLead(
      target,
      { patch: { fullName: 'Greta Halvorsen', emails: ['greta@bluefin.example'] }, origin: { kind: 'manual' } },
      50,
    );
    await updateSettings(target, { senderName: 'Desktop' });
    expect(await isProfileEmpty(target)).toBe(false);
    const result = await restoreText(target, backup, 'merge');
    expect(result).toMatchObject({ mode: 'merge', merged: 1 });
    const leads = await target.getAll('leads');
    expect(leads.map((lead) => lead.fullName).sort()).toEqual(['Greta Halvorsen', 'New Person']);
    expect(leads.find((lead) => lead.id === local.id)?.title).toBe('CRO');
    expect(leads.some((lead) => lead.id === remote.id)).toBe(false);
    expect((await leadTimeline(target, local.id)).map((a) => a.summary)).toEqual(['Added by hand', 'Added by hand']);
    expect((await getSettings(target)).senderName).toBe('Desktop');

    // Merging the same backup again adds nothing more.
    const again = await restoreText(target, backup, 'merge');
    expect(again).toMatchObject({ added: 0, updated: 0 });
    expect(await target.count('leads')).toBe(2);
  });

  it('replaces a non-empty profile when asked', async () => {
    const source = await filledDb();
    const backup = await createBackup(source, NOW);
    const target = await freshDb();
    await saveLead(target, { patch: { fullName: 'Will Be Gone', emails: ['gone@x.example'] }, origin: { kind: 'manual' } });
    await restoreText(target, backup, 'replace');
    expect(await dump(target)).toEqual(await dump(source));
  });

  it('keeps a record that was already invalid apart, so the rest of the backup still restores', async () => {
    const source = await filledDb();
    await source.put('leads', { id: 'broken', fullName: '' } as never);
    const backup = await createBackup(source, NOW);
    const parsed = JSON.parse(backup) as { invalid: Array<{ store: string; key: string; message: string }> };
    expect(parsed.invalid).toEqual([expect.objectContaining({ store: 'leads', key: 'broken' }) as unknown]);
    const checked = await checkBackup(parseBackupText(backup));
    expect(checked.quarantined).toBe(1);
    const target = await freshDb();
    await restoreBackup(target, checked, 'replace');
    expect(await target.count('leads')).toBe(31);
  });
});
