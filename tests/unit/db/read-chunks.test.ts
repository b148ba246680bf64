import { describe, expect, it } from 'vitest';
import { readChunks } from '@/lib/db';
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
