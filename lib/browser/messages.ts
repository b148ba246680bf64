import { type MessageType, readReply, type ReplyOf, type RequestInputOf } from '../messaging';
import { postToExtension, sendToTabRaw } from './runtime';

/*
 * The typed, validated sending side of the message contract for extension pages: a type, the payload
 * the contract asks for, and the reply's data checked against the contract's reply schema (a failed
 * reply rejects with its message). Kept apart from runtime.ts so pages that only post reports (the
 * popup) do not load the zod contract.
 */

/** Sends one of our messages to the background (or every extension page); resolves with the validated reply. */
export async function sendToExtension<T extends MessageType>(type: T, payload: RequestInputOf<T>): Promise<ReplyOf<T>> {
  return readReply(type, await postToExtension(type, payload));
}

/** Sends one of our messages to a tab's content script; resolves with the validated reply. */
export async function sendToTab<T extends MessageType>(
  tabId: number,
  type: T,
  payload: RequestInputOf<T>,
  frameId = 0,
): Promise<ReplyOf<T>> {
  return readReply(type, await sendToTabRaw(tabId, type, payload, frameId));
}
