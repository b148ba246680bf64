import { describe, expect, it } from 'vitest';
import { plainActivity } from '@/lib/io/backup-check';
import { checkBackup, parseBackupText } from '@/lib/io/restore';
import { DB_VERSION } from '@/lib/db';
import { ActivitySchema } from '@/lib/model';

const base = {
  id: 'act-7f3a',
  leadId: 'lead-0c41',
  type: 'email-logged',
  at: 1_767_000_000_000,
  summary: 'Sent the pricing sheet to Halvard',
  details: { subject: 'Pricing for Q3', opened: true, clicks: 2, thread: null },
};

/** Variants of a timeline entry as a backup file may hold them: written by Leadline, older, or tampered with. */
const variants: Array<[string, unknown]> = [
  ['as written', base],
  [
    'fields in another order, unknown ones beside',
    { extra: 'x', details: base.details, summary: base.summary, at: base.at, type: base.type, leadId: base.leadId, id: base.id, zz: 1 },
  ],
  ['pending and sample', { ...base, type: 'replied', pending: true, sample: false }],
  ['no details (an older version)', { ...base, details: undefined }],
  ['details null', { ...base, details: null }],
  ['details a list', { ...base, details: ['a'] }],
  ['a nested detail', { ...base, details: { nested: { deep: 1 } } }],
  ['a detail key of 61 characters', { ...base, details: { ['k'.repeat(61)]: 1 } }],
  ['a detail key of 60 characters', { ...base, details: { ['k'.repeat(60)]: 1 } }],
  ['a detail text of 5,001 characters', { ...base, details: { body: 'b'.repeat(5001) } }],
  ['a detail text of 5,000 characters', { ...base, details: { body: 'b'.repeat(5000) } }],
  ['a detail of type NaN', { ...base, details: { score: Number.NaN } }],
  ['an empty id', { ...base, id: '' }],
  ['an id of 201 characters', { ...base, id: 'i'.repeat(201) }],
  ['a lead id of 200 characters', { ...base, leadId: 'l'.repeat(200) }],
  ['a numeric lead id', { ...base, leadId: 42 }],
  ['an unknown type', { ...base, type: 'teleported' }],
  ['a fractional time', { ...base, at: 1.5 }],
  ['a negative time', { ...base, at: -1 }],
  ['a time past the safe integers', { ...base, at: 2 ** 53 }],
  ['a time as text', { ...base, at: '1767000000000' }],
  ['a summary of 501 characters', { ...base, summary: 's'.repeat(501) }],
  ['a summary of 500 characters', { ...base, summary: 's'.repeat(500) }],
  ['no summary', { ...base, summary: undefined }],
  ['pending as text', { ...base, pending: 'yes' }],
  ['sample as a number', { ...base, sample: 1 }],
  ['not an object', 'act-7f3a'],
  ['a list', [base]],
  ['null', null],
];

describe('the exact check of a backup timeline entry', () => {
  it.each(variants)('%s: gives what the schema gives, or leaves the record to the schema', (_name, value) => {
    // As a backup file holds it: JSON (no undefined values).
    const raw = JSON.parse(JSON.stringify(value)) as unknown;
    const plain = plainActivity(raw);
    const parsed = ActivitySchema.safeParse(raw);
    if (plain === undefined) return;
    expect(parsed.success).toBe(true);
    // The same fields, in the same order: a backup of the restored profile repeats byte for byte.
    expect(JSON.stringify(plain)).toBe(JSON.stringify(parsed.data));
  });

  it('takes the common shapes itself, and leaves defaults and damage to the schema', () => {
    const taken = (value: unknown) => plainActivity(JSON.parse(JSON.stringify(value))) !== undefined;
    expect(taken(base)).toBe(true);
    expect(taken({ ...base, pending: true, sample: false, unknown: 1 })).toBe(true);
    expect(taken({ ...base, details: undefined })).toBe(false);
    expect(taken({ ...base, at: -1 })).toBe(false);
    expect(taken({ ...base, type: 'teleported' })).toBe(false);
  });

  it('refuses a backup whose damaged entry the quick check passes on, naming it', async () => {
    const lead = { id: 'lead-0c41', fullName: 'Halvard Ystad', createdAt: 1, updatedAt: 1 };
    const text = JSON.stringify({
      format: 'leadline-backup',
      schemaVersion: DB_VERSION,
      createdAt: '2026-12-01T00:00:00.000Z',
      stores: {
        leads: [lead],
        activities: [base, { ...base, id: 'act-bad', details: { nested: { deep: 1 } } }, { ...base, id: 'act-old', details: undefined }],
      },
    });
    await expect(checkBackup(parseBackupText(text))).rejects.toThrow(/one record is damaged[\s\S]*activities record “act-bad”/);
    const good = JSON.parse(text) as { stores: { activities: unknown[] } };
    good.stores.activities.splice(1, 1);
    const checked = await checkBackup(parseBackupText(JSON.stringify(good)));
    expect(checked.records.activities.map((entry) => entry.value)).toEqual([base, { ...base, id: 'act-old', details: {} }]);
  });
});
