import { browser } from 'wxt/browser';
import type { MessageType, ReplyOf, RequestInputOf } from '../messaging/contract';
import { envelope, type Reply } from '../messaging/protocol';
import { readReply, type MessageSender } from '../messaging/router';

/** This extension's id (used to check message senders). */
export function extensionId(): string {
  return browser.runtime.id;
}

/** The full URL of one of our pages, e.g. `dashboard.html#/leads`. */
export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path as '/dashboard.html');
}

/** Sends one of our messages to the background (or every extension page); resolves with the validated reply. */
export async function sendToExtension<T extends MessageType>(type: T, payload: RequestInputOf<T>): Promise<ReplyOf<T>> {
  return readReply(type, await browser.runtime.sendMessage(envelope(type, payload)));
}

/** Sends one of our messages to a tab's content script; resolves with the validated reply. */
export async function sendToTab<T extends MessageType>(tabId: number, type: T, payload: RequestInputOf<T>, frameId = 0): Promise<ReplyOf<T>> {
  return readReply(type, await sendToTabRaw(tabId, type, payload, frameId));
}

/** `sendToTab` without reading the reply, for a caller that tells "nobody answered" apart itself. */
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
