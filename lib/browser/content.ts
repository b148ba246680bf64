import { browser } from 'wxt/browser';
import { envelope, type Reply } from '../messaging/protocol';
import type { MessageSender } from '../messaging/router';

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

/** Sends one of our messages to the background and returns the raw reply. */
export function sendFromContent(type: string, payload: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(envelope(type, payload));
}
