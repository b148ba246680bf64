import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIVITY_ROWS, LEAD_ROWS, reportedProblems, StoreMirror, type LeadlineDB } from '@/lib/db';
import { generateDemoData, loadSampleData, removeSampleData } from '@/lib/demo';
import { deleteLead, restoreLead, saveLead, updateLead } from '@/lib/leads';
import { freshDb } from '../db-helpers';

let db: LeadlineDB;
beforeEach(async () => {
  db = await freshDb();
});

const add = async (fullName: string) =>
  (
    await saveLead(db, {
      patch: { fullName, emails: [`${fullName.split(' ')[0]!.toLowerCase()}@acme.example`] },
      origin: { kind: 'manual' },
    })
  ).lead;

describe('StoreMirror', () => {
  it('loads every lead as a light row, in chunks, reporting progress', async () => {
    await loadSampleData(db, generateDemoData({ leads: 120, seed: 3, now: Date.UTC(2026, 10, 1) }));
    // Progress from the first chunk on (a page's mirror waits 0.4 s before its first report), in
    // one range of ids: the count is asked after the first chunk and answers before the last.
    const mirror = new StoreMirror(LEAD_ROWS, 50, 0, 1);
    const progress: number[] = [];
    await mirror.refresh(db, ({ loaded, total }) => progress.push(loaded / total));
    expect(mirror.size).toBe(120);
    // Once the count is in (it is read beside the first chunks), each chunk reports how far it got.
    expect(progress.length).toBeGreaterThan(0);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    const row = mirror.list()[0]!;
    expect(Object.keys(row).sort()).toEqual(
      expect.arrayContaining(['id', 'fullName', 'email', 'stage', 'campaignIds', 'createdAt', 'updatedAt', 'sortName', 'searchText']),
    );
    expect(row).not.toHaveProperty('provenance');
  });

  it('neither counts the store nor reports progress for a load quicker than its delay', async () => {
    await loadSampleData(db, generateDemoData({ leads: 120, seed: 3, now: Date.UTC(2026, 10, 1) }));
    // Counting walks the whole store: a load that shows no progress has no use for it.
    const count = vi.spyOn(IDBObjectStore.prototype, 'count');
    const quick = new StoreMirror(LEAD_ROWS, 50, 60_000);
    const progress: number[] = [];
    await quick.refresh(db, ({ loaded, total }) => progress.push(loaded / total));
    expect(progress).toEqual([]);
    expect(count).not.toHaveBeenCalled();
    expect(quick.size).toBe(120);
    expect(quick.isLoaded).toBe(true);
    // Past its delay (none here) the same load counts once, for its progress.
    await new StoreMirror(LEAD_ROWS, 50, 0).refresh(db, () => undefined);
    expect(count).toHaveBeenCalledTimes(1);
    count.mockRestore();
  });

  it('reads the newest rows through the time index before any full load', async () => {
    const names = ['Ada Achterberg', 'Bruno Brightwater', 'Chen Castellanos', 'Dara Dunmore', 'Efe Eastwood'];
    for (const [index, fullName] of names.entries()) {
      await saveLead(db, { patch: { fullName }, origin: { kind: 'manual' } }, Date.UTC(2026, 0, 1 + index));
    }
    await updateLead(
      db,
      (await db.getAll('leads')).find((lead) => lead.fullName === 'Bruno Brightwater')!.id,
      { fields: { title: 'CTO' } },
      Date.UTC(2026, 1, 1),
    );
    const mirror = new StoreMirror(LEAD_ROWS);
    const getAll = vi.spyOn(db, 'getAll');
    const rows = await mirror.newest(db, 3);
    expect(getAll).not.toHaveBeenCalled();
    expect(rows.map((row) => row.fullName)).toEqual(['Bruno Brightwater', 'Efe Eastwood', 'Dara Dunmore']);
    expect([mirror.size, mirror.isLoaded]).toEqual([0, false]);
  });

  it('follows edits, deletes, undo and sample data without a full reload', async () => {
    const ada = await add('Ada Achterberg');
    const bruno = await add('Bruno Brightwater');
    const mirror = new StoreMirror(LEAD_ROWS);
    await mirror.refresh(db);
    const version = mirror.version;

    await updateLead(db, ada.id, { deal: { stage: 'qualified', dealValue: 900 } });
    const getAll = vi.spyOn(db, 'getAll');
    await mirror.refresh(db);
    expect(getAll).not.toHaveBeenCalled();
    expect(mirror.get(ada.id)).toMatchObject({ stage: 'qualified', dealValue: 900 });
    expect(mirror.version).toBe(version + 1);

    const snapshot = await deleteLead(db, bruno.id);
    await mirror.refresh(db);
    expect(mirror.get(bruno.id)).toBeUndefined();
    await restoreLead(db, snapshot);
    await mirror.refresh(db);
    expect(mirror.get(bruno.id)?.fullName).toBe('Bruno Brightwater');

    // Sample data carries old update times: the count check catches it.
    await loadSampleData(db, generateDemoData({ leads: 50, seed: 1, now: Date.UTC(2020, 0, 1) }));
    await mirror.refresh(db);
    expect(mirror.size).toBe(52);
    await removeSampleData(db);
    await mirror.refresh(db);
    expect(
      mirror
        .list()
        .map((row) => row.fullName)
        .sort(),
    ).toEqual(['Ada Achterberg', 'Bruno Brightwater']);
    expect(getAll).not.toHaveBeenCalled();

    const before = mirror.version;
    await mirror.refresh(db);
    expect(mirror.version).toBe(before);
  });

  it('leaves out and reports a stored lead that fails its schema', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await add('Ada Achterberg');
    await db.put('leads', { id: 'broken', fullName: '', stage: 'nowhere' } as never);
    const mirror = new StoreMirror(LEAD_ROWS);
    await mirror.refresh(db);
    expect(mirror.list().map((row) => row.fullName)).toEqual(['Ada Achterberg']);
    expect(reportedProblems().some((problem) => problem.store === 'leads' && problem.key === 'broken')).toBe(true);
  });

  it('projects stage moves with where they came from and went', async () => {
    const ada = await add('Ada Achterberg');
    await updateLead(db, ada.id, { deal: { stage: 'negotiation' } });
    const mirror = new StoreMirror(ACTIVITY_ROWS);
    await mirror.refresh(db);
    expect(mirror.list().find((row) => row.type === 'stage-changed')).toMatchObject({
      leadId: ada.id,
      fromStage: 'new',
      toStage: 'negotiation',
    });
  });
});
