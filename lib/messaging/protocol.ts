/**
 * The envelope every Leadline message travels in, and the reply shape. Dependency-free on purpose:
 * content scripts import this file only (no zod), so they stay a few kilobytes; the receivers in
 * extension pages and the background validate payloads with the zod contract in `contract.ts`.
 */

import type { MessageType, ReplyOf, RequestInputOf } from './contract';

/** Marks our messages apart from anything else on the runtime channel. */
export const ENVELOPE_TAG = 'leadline/1';

/** A message as sent: `{ tag, type, payload }`. */
export interface Envelope<T extends string = string, P = unknown> {
  tag: typeof ENVELOPE_TAG;
  type: T;
  payload: P;
}

/** Every reply: data on success, or a message a person can read. */
export type Reply<D = unknown> = { ok: true; data: D } | { ok: false; error: string };

/** Wraps a payload for sending. */
export function envelope<T extends string, P>(type: T, payload: P): Envelope<T, P> {
  return { tag: ENVELOPE_TAG, type, payload };
}

/** True when `raw` is our envelope carrying `type` (used by content scripts, which skip zod). */
export function isEnvelopeOf<T extends string>(raw: unknown, type: T): raw is Envelope<T> {
  return (
    typeof raw === 'object' && raw !== null && (raw as { tag?: unknown }).tag === ENVELOPE_TAG && (raw as { type?: unknown }).type === type
  );
}

/**
 * The sending side of the contract (`contract.ts`): a message type with the payload it asks for,
 * answered with that type's reply data; a failed reply rejects with its error. Only types are
 * imported from the contract, so a content script using this carries no zod.
 */
export type Send = <T extends MessageType>(type: T, payload: RequestInputOf<T>) => Promise<ReplyOf<T>>;

/**
 * The data of a raw reply to `type`; rejects with the failure's message, or says nobody answered. It
 * does not check the data's shape: extension pages do (`readReply` in `router.ts`); content scripts,
 * which carry no zod, trust their own background. Small on purpose (it ships in every content script).
 */
export function unwrapReply<D>(type: string, raw: unknown): D {
  const reply = raw as Partial<{ ok: boolean; data: D; error: string }> | undefined;
  if (reply?.ok !== true) throw new Error(reply?.error ?? `No reply to "${type}"`);
  return reply.data as D;
}

/** A failed reply. */
export function failure(error: string): Reply<never> {
  return { ok: false, error };
}

/** Hosts whose content scripts may message the background (the sites in the manifest). */
export const CONTENT_SCRIPT_HOSTS = [
  'www.linkedin.com',
  'mail.google.com',
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
] as const;
