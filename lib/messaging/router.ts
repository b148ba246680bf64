import { z } from 'zod';
import { describeZodError } from '../model';
import { CONTRACT, type MessageType, type ReplyOf, type RequestOf, type SenderKind, type SenderRule } from './contract';
import { CONTENT_SCRIPT_HOSTS, ENVELOPE_TAG, failure, type Reply } from './protocol';

/** Who sent a message, as the runtime reports it (the subset we rely on). */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number; windowId?: number; url?: string };
}

/** What a handler learns about the sender once it has been checked. */
export interface CheckedSender {
  kind: SenderKind;
  /** The content script's site (https only). */
  host?: string;
  tabId?: number;
  windowId?: number;
  url?: string;
}

export type Handlers = {
  [T in MessageType]?: (request: RequestOf<T>, sender: CheckedSender) => Promise<ReplyOf<T>>;
};

const EnvelopeSchema = z.object({ tag: z.literal(ENVELOPE_TAG), type: z.string().max(60), payload: z.unknown() });

/** Classifies a sender: our extension page, our content script on an allowed host, or a stranger. */
export function checkSender(sender: MessageSender, extensionId: string): CheckedSender | string {
  if (sender.id !== extensionId) return 'Messages are accepted from Leadline only';
  if (!sender.tab) return { kind: 'extension' };
  const pageUrl = sender.url ?? sender.tab.url;
  if (pageUrl?.startsWith(`chrome-extension://${extensionId}/`) || pageUrl?.startsWith('moz-extension://')) {
    return { kind: 'extension', tabId: sender.tab.id, windowId: sender.tab.windowId };
  }
  let url: URL;
  try {
    url = new URL(pageUrl ?? '');
  } catch {
    return 'The sending page has no readable address';
  }
  const host = url.hostname;
  if (!(CONTENT_SCRIPT_HOSTS as readonly string[]).includes(host)) return `Messages from ${host} are not accepted`;
  if (url.protocol !== 'https:') return `Messages from ${url.protocol}//${host} are not accepted (https only)`;
  return { kind: 'content', host, tabId: sender.tab.id, windowId: sender.tab.windowId, url: pageUrl };
}

/** Why the contract does not let this sender send `type` (undefined when it may). */
export function senderRefusal(type: MessageType, sender: CheckedSender): string | undefined {
  const rules = CONTRACT[type].from as readonly SenderRule[];
  const allowed = rules.some((rule) => rule.kind === sender.kind && (rule.kind === 'extension' || rule.sites.includes(sender.host ?? '')));
  if (allowed) return undefined;
  if (sender.kind === 'extension') return `"${type}" is sent only by Leadline's content scripts`;
  return `"${type}" cannot be sent from ${sender.host ?? 'a web page'}`;
}

/**
 * Builds the receiver: validates the envelope, the sender and the request against the contract,
 * runs the handler and validates its reply. Anything invalid gets a clear error reply and reaches
 * no handler, so it changes nothing.
 */
export function createRouter(handlers: Handlers, extensionId: string) {
  return async function route(raw: unknown, sender: MessageSender): Promise<Reply | undefined> {
    const envelope = EnvelopeSchema.safeParse(raw);
    if (!envelope.success) return undefined; // Not ours: let other listeners answer.
    const { type, payload } = envelope.data;
    if (!Object.hasOwn(CONTRACT, type)) return failure(`Unknown message type "${type}"`);
    const entry = CONTRACT[type as MessageType];
    const handler = handlers[type as MessageType] as ((request: unknown, sender: CheckedSender) => Promise<unknown>) | undefined;
    if (!handler) return undefined; // Another context handles this type.

    const checked = checkSender(sender, extensionId);
    if (typeof checked === 'string') return failure(checked);
    const refusal = senderRefusal(type as MessageType, checked);
    if (refusal) return failure(refusal);
    const request = (entry.request as z.ZodType).safeParse(payload);
    if (!request.success) return failure(`Invalid "${type}" request: ${describeZodError(request.error)}`);
    if ('sites' in entry && checked.kind === 'content' && !entry.sites(request.data as never).includes(checked.host ?? '')) {
      return failure(`This "${type}" request cannot come from ${checked.host ?? 'this page'}`);
    }
    try {
      const reply = (entry.reply as z.ZodType).parse(await handler(request.data, checked));
      return { ok: true, data: reply };
    } catch (error) {
      return failure(error instanceof Error ? error.message : String(error));
    }
  };
}

/** Validates a reply received from another context. Throws with the sender's own message on failure. */
export function readReply<T extends MessageType>(type: T, raw: unknown): ReplyOf<T> {
  if (raw === undefined) throw new Error(`No one answered "${type}"`);
  const reply = raw as Reply;
  if (typeof reply !== 'object' || reply === null || typeof reply.ok !== 'boolean') {
    throw new Error(`Malformed reply to "${type}"`);
  }
  if (!reply.ok) throw new Error(reply.error);
  const parsed = (CONTRACT[type].reply as unknown as z.ZodType<ReplyOf<T>>).safeParse(reply.data);
  if (!parsed.success) throw new Error(`Invalid reply to "${type}": ${describeZodError(parsed.error)}`);
  return parsed.data;
}
