import { browser } from 'wxt/browser';
import type { MessageSender, MessageType, ReplyOf, RequestInputOf } from '../messaging';
import { envelope, unwrapReply, type Reply, type Send } from '../messaging/protocol';

/*
 * The browser calls content scripts make. Content scripts are built without webextension-polyfill
 * (wxt.config.ts, for their size budget), so everything here uses only what Chrome and Firefox offer
 * natively: `runtime.id`, promise-returning `runtime.sendMessage`, and a synchronous `sendResponse`.
 */

/** This extension's id, as the content script sees it. */
export function contentExtensionId(): string {
  return browser.runtime.id;
}

/**
 * Answers runtime messages synchronously: `handle` returns the reply, or undefined to leave the
 * message to other listeners. Removed when `signal` aborts.
 */
export function onMessageSync(handle: (raw: unknown, sender: MessageSender) => Reply | undefined, signal: AbortSignal): void {
  const listener = (raw: unknown, sender: MessageSender, sendResponse: (reply: Reply) => void) => {
    const reply = handle(raw, sender);
    if (reply !== undefined) sendResponse(reply);
    return false;
  };
  browser.runtime.onMessage.addListener(listener as never);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener as never), { once: true });
}

/**
 * Sends a report whose reply nobody reads (typed by the contract like `sendFromContent`), without the
 * reply check: one function less in the scripts that never read a reply.
 */
export function postFromContent<T extends MessageType>(type: T, payload: RequestInputOf<T>): Promise<unknown> {
  return browser.runtime.sendMessage(envelope(type, payload));
}

/** Sends one of our messages to the background; resolves with the reply's data, rejects with its error. */
export const sendFromContent: Send = async (type, payload) =>
  unwrapReply<ReplyOf<typeof type>>(type, await browser.runtime.sendMessage(envelope(type, payload)));
