import type { IoCall, IoMessage, IoProgress, IoRequests, IoRequestType } from './worker/protocol';

/** A failed request to the I/O worker, with the records it names when a backup was refused. */
export class IoError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
    this.name = 'IoError';
  }
}

/** Talks to the I/O worker: one call per request, progress on the side. `dispose()` ends the worker. */
export interface IoClient {
  call<T extends IoRequestType>(
    type: T,
    payload: IoRequests[T]['request'],
    onProgress?: (progress: IoProgress) => void,
  ): Promise<IoRequests[T]['reply']>;
  /**
   * Starts the worker and opens its database ahead of the first request: loading the worker's
   * code and opening the database otherwise come first in the time of the page's first export or
   * import. Does nothing when the worker runs already.
   */
  warm(): void;
  dispose(): void;
}

/**
 * A client for the I/O worker (a module worker bundled with the page). The worker starts on the
 * first call; `dispose()` ends it (and a later call starts a new one).
 */
export function createIoClient(): IoClient {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (reply: unknown) => void; reject: (error: Error) => void; onProgress?: (progress: IoProgress) => void }
  >();
  const onMessage = (event: MessageEvent<IoMessage>) => {
    const message = event.data;
    const entry = pending.get(message.id);
    if (!entry) return;
    if (message.kind === 'progress') entry.onProgress?.(message.progress);
    else {
      pending.delete(message.id);
      if (message.kind === 'done') entry.resolve(message.reply);
      else entry.reject(new IoError(message.error, message.problems));
    }
  };
  const onError = (event: ErrorEvent) => {
    for (const entry of pending.values()) entry.reject(new IoError(`The import worker stopped: ${event.message}`));
    pending.clear();
  };
  const start = (): Worker => {
    if (worker) return worker;
    worker = new Worker(new URL('./worker/io-worker.ts', import.meta.url), { type: 'module', name: 'leadline-io' });
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    return worker;
  };
  const call: IoClient['call'] = (type, payload, onProgress) => {
    const target = start();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve: resolve as (reply: unknown) => void, reject, onProgress });
      target.postMessage({ id, type, payload } satisfies IoCall);
    });
  };
  return {
    call,
    warm() {
      if (worker) return;
      try {
        // A failure (no database) is the first real request's to report.
        call('ready', {}).catch(() => undefined);
      } catch {
        // No workers in this context: the first real request says so.
      }
    },
    dispose() {
      if (worker) {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        worker.terminate();
        worker = undefined;
      }
      for (const entry of pending.values()) entry.reject(new IoError('Cancelled'));
      pending.clear();
    },
  };
}
