import { browser } from 'wxt/browser';
import { envelope, type MessageSender, type MessageType, type Reply, type RequestInputOf } from '../messaging';

/** This extension's id (used to check message senders). */
export function extensionId(): string {
  return browser.runtime.id;
}

/** The full URL of one of our pages, e.g. `dashboard.html#/leads`. */
export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path as '/dashboard.html');
}

/**
 * Sends one of our messages to the background (or every extension page) and returns the raw reply,
 * for a report whose reply nobody reads. A page that reads the reply uses `lib/browser/messages.ts`,
 * which validates it (and brings the zod contract, which the popup does without).
 */
export function postToExtension<T extends MessageType>(type: T, payload: RequestInputOf<T>): Promise<unknown> {
  return browser.runtime.sendMessage(envelope(type, payload));
}

/** Sends one of our messages to a tab's content script and returns the raw reply (see `sendToTab`). */
export function sendToTabRaw<T extends MessageType>(tabId: number, type: T, payload: RequestInputOf<T>, frameId = 0): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, envelope(type, payload), { frameId });
}

/**
 * Listens for runtime messages. `handle` returns a promise of the reply, or undefined to leave the
 * message to other listeners. Removed when `signal` aborts.
 */
export function onMessage(
  handle: (raw: unknown, sender: MessageSender) => Promise<Reply | undefined> | undefined,
  signal?: AbortSignal,
): void {
  const listener = (raw: unknown, sender: MessageSender) => {
    const reply = handle(raw, sender);
    // Returning undefined (not a promise) tells the polyfill another listener may answer.
    return reply ? reply.then((value) => value ?? undefined) : undefined;
  };
  browser.runtime.onMessage.addListener(listener as never);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener as never), { once: true });
}

/** The extension's version from the manifest. */
export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}
