import { describe, expect, it } from 'vitest';
import { DB_VERSION, getAllRecords, MIGRATIONS, openLeadlineDb, SETTINGS_KEY, STORE_NAMES } from '@/lib/db';
import { generateDemoData } from '@/lib/demo';
import { defaultSettings } from '@/lib/model';

describe('migration 003: import history and undo', () => {
  it('upgrades a version 2 database with every record intact and adds empty, writable import stores', async () => {
    const name = 'upgrade-from-v2';
    const v2 = await openLeadlineDb({ name, migrations: MIGRATIONS.slice(0, 2) });
    expect(v2.version).toBe(2);
    const data = generateDemoData({ leads: 12, seed: 3, now: 1_750_000_000_000 });
    const company = { id: 'co-1', name: 'Driftwood Studios', domain: 'driftwood.example', createdAt: 1, updatedAt: 1 };
    for (const store of ['leads', 'campaigns', 'sequences', 'enrollments', 'tasks', 'activities', 'templates'] as const) {
      for (const record of data[store]) await v2.put(store, record);
    }
    await v2.put('companies', company);
    await v2.put('settings', { ...defaultSettings(), senderName: 'Sam' }, SETTINGS_KEY);
    const before = Object.fromEntries(
      await Promise.all(
        (['leads', 'companies', 'campaigns', 'sequences', 'enrollments', 'tasks', 'activities', 'templates', 'settings'] as const).map(
          async (store) => [store, await v2.getAll(store)] as const,
        ),
      ),
    );
    v2.close();

    const db = await openLeadlineDb({ name });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['imports', 'importUndo']));
    for (const [store, records] of Object.entries(before)) {
      expect(await db.getAll(store as never)).toEqual(records);
    }
    expect(await getAllRecords(db, 'leads')).toHaveLength(12);
    expect(await db.count('imports')).toBe(0);
    expect(await db.count('importUndo')).toBe(0);

    await db.put('imports', {
      id: 'imp-1',
      at: 5,
      fileName: 'a.csv',
      preset: 'hubspot',
      counts: { created: 1, updated: 0, unchanged: 0, skipped: 0 },
      campaignIds: [],
      status: 'applied',
    });
    expect((await db.getAllFromIndex('imports', 'at')).map((record) => record.id)).toEqual(['imp-1']);
    expect(STORE_NAMES).toEqual(expect.arrayContaining(['imports', 'importUndo']));
    db.close();
  });
});
