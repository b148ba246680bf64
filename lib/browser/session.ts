import { browser } from 'wxt/browser';

/*
 * Session storage: kept in memory by the browser until it closes, shared by our pages and the service
 * worker. Used to hand short-lived state from the background to the side panel (a right-click).
 */

/** The value stored under `key`, unvalidated (callers parse it). */
export async function readSession(key: string): Promise<unknown> {
  const values = await browser.storage.session.get(key);
  return values[key];
}

/** Stores `value` under `key`. */
export async function writeSession(key: string, value: unknown): Promise<void> {
  await browser.storage.session.set({ [key]: value });
}

/** Removes `key`. */
export async function removeSession(key: string): Promise<void> {
  await browser.storage.session.remove(key);
}

/** Calls `listener` when `key` is set (not when it is removed), until `signal` aborts. */
export function onSessionSet(key: string, listener: () => void, signal: AbortSignal): void {
  const changed = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && changes[key]?.newValue !== undefined) listener();
  };
  browser.storage.onChanged.addListener(changed);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(changed), { once: true });
}
