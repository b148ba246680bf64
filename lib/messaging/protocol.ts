/**
 * The envelope every Leadline message travels in, and the reply shape. Dependency-free on purpose:
 * content scripts import this file only (no zod), so they stay a few kilobytes; the receivers in
 * extension pages and the background validate payloads with the zod contract in `contract.ts`.
 */

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
    typeof raw === 'object' &&
    raw !== null &&
    (raw as { tag?: unknown }).tag === ENVELOPE_TAG &&
    (raw as { type?: unknown }).type === type
  );
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
