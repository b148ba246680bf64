import { describe, expect, it } from 'vitest';
import { allLeads, DB_VERSION, STORE_NAMES, type LeadlineDB } from '@/lib/db';
import { createBackup } from '@/lib/io/backup';
import { BackupError, checkBackup, parseBackupText, restoreBackup } from '@/lib/io/restore';
import { saveLead } from '@/lib/leads';
import { freshDb } from '../db-helpers';

const T = 1_760_000_000_000;

const lead = (id: string, fullName: string, extra: Record<string, unknown> = {}) => ({
  id,
  fullName,
  emails: [],
  phones: [],
  stage: 'new',
  notes: '',
  customFields: {},
  campaignIds: [],
  sourceTags: {},
  capturedFrom: 'manual',
  provenance: {},
  editedFields: [],
  createdAt: T,
  updatedAt: T,
  identity: [],
  search: [],
  recent: [],
  ...extra,
});
const activity = (id: string, leadId: string) => ({ id, leadId, type: 'note', at: T, summary: 'Called', details: {} });
const sequence = {
  id: 'seq-1',
  name: 'Dental follow-up',
  steps: [],
  skipWeekends: true,
  holidays: [],
  onReply: 'pause',
  finishOnClosed: true,
  archived: false,
  createdAt: T,
  updatedAt: T,
};
const enrollment = (id: string, leadId: string, sequenceId: string, status = 'active') => ({
  id,
  leadId,
  sequenceId,
  status,
  stepIndex: 0,
  startedAt: T,
  updatedAt: T,
});
const task = (id: string, leadId: string) => ({
  id,
  leadId,
  title: 'Call back',
  type: 'call',
  status: 'open',
  dueAt: T,
  scheduledAt: T,
  createdAt: T,
  updatedAt: T,
});

function backupOf(stores: Record<string, unknown[]>): string {
  return JSON.stringify({
    format: 'leadline-backup',
    schemaVersion: DB_VERSION,
    createdAt: new Date(T).toISOString(),
    stores: Object.fromEntries(STORE_NAMES.map((store) => [store, stores[store] ?? []])),
    invalid: [],
  });
}

async function refusal(text: string): Promise<BackupError> {
  try {
    await checkBackup(parseBackupText(text));
  } catch (error) {
    if (error instanceof BackupError) return error;
    throw error;
  }
  throw new Error('The backup was accepted');
}

async function dbWithOneLead(): Promise<LeadlineDB> {
  const db = await freshDb();
  await saveLead(db, { patch: { fullName: 'Ilse Zeller', emails: ['ilse@juniperlabs.example'] }, origin: { kind: 'manual' } }, T);
  return db;
}

describe('restore checks the backup as a whole before writing', () => {
  it.each<[string, Record<string, unknown[]>, string]>([
    [
      'two leads with one id',
      { leads: [lead('lead-1', 'Ada Lind'), lead('lead-1', 'Bo Lind')] },
      'leads: the id “lead-1” is used by 2 records',
    ],
    [
      'two leads sharing an email',
      { leads: [lead('lead-1', 'Ada Lind', { emails: ['ada@lind.example'] }), lead('lead-2', 'Ada L.', { emails: ['ADA@lind.example'] })] },
      'leads “lead-1” (Ada Lind) and “lead-2” (Ada L.) share the email ada@lind.example',
    ],
    [
      'two leads sharing a LinkedIn profile',
      {
        leads: [
          lead('lead-1', 'Ada Lind', { linkedinUrl: 'https://www.linkedin.com/in/ada-lind/' }),
          lead('lead-2', 'Bo Lind', { linkedinUrl: 'https://linkedin.com/in/Ada-Lind' }),
        ],
      },
      'leads “lead-1” (Ada Lind) and “lead-2” (Bo Lind) share the LinkedIn profile https://www.linkedin.com/in/ada-lind/',
    ],
    [
      'a task for a missing lead',
      { leads: [lead('lead-1', 'Ada Lind')], tasks: [task('task-1', 'lead-9')] },
      'tasks record “task-1” belongs to a lead that is not in the backup (“lead-9”)',
    ],
    [
      'a timeline entry for a missing lead',
      { leads: [lead('lead-1', 'Ada Lind')], activities: [activity('act-1', 'lead-9')] },
      'activities record “act-1” belongs to a lead that is not in the backup (“lead-9”)',
    ],
    [
      'a running enrollment in a missing sequence',
      { leads: [lead('lead-1', 'Ada Lind')], enrollments: [enrollment('enr-1', 'lead-1', 'seq-9')] },
      'enrollments record “enr-1” is active in a sequence that is not in the backup (“seq-9”)',
    ],
    [
      'two sequences with one id',
      { sequences: [sequence, { ...sequence, name: 'Copy' }] },
      'sequences: the id “seq-1” is used by 2 records',
    ],
  ])('refuses %s, names the problem, and writes nothing', async (_case, stores, problem) => {
    const db = await dbWithOneLead();
    const before = await db.getAll('leads');
    const error = await refusal(backupOf(stores));
    expect(error.problems).toContain(problem);
    expect(error.message).toMatch(/Nothing was changed/);
    expect(await db.getAll('leads')).toEqual(before);
  });

  it('accepts a finished enrollment whose sequence was deleted, and a backup of a real profile', async () => {
    const source = await dbWithOneLead();
    const [ilse] = await allLeads(source);
    await source.put('enrollments', enrollment('enr-1', ilse!.id, 'seq-deleted', 'finished') as never);
    const checked = await checkBackup(parseBackupText(await createBackup(source, T)));
    expect(checked.counts.enrollments).toBe(1);
  });

  it('merge mode keeps two Kai Smiths of Harbor Dental with different emails apart', async () => {
    const db = await freshDb();
    await saveLead(
      db,
      {
        patch: { fullName: 'Kai Smith', company: 'Harbor Dental', emails: ['kai.smith@harbor-dental.example'] },
        origin: { kind: 'manual' },
      },
      T,
    );
    const backup = backupOf({
      leads: [lead('lead-b', 'Kai Smith', { company: 'Harbor Dental', emails: ['ksmith@harbordental-billing.example'] })],
    });
    const result = await restoreBackup(db, await checkBackup(parseBackupText(backup)), 'merge', T);
    expect(result).toMatchObject({ added: 1, merged: 0 });
    const leads = await allLeads(db);
    expect(leads.map((one) => one.emails).sort()).toEqual([['kai.smith@harbor-dental.example'], ['ksmith@harbordental-billing.example']]);
  });
});
