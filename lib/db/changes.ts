import type { StoreName } from './schema';

/** Tells every open extension page (and the service worker) which stores a committed write touched. */
export interface ChangeEvent {
  stores: StoreName[];
  /**
   * Set when the write may have put back older versions of records (an import undone, a backup
   * restored): copies kept fresh by update time (page mirrors) must read everything again.
   */
  rewound?: true;
}

type Listener = (event: ChangeEvent) => void;

const CHANNEL = 'leadline-changes';
const listeners = new Set<Listener>();
let channel: BroadcastChannel | undefined;

function getChannel(): BroadcastChannel | undefined {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (message: MessageEvent<unknown>) => {
    const data = message.data as Partial<ChangeEvent> | null;
    if (data && Array.isArray(data.stores)) deliver({ stores: data.stores, ...(data.rewound === true ? { rewound: true } : {}) });
  };
  return channel;
}

function deliver(event: ChangeEvent) {
  for (const listener of listeners) {
    try {
      listener(event);
    } catch (error) {
      console.error('Leadline: a change listener failed', error);
    }
  }
}

/** Announces a committed write here and in every other context (BroadcastChannel skips its sender). */
export function emitChange(stores: readonly StoreName[], rewound = false): void {
  const event: ChangeEvent = { stores: [...new Set(stores)], ...(rewound ? { rewound: true as const } : {}) };
  deliver(event);
  getChannel()?.postMessage(event);
}

/** Calls `listener` after every committed write, here or elsewhere; returns the unsubscribe. */
export function onChange(listener: Listener): () => void {
  getChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
