import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIoClient } from '@/lib/io';
import type { IoCall } from '@/lib/io/worker/protocol';

/** A worker that answers every request at once, and remembers what it was sent. */
class AnsweringWorker {
  static started: AnsweringWorker[] = [];
  readonly sent: IoCall[] = [];
  private readonly listeners = new Map<string, (event: unknown) => void>();
  terminated = false;
  constructor() {
    AnsweringWorker.started.push(this);
  }
  addEventListener(type: string, listener: (event: unknown) => void) {
    this.listeners.set(type, listener);
  }
  removeEventListener(type: string) {
    this.listeners.delete(type);
  }
  postMessage(call: IoCall) {
    this.sent.push(call);
    queueMicrotask(() => this.listeners.get('message')?.({ data: { id: call.id, kind: 'done', reply: `${call.type} done` } }));
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  AnsweringWorker.started = [];
});

describe('the I/O client warmed ahead of a request', () => {
  it('starts one worker and opens its database once; the first request then goes to that worker', async () => {
    vi.stubGlobal('Worker', AnsweringWorker);
    const client = createIoClient();
    client.warm();
    client.warm();
    expect(AnsweringWorker.started).toHaveLength(1);
    expect(AnsweringWorker.started[0]!.sent.map((call) => call.type)).toEqual(['ready']);
    await expect(client.call('export', { preset: 'leadline' })).resolves.toBe('export done');
    expect(AnsweringWorker.started).toHaveLength(1);
    expect(AnsweringWorker.started[0]!.sent.map((call) => call.type)).toEqual(['ready', 'export']);
    // Warming a client whose worker runs sends nothing more.
    client.warm();
    expect(AnsweringWorker.started[0]!.sent).toHaveLength(2);
    client.dispose();
    expect(AnsweringWorker.started[0]!.terminated).toBe(true);
  });

  it('leaves it to the first real request to say that workers cannot start here', () => {
    vi.stubGlobal('Worker', undefined);
    const client = createIoClient();
    expect(() => client.warm()).not.toThrow();
    expect(() => client.call('backup', {})).toThrow();
  });
});
