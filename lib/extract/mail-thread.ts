import type { CaptureSource, MailMessage, MailPageInput, MailPerson, ProspectDraft } from '../model';
import { cleanEmail, cleanName, cleanText } from './clean';
import { domainOfEmail, isFreeMailDomain } from '../keys';
import type { SenderSignature } from './mail-signature-block';
import { leadingLines, type BodyText } from './mail-walk';
import { DraftBuilder } from './draft';

/**
 * What Gmail and Outlook extractors read from a thread, in one shape, and what Leadline makes of it:
 * the external people as drafts (never the mailbox owner), and a summary for logging and reply
 * detection. Pure; the site files only find the pieces in their markup.
 */

/** One message as a site extractor found it. */
export interface ReadMessage {
  key: string;
  from?: MailPerson;
  to: MailPerson[];
  at?: number;
  dateText?: string;
  /** The message's lines, quote elements left out (absent for collapsed messages); mail-text.ts `ownText` cuts the rest. */
  body?: BodyText;
  /** The client's signature element, read on its own, when the message has one. */
  signatureBlock?: BodyText;
}

/** A thread as a site extractor found it. */
export interface ReadThread {
  id?: string;
  url: string;
  subject?: string;
  /** The mailbox owner, when the page's account area names them. */
  owner?: string;
  messages: ReadMessage[];
}

/** A person found in a header: a valid address and a name that reads as one ("me" and bare addresses are not names). */
export function mailPerson(email: string | null | undefined, name: string | null | undefined): MailPerson | undefined {
  const address = cleanEmail(email);
  if (!address) return undefined;
  let text = cleanText(name?.replace(/^["'“]+|["'”]+$/g, ''), 200);
  // Outlook's corporate directories write "Last, First".
  const reversed = text && /^([^,\s][^,]*),\s*([^,]+)$/.exec(text);
  if (reversed && reversed[1]!.split(' ').length <= 2 && reversed[2]!.split(' ').length <= 2 && !/\b(inc|ltd|llc|gmbh)\b/i.test(text!)) {
    text = `${reversed[2]} ${reversed[1]}`;
  }
  const clean = text && !/^(me|moi|ich|yo|eu|io|mij|mig|jag)$/i.test(text) && !text.includes('@') ? cleanName(text) : undefined;
  return clean ? { email: address, name: clean } : { email: address };
}

/** At most this many lines of a sender's newest message are sent for its signature. */
export const MAX_BODY_LINES = 400;

interface Person {
  email: string;
  name?: string;
  nameFrom?: string;
  /** The newest message this person sent, for their signature. */
  lastSent?: ReadMessage;
  order: number;
}

/** Names for where a thread's values came from, per site ("message header" in Gmail, "reading pane header" in Outlook). */
export interface MailLabels {
  header: string;
  recipients: string;
}

/** Turns a thread into drafts (with or without reading signatures: see mail-signature.ts `threadDrafts`). */
export type MailDrafts = (thread: ReadThread, source: CaptureSource, labels?: MailLabels) => ProspectDraft[];

const DEFAULT_LABELS: MailLabels = { header: 'message header', recipients: 'recipient list' };

/**
 * The people of a thread as drafts of what the headers say (name, email, company domain): senders
 * first (newest message first), then everyone else it was sent to; the owner is left out. With them,
 * each sender's signature lines from their newest message, for the signature parser.
 */
export function threadPeople(
  thread: ReadThread,
  source: CaptureSource,
  labels: MailLabels = DEFAULT_LABELS,
): { drafts: ProspectDraft[]; signatures: SenderSignature[] } {
  const people = new Map<string, Person>();
  const owner = thread.owner?.toLowerCase();
  let order = 0;
  const see = (person: MailPerson | undefined, from: string, sent?: ReadMessage) => {
    if (!person || person.email === owner) return;
    const known = people.get(person.email) ?? { email: person.email, order: order++ };
    // A sender's own header names them best; a recipient list may abbreviate.
    if (person.name && (!known.name || (from === labels.header && known.nameFrom !== labels.header))) {
      known.name = person.name;
      known.nameFrom = from;
    }
    if (sent) known.lastSent = sent;
    people.set(person.email, known);
  };
  thread.messages.forEach((message) => {
    see(message.from, labels.header, message);
    for (const recipient of message.to) see(recipient, labels.recipients);
  });
  const senders = [...people.values()].filter((person) => person.lastSent);
  senders.sort((a, b) => thread.messages.indexOf(b.lastSent!) - thread.messages.indexOf(a.lastSent!));
  const others = [...people.values()].filter((person) => !person.lastSent).sort((a, b) => a.order - b.order);
  const signatures: SenderSignature[] = [];
  for (const { email, lastSent } of senders) {
    const body = lastSent?.body;
    if (!body?.lines.length) continue;
    // The body as walked (the receiver cuts quotes and finds the signature), within the contract's bounds.
    const signature: SenderSignature = {
      email,
      lines: body.lines.slice(0, MAX_BODY_LINES),
      links: body.links.filter((link) => link.line < MAX_BODY_LINES).slice(0, 100),
    };
    const block = lastSent?.signatureBlock;
    if (block?.lines.length)
      signature.block = { lines: block.lines.slice(0, 30), links: block.links.filter((link) => link.line < 30).slice(0, 30) };
    signatures.push(signature);
  }
  return { drafts: [...senders, ...others].map((person) => personDraft(person, source, thread.url, labels)), signatures };
}

/** Drafts from the headers alone (the content scripts' extractor; the panel adds the signatures). */
export const headerDrafts: MailDrafts = (thread, source, labels) => threadPeople(thread, source, labels).drafts;

function personDraft(person: Person, source: CaptureSource, url: string, labels: MailLabels): ProspectDraft {
  const draft = new DraftBuilder(source, url);
  draft.set('fullName', person.name, person.nameFrom ?? labels.recipients);
  draft.set('email', person.email, person.lastSent ? labels.header : labels.recipients);
  const domain = domainOfEmail(person.email);
  if (!isFreeMailDomain(domain)) draft.set('companyDomain', domain, 'email domain');
  return draft.build();
}

/** The first words of a message itself (signature and quote left out), at most 300 characters. */
function snippetOf(message: ReadMessage): string | undefined {
  const own = leadingLines(message.body?.lines ?? []);
  const text = cleanText(own.slice(0, 20).join(' '), 100_000);
  if (!text) return undefined;
  return text.length > 300 ? `${text.slice(0, 299).trimEnd()}…` : text;
}

/** A thread (and the message being written) as the `mail.read` reply carries it. */
export function mailPage(
  provider: 'gmail' | 'outlook',
  thread: ReadThread | undefined,
  owner: string | undefined,
  compose?: MailPageInput['compose'],
): MailPageInput {
  const page: MailPageInput = { provider };
  if (owner) page.owner = owner;
  if (thread) {
    const messages: MailMessage[] = [];
    for (const message of thread.messages) {
      if (!message.from) continue;
      const item: MailMessage = { key: message.key, from: message.from, to: message.to };
      if (message.at !== undefined) item.at = message.at;
      if (message.dateText) item.dateText = message.dateText.slice(0, 100);
      const snippet = snippetOf(message);
      if (snippet) item.snippet = snippet;
      messages.push(item);
    }
    page.thread = {
      url: thread.url,
      subject: thread.subject ?? '',
      messages: messages.slice(-200),
      ...(thread.id ? { id: thread.id } : {}),
    };
  }
  if (compose) page.compose = compose;
  return page;
}
