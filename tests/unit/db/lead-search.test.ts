import { describe, expect, it } from 'vitest';
import { newestFirst, parseForWrite, recentLeads, searchLeads, type LeadlineDB } from '@/lib/db';
import { withDerivedKeys } from '@/lib/db';
import { LeadSchema } from '@/lib/model';
import { freshDb } from '../db-helpers';

const T0 = Date.UTC(2026, 10, 2, 9);

const lead = (id: string, fullName: string, company: string, updatedAt: number) =>
  withDerivedKeys(LeadSchema.parse({ id, fullName, company, createdAt: T0, updatedAt }));

/** Stores leads in one transaction, as an import does. */
async function store(db: LeadlineDB, leads: ReturnType<typeof lead>[]): Promise<void> {
  const tx = db.transaction('leads', 'readwrite');
  await Promise.all([...leads.map((one) => tx.store.put(one)), tx.done]);
}

const names = (leads: { fullName: string }[]) => leads.map((one) => one.fullName);

/** Runs `work` as in a browser without `IDBIndex.getAllRecords` (Chrome before 141, Firefox). */
async function withoutGetAllRecords(work: () => Promise<void>): Promise<void> {
  const prototype = IDBIndex.prototype as unknown as { getAllRecords?: unknown };
  const original = prototype.getAllRecords;
  expect(original).toBeTypeOf('function');
  prototype.getAllRecords = undefined;
  try {
    await work();
  } finally {
    prototype.getAllRecords = original;
  }
}

