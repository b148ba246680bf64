import { browser } from 'wxt/browser';

/*
 * Local extension storage: kept on disk, shared by our pages and the service worker, never part of
 * the IndexedDB backup. Holds what must not travel with the data (team credentials) and what the
 * background reports to every page (the sync status).
 */

/** The value stored under `key`, unvalidated (callers parse it). */
export async function readLocal(key: string): Promise<unknown> {
  const values = await browser.storage.local.get(key);
  return values[key];
}

/** Stores `value` under `key`. */
export async function writeLocal(key: string, value: unknown): Promise<void> {
  await browser.storage.local.set({ [key]: value });
}

/** Removes `key`. */
export async function removeLocal(key: string): Promise<void> {
  await browser.storage.local.remove(key);
}

/** Calls `listener` with each new value of `key` (undefined when removed), until `signal` aborts. */
export function onLocalChanged(key: string, listener: (value: unknown) => void, signal: AbortSignal): void {
  const changed = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && key in changes) listener(changes[key]?.newValue);
  };
  browser.storage.onChanged.addListener(changed);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(changed), { once: true });
}
