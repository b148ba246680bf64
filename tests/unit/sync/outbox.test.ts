import { describe, expect, it } from 'vitest';
import { updateSettings, writeTx } from '@/lib/db';
import { withSyncStores } from '@/lib/db/sync-stores';
import { deleteLead } from '@/lib/leads/delete-lead';
import { eraseLead } from '@/lib/leads/erase-lead';
import { saveLead } from '@/lib/leads/save-lead';
import { updateLead } from '@/lib/leads/update-lead';
import { startTracking } from '@/lib/sync/tracking';
import { freshDb } from '../db-helpers';

const T0 = 1_764_000_000_000;

async function outboxIds(db: Awaited<ReturnType<typeof freshDb>>): Promise<string[]> {
  return (await withSyncStores(db).getAllKeys('outbox')).map(String).sort();
}

/** A database with a team server set: the outbox records changes. */
async function trackedDb() {
  const db = await freshDb();
  await startTracking(db, { serverUrl: 'https://couch.tallowmere.example', database: 'tallowmere' }, T0 - 1);
  return db;
}

describe('the outbox', () => {
  it('writes nothing while no team server is set, but an erasure still leaves its tombstone', async () => {
    const db = await freshDb();
    const { lead } = await saveLead(
      db,
      { patch: { fullName: 'Ottilie Brack', emails: ['ob@saltpan.example'] }, origin: { kind: 'manual' } },
      T0,
    );
    const { lead: other } = await saveLead(db, { patch: { fullName: 'Cuthbert Lane' }, origin: { kind: 'manual' } }, T0);
    await updateLead(db, lead.id, { fields: { title: 'Salt buyer' } }, T0 + 1000);
    await updateSettings(db, { currency: 'EUR' });
    await deleteLead(db, other.id);
    await eraseLead(db, lead.id);
    expect(await outboxIds(db)).toEqual([]);
    expect(await withSyncStores(db).get('syncState', `erased:leads:${lead.id}`)).toMatchObject({ value: true });
  });

  it('lists a saved lead and its timeline entry, written in the same transaction', async () => {
    const db = await trackedDb();
    const { lead } = await saveLead(
      db,
      { patch: { fullName: 'Wren Abernathy', emails: ['wren@tallowmere.example'] }, origin: { kind: 'manual' } },
      T0,
    );
    const activities = await db.getAllKeys('activities');
    expect(await outboxIds(db)).toEqual([`leads:${lead.id}`, ...activities.map((key) => `activities:${String(key)}`)].sort());
  });

  it('notes an edit again with a new change token, and a delete of the lead and its timeline', async () => {
    const db = await trackedDb();
    const { lead } = await saveLead(db, { patch: { fullName: 'Osric Penhallow' }, origin: { kind: 'manual' } }, T0);
    const first = await withSyncStores(db).get('outbox', `leads:${lead.id}`);
    await updateLead(db, lead.id, { fields: { title: 'Harbour master' } }, T0 + 1000);
    const second = await withSyncStores(db).get('outbox', `leads:${lead.id}`);
    expect(second?.change).not.toBe(first?.change);
    await deleteLead(db, lead.id);
    expect(await db.get('leads', lead.id)).toBeUndefined();
    // The lead and its timeline are still listed: the push sends them as deletions.
    expect(await outboxIds(db)).toContain(`leads:${lead.id}`);
    expect((await outboxIds(db)).filter((id) => id.startsWith('activities:')).length).toBeGreaterThanOrEqual(2);
  });

  it('lists nothing when the transaction fails', async () => {
    const db = await trackedDb();
    await expect(
      writeTx(db, ['leads'], async (tx) => {
        await tx.store.put({ id: 'x-1', fullName: 'Never Stored' } as never);
        throw new Error('the caller changed its mind');
      }),
    ).rejects.toThrow('changed its mind');
    expect(await outboxIds(db)).toEqual([]);
  });

  it('lists the settings record, but not stores that stay in this browser', async () => {
    const db = await trackedDb();
    await updateSettings(db, { currency: 'EUR' });
    await writeTx(db, ['imports'], async (tx) => {
      await tx.store.put({ id: 'imp-1', at: T0, fileName: 'a.csv', created: 0, updated: 0, unchanged: 0, skipped: 0 } as never);
    });
    expect(await outboxIds(db)).toEqual(['settings:settings']);
  });

  it('marks an erasure and keeps a tombstone for every erased record', async () => {
    const db = await trackedDb();
    const { lead } = await saveLead(
      db,
      { patch: { fullName: 'Hester Quillfeather', emails: ['hq@brackenfold.example'] }, origin: { kind: 'manual' } },
      T0,
    );
    await eraseLead(db, lead.id);
    const full = withSyncStores(db);
    expect((await full.get('outbox', `leads:${lead.id}`))?.erase).toBe(true);
    expect(await full.get('syncState', `erased:leads:${lead.id}`)).toMatchObject({ value: true });
  });

  it('sees cursor updates through an index', async () => {
    const db = await trackedDb();
    const { lead } = await saveLead(db, { patch: { fullName: 'Tamsin Groat' }, origin: { kind: 'manual' } }, T0);
    await withSyncStores(db).clear('outbox');
    await writeTx(db, ['leads'], async (tx) => {
      let cursor = await tx.store.index('updatedAt').openCursor();
      while (cursor) {
        await cursor.update({ ...cursor.value, notes: 'seen' });
        cursor = await cursor.continue();
      }
    });
    expect(await outboxIds(db)).toEqual([`leads:${lead.id}`]);
  });
});
