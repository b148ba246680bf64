import { describe, expect, it } from 'vitest';
import { readChunks, readChunksInLanes } from '@/lib/db';
import { freshDb } from '../db-helpers';

const ids = Array.from({ length: 12 }, (_, index) => `c${String(index).padStart(2, '0')}`);

describe('readChunks', () => {
  it('reads every record in key order, chunk by chunk, from one transaction, even with a slow reader', async () => {
    const db = await freshDb();
    for (const id of [...ids].reverse()) await db.put('campaigns', { id, name: id } as never);
    const tx = db.transaction('campaigns');
    const sizes: number[] = [];
    const seen: string[] = [];
    for await (const chunk of readChunks(tx.store, 5)) {
      sizes.push(chunk.length);
      seen.push(...chunk.map((record) => (record as { id: string }).id));
      // The caller works between chunks (a page paints); the transaction must stay usable.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(sizes).toEqual([5, 5, 2]);
    expect(seen).toEqual(ids);
  });

  it('ends after one empty chunk for an empty store, and after a full last chunk', async () => {
    const db = await freshDb();
    const empty: number[] = [];
    for await (const chunk of readChunks(db.transaction('campaigns').store, 4)) empty.push(chunk.length);
    expect(empty).toEqual([0]);
    for (const id of ids.slice(0, 8)) await db.put('campaigns', { id, name: id } as never);
    const full: number[] = [];
    for await (const chunk of readChunks(db.transaction('campaigns').store, 4)) full.push(chunk.length);
    expect(full).toEqual([4, 4, 0]);
  });
});

describe('readChunksInLanes', () => {
  // Ids as Leadline writes them (UUIDs, either side of the split at '8'), and some it never writes
  // but a store may hold: upper case, other letters, digits only, an empty-looking one.
  const uuids = Array.from({ length: 13 }, (_, index) => `${index.toString(16)}${index}e2b-0c1d-4e5f-a6b7-c8d9e0f1a2b3`);
  const odd = ['7fffffff', '8', '80000000', 'Zed', 'zz-top', '0', '~tilde', '   spaced'];
  const all = [...uuids, ...odd].sort();

  it('reads every record exactly once, in turns from both halves of the keys, from one transaction', async () => {
    const db = await freshDb();
    for (const id of [...all].reverse()) await db.put('campaigns', { id, name: id } as never);
    const read = async () => {
      const seen: string[] = [];
      const chunks: string[][] = [];
      for await (const chunk of readChunksInLanes(db.transaction('campaigns').store, 3)) {
        const chunkIds = chunk.map((record) => (record as { id: string }).id);
        chunks.push(chunkIds);
        seen.push(...chunkIds);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      return { seen, chunks };
    };
    const { seen, chunks } = await read();
    expect([...seen].sort()).toEqual(all);
    expect(new Set(seen).size).toBe(all.length);
    const below = all.filter((id) => id < '8');
    const from = all.filter((id) => id >= '8');
    // Turn by turn: the first chunk of the lower half, then of the upper half, and so on.
    expect(chunks[0]).toEqual(below.slice(0, 3));
    expect(chunks[1]).toEqual(from.slice(0, 3));
    expect(chunks[2]).toEqual(below.slice(3, 6));
    // The same records come in the same order every time.
    expect((await read()).seen).toEqual(seen);
  });

  // Which range an id is read in: how many of the splits (the hex digits at every 16/lanes-th place) it is at or after.
  const rangeOf = (id: string, lanes: number) =>
    Array.from({ length: lanes - 1 }, (_, index) => '0123456789abcdef'[((index + 1) * 16) / lanes]!).filter((split) => id >= split).length;

  it.each([1, 4, 8, 16] as const)('reads every record exactly once in %i lanes, each chunk from one range of ids', async (lanes) => {
    const db = await freshDb();
    for (const id of [...all].reverse()) await db.put('campaigns', { id, name: id } as never);
    const seen: string[] = [];
    const chunkRanges: number[] = [];
    for await (const chunk of readChunksInLanes(db.transaction('campaigns').store, 2, lanes)) {
      const chunkIds = chunk.map((record) => (record as { id: string }).id);
      seen.push(...chunkIds);
      const ranges = new Set(chunkIds.map((id) => rangeOf(id, lanes)));
      expect(ranges.size).toBeLessThanOrEqual(1);
      chunkRanges.push(...ranges);
    }
    expect([...seen].sort()).toEqual(all);
    expect(new Set(seen).size).toBe(all.length);
    // Turn by turn: the first chunk of every range that holds ids before any range's second.
    const holding = new Set(all.map((id) => rangeOf(id, lanes)));
    expect(new Set(chunkRanges.slice(0, holding.size))).toEqual(holding);
  });

  it('asks for `first` records, then twice as many each time, up to `size`', async () => {
    const db = await freshDb();
    for (const id of [...all].reverse()) await db.put('campaigns', { id, name: id } as never);
    const sizes: number[] = [];
    const seen: string[] = [];
    for await (const chunk of readChunksInLanes(db.transaction('campaigns').store, 8, 1, 2)) {
      sizes.push(chunk.length);
      seen.push(...chunk.map((record) => (record as { id: string }).id));
    }
    expect(all).toHaveLength(21);
    expect(sizes).toEqual([2, 4, 8, 7]);
    expect(seen).toEqual(all);
    // In lanes, every lane ramps up on its own, and every record still comes exactly once.
    const inLanes: string[] = [];
    for await (const chunk of readChunksInLanes(db.transaction('campaigns').store, 4, 4, 1))
      inLanes.push(...chunk.map((record) => (record as { id: string }).id));
    expect([...inLanes].sort()).toEqual(all);
    expect(new Set(inLanes).size).toBe(all.length);
  });

  it('ends for an empty store and when one half is empty', async () => {
    const db = await freshDb();
    const empty: unknown[] = [];
    for await (const chunk of readChunksInLanes(db.transaction('campaigns').store, 4)) empty.push(...chunk);
    expect(empty).toEqual([]);
    for (const id of ['a1', 'b2', 'c3', 'd4', 'e5']) await db.put('campaigns', { id, name: id } as never);
    const seen: string[] = [];
    for await (const chunk of readChunksInLanes(db.transaction('campaigns').store, 2))
      seen.push(...chunk.map((record) => (record as { id: string }).id));
    expect(seen).toEqual(['a1', 'b2', 'c3', 'd4', 'e5']);
  });

  it('fails the loop when the transaction fails', async () => {
    const db = await freshDb();
    await db.put('campaigns', { id: 'a1', name: 'a1' } as never);
    const tx = db.transaction('campaigns');
    tx.done.catch(() => undefined); // the abort is what this test makes
    tx.abort();
    await expect(async () => {
      for await (const chunk of readChunksInLanes(tx.store, 2)) void chunk;
    }).rejects.toThrow();
  });
});
