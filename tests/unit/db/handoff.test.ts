import { describe, expect, it } from 'vitest';
import { handoff } from '@/lib/db';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('handoff', () => {
  it('hands values over in the order put, waiting for each that is not ready yet', async () => {
    const values = handoff<string>();
    values.put('first');
    const taken: Array<string | undefined> = [await values.take()];
    const later = values.take();
    await tick();
    values.put('second');
    taken.push(await later);
    values.put('third');
    values.end();
    taken.push(await values.take(), await values.take(), await values.take());
    expect(taken).toEqual(['first', 'second', 'third', undefined, undefined]);
  });

  it('gives the values put before a failure, then throws it', async () => {
    const values = handoff<number>();
    values.put(1);
    values.put(2);
    values.fail(new Error('download cut off'));
    values.put(3); // a producer carrying on after failing is not heard
    const seen: number[] = [];
    await expect(async () => {
      for await (const value of values) seen.push(value);
    }).rejects.toThrow('download cut off');
    expect(seen).toEqual([1, 2]);
  });

  it('keeps the producer at most `limit` values ahead, and tells it when the consumer stops', async () => {
    const values = handoff<number>();
    const made: number[] = [];
    const producer = (async () => {
      for (let value = 1; await values.room(2); value++) {
        made.push(value);
        values.put(value);
      }
      return 'stopped';
    })();
    await tick();
    expect(made).toEqual([1, 2]);
    expect(await values.take()).toBe(1);
    await tick();
    expect(made).toEqual([1, 2, 3]);
    for await (const value of values) if (value === 3) break; // leaving the loop stops the handoff
    expect(await producer).toBe('stopped');
    // Three taken, so at most two more made; none after the stop.
    const atStop = made.length;
    expect(atStop).toBeLessThanOrEqual(5);
    await tick();
    expect(made).toHaveLength(atStop);
    expect(await values.take()).toBeUndefined();
  });
});