describe('searchLeads', () => {
  it('finds a rare word’s leads, newest update first, up to the limit', async () => {
    const db = await freshDb();
    await store(db, [
      lead('a', 'Hiroshi Nakamura', 'Kestrel Aerospace', T0 + 1),
      lead('b', 'Amara Okonkwo', 'Copperleaf', T0 + 5),
      lead('c', 'Lars Lindqvist', 'Kestrel Aerospace', T0 + 9),
      lead('d', 'Kim Sørensen', 'Juniper Labs', T0 + 7),
      lead('e', 'Priya Raman', 'Kestrel Aerospace', T0 + 3),
    ]);
    expect(names(await searchLeads(db, 'kes', 10))).toEqual(['Lars Lindqvist', 'Priya Raman', 'Hiroshi Nakamura']);
    expect(names(await searchLeads(db, 'KESTREL aero', 2))).toEqual(['Lars Lindqvist', 'Priya Raman']);
    expect(names(await searchLeads(db, 'kestrel amara', 10))).toEqual([]);
    expect(names(await searchLeads(db, 'zzz', 10))).toEqual([]);
  });

  it('for a common word reads newest-first and skips newer leads that do not match', async () => {
    const db = await freshDb();
    // 400 "Kim" leads (a common word), with 50 newer non-matching leads on top of them.
    const kims = Array.from({ length: 400 }, (_, i) => lead(`k${i}`, `Kim Number${i}`, 'Acme', T0 + i));
    const others = Array.from({ length: 50 }, (_, i) => lead(`o${i}`, `Olu Other${i}`, 'Globex', T0 + 1000 + i));
    await store(db, [...kims, ...others]);
    expect(names(await searchLeads(db, 'k', 3))).toEqual(['Kim Number399', 'Kim Number398', 'Kim Number397']);
    expect(names(await searchLeads(db, 'kim number12', 3))).toEqual(['Kim Number129', 'Kim Number128', 'Kim Number127']);
  });

  it('pages through leads stamped with the same time (an import) without repeating or missing one', async () => {
    const db = await freshDb();
    // 700 leads share one updatedAt. "zed" and "ivy" are both common (over 200 leads each), rare
    // together: only the 3 lowest ids (last in index order) and one older lead have both.
    const tied = Array.from({ length: 700 }, (_, i) =>
      lead(`t${String(i).padStart(4, '0')}`, i < 3 ? `Zed Ivy${i}` : i < 350 ? `Ivy Tied${i}` : `Zed Tied${i}`, 'Initech', T0),
    );
    await store(db, [...tied, lead('old', 'Zed Ivy Older', 'Initech', T0 - 1)]);
    expect(names(await searchLeads(db, 'zed ivy', 10))).toEqual(['Zed Ivy2', 'Zed Ivy1', 'Zed Ivy0', 'Zed Ivy Older']);
    expect(names(await searchLeads(db, 'z', 2))).toEqual(['Zed Tied699', 'Zed Tied698']);
    const zs = tied
      .filter((one) => one.fullName.startsWith('Z'))
      .map((one) => one.id)
      .reverse();
    expect((await searchLeads(db, 'z', 1000)).map((found) => found.id)).toEqual([...zs, 'old']);
    // Read newest-first in batches of 64 growing to 256: each batch starts inside the tie group.
    const read = async () => {
      const ids: string[] = [];
      for await (const batch of newestFirst(
        db.transaction('leads').store.index('updatedAt'),
        null,
        (last) => IDBKeyRange.upperBound(last),
        64,
        256,
      )) {
        ids.push(...batch.map((raw) => (raw as { id: string }).id));
      }
      return ids;
    };
    const everyId = [...tied.map((one) => one.id).reverse(), 'old'];
    expect(await read()).toEqual(everyId);
    await withoutGetAllRecords(async () => expect(await read()).toEqual(everyId));
  });

  it('gives the same answers where the browser has no getAllRecords (a cursor instead)', async () => {
    const db = await freshDb();
    const tied = Array.from({ length: 300 }, (_, i) => lead(`t${String(i).padStart(4, '0')}`, `Zora Tied${i}`, 'Initech', T0));
    await store(db, [...tied, lead('new', 'Zed Newest', 'Initech', T0 + 5)]);
    await withoutGetAllRecords(async () => {
      expect(names(await searchLeads(db, 'z', 3))).toEqual(['Zed Newest', 'Zora Tied299', 'Zora Tied298']);
      expect(names(await recentLeads(db, 2))).toEqual(['Zed Newest', 'Zora Tied299']);
    });
  });

  it('answers a common word from the newest leads starting with its first letters, and follows every update', async () => {
    const db = await freshDb();
    // 300 Kestrel leads and 300 Kessler leads (both "kes…"), the Kesslers newer.
    const kestrels = Array.from({ length: 300 }, (_, i) => lead(`ke${i}`, `Ana Kestrel${i}`, 'Kestrel Aerospace', T0 + i));
    const kesslers = Array.from({ length: 300 }, (_, i) => lead(`ks${i}`, `Kai Kessler${i}`, 'Acme', T0 + 1000 + i));
    await store(db, [...kestrels, ...kesslers]);
    expect(names(await searchLeads(db, 'kes', 2))).toEqual(['Kai Kessler299', 'Kai Kessler298']);
    expect(names(await searchLeads(db, 'an', 2))).toEqual(['Ana Kestrel299', 'Ana Kestrel298']);
    expect(names(await searchLeads(db, 'kestrel', 2))).toEqual(['Ana Kestrel299', 'Ana Kestrel298']);
    expect(names(await searchLeads(db, 'kestrel aerospace', 1))).toEqual(['Ana Kestrel299']);
    // An older lead updated now (through the repository's write check) comes first.
    const tx = db.transaction('leads', 'readwrite');
    await tx.store.put(parseForWrite('leads', { ...kestrels[5]!, updatedAt: T0 + 5000 }));
    await tx.done;
    expect(names(await searchLeads(db, 'kestrel', 2))).toEqual(['Ana Kestrel5', 'Ana Kestrel299']);
    expect(names(await searchLeads(db, 'kes', 1))).toEqual(['Ana Kestrel5']);
  });

  it('finds the newest leads two common words share, when the newest leads of either word do not have both', async () => {
    const db = await freshDb();
    const both = Array.from({ length: 250 }, (_, i) => lead(`b${i}`, `Ada Lindqvist${i}`, 'Acme', T0 + i * 2));
    const adas = Array.from({ length: 250 }, (_, i) => lead(`a${i}`, `Ada Other${i}`, 'Acme', T0 + i * 2 + 1));
    // The newest "lin…" leads are not Adas, so the first batch of the walk finds none.
    const linds = Array.from({ length: 250 }, (_, i) => lead(`l${i}`, `Bo Lindgren${i}`, 'Acme', T0 + 10_000 + i));
    await store(db, [...both, ...adas, ...linds]);
    expect(names(await searchLeads(db, 'ada lind', 3))).toEqual(['Ada Lindqvist249', 'Ada Lindqvist248', 'Ada Lindqvist247']);
    await withoutGetAllRecords(async () => {
      expect(names(await searchLeads(db, 'ada lind', 3))).toEqual(['Ada Lindqvist249', 'Ada Lindqvist248', 'Ada Lindqvist247']);
    });
  });

  it('finds two common words that are rare together, beyond the newest-first walk', async () => {
    const db = await freshDb();
    // 4,200 newer leads each match "ada" or "lind" but not both; one old lead matches both.
    const newer = Array.from({ length: 4200 }, (_, i) => lead(`n${i}`, i % 2 ? `Ada Other${i}` : `Bo Lindgren${i}`, 'Acme', T0 + 10 + i));
    await store(db, [lead('match', 'Ada Lindqvist', 'Acme', T0), ...newer]);
    expect(names(await searchLeads(db, 'ada lind', 5))).toEqual(['Ada Lindqvist']);
  }, 30_000);

  it('shows the most recent leads when the box is empty', async () => {
    const db = await freshDb();
    await store(db, [lead('a', 'First', 'Acme', T0), lead('b', 'Second', 'Acme', T0 + 2), lead('c', 'Third', 'Acme', T0 + 1)]);
    expect(names(await searchLeads(db, '  ', 2))).toEqual(['Second', 'Third']);
  });
});
