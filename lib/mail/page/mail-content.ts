import {
  answerExtract,
  mailPage,
  type Navigation,
  navigationFrom,
  type ReadThread,
  type SenderSignature,
  type SiteExtractor,
} from '../../extract';
import type { MailCompose, MailProvider } from '../../model';
import type { MessageType, RequestInputOf } from '../../messaging';
import { failure, isEnvelopeOf, type Reply } from '../../messaging/protocol';
import { fillEmptySubject, insertPlainText } from './compose-insert';
import { MailWatch, type MailView } from './mail-watch';

/**
 * The part of the Gmail and Outlook content scripts they share: answers the panel (`extract`,
 * `mail.read`, `mail.insert`), follows in-app navigation, and — only on a thread or compose view —
 * watches the page to tell the background about the thread (reply detection) and open panels about
 * changes. Each site supplies an adapter; the entrypoints wire browser APIs in. No zod here (size).
 */

/** A message being written: its editor, subject field, and what it says about itself. */
export interface OpenCompose {
  body: HTMLElement;
  subject: HTMLInputElement | null;
  read(): MailCompose;
}

/** What a webmail site supplies. */
export interface MailAdapter {
  provider: MailProvider;
  /** The extractors the panel's `extract` runs (this site's only: content scripts stay small). */
  sites: readonly SiteExtractor[];
  /** The view the page shows: its URL, and for sites where a message can open without the URL changing, the page. */
  view(url: URL, doc: Document): MailView;
  owner(doc: Document): string | undefined;
  thread(doc: Document, url: URL): ReadThread | undefined;
  /** Each sender's signature lines, sent with the drafts for the panel to read. */
  signatures(doc: Document, url: URL): SenderSignature[];
  compose(doc: Document): OpenCompose | undefined;
  /** Where a view's content lives, for the watcher (null: nothing to watch). */
  watchTarget(doc: Document, view: MailView): { node: Node; deep: boolean } | null;
  /** Calls `listener` with the previous URL after each in-app navigation, until `signal` aborts. */
  onNavigate(listener: (oldUrl: string) => void, signal: AbortSignal): void;
  /** What to say when asked to insert with no message being written. */
  noCompose: string;
}

/** What the runner needs from the browser (the entrypoint wires the real ones). */
export interface MailContentDeps {
  doc: Document;
  href(): string;
  now(): number;
  signal: AbortSignal;
  extensionId: string;
  onMessage(handle: (raw: unknown, sender: { id?: string }) => Reply | undefined, signal: AbortSignal): void;
  /** Sends a report to the background (typed by the contract); the reply is not read. */
  send<T extends MessageType>(type: T, payload: RequestInputOf<T>): Promise<unknown>;
  setTimer(run: () => void, ms: number): () => void;
}

/** Reads a `mail.insert` payload without zod: plain strings within the contract's bounds, or why not. */
function insertRequest(payload: unknown): { subject: string; body: string } | string {
  const { subject = '', body } = (payload ?? {}) as { subject?: unknown; body?: unknown };
  if (typeof body !== 'string' || !body || body.length > 20_000) return 'Nothing to insert';
  if (typeof subject !== 'string' || subject.length > 500) return 'The subject is too long';
  return { subject, body };
}

/** Starts the content script's work on a Gmail or Outlook page. */
export function runMailContent(adapter: MailAdapter, deps: MailContentDeps): MailWatch {
  const { doc } = deps;
  let navigation: Navigation | undefined;
  let lastThread = '';
  // Address changes reach open panels through the browser's tab events: only what the address does not say is sent.
  let lastState = JSON.stringify(['', null]);
  const url = () => new URL(deps.href());

  const check = () => {
    const here = url();
    const view = adapter.view(here, doc);
    // A message opened or closed without the address changing: watch the page as the new view needs.
    if (view !== watch.current) watch.update();
    const thread = view === 'thread' ? adapter.thread(doc, here) : undefined;
    const compose = adapter.compose(doc)?.read();
    const owner = thread?.owner ?? adapter.owner(doc);
    if (thread?.messages.length) {
      const page = mailPage(adapter.provider, thread, owner);
      const key = JSON.stringify(page.thread?.messages.map((message) => [message.key, message.at]));
      if (page.thread && key !== lastThread) {
        lastThread = key;
        // Reply detection needs who wrote when, not what: snippets stay in the page.
        const messages = page.thread.messages.map(({ snippet: _snippet, ...message }) => message);
        deps
          .send('mail.seen', { provider: adapter.provider, ...(owner ? { owner } : {}), thread: { ...page.thread, messages } })
          .catch(() => undefined);
      }
    }
    const state = JSON.stringify([lastThread, compose ?? null]);
    if (state !== lastState) {
      lastState = state;
      // Open side panels read the page again; with none open nobody answers, which is fine.
      deps.send('mail.changed', {}).catch(() => undefined);
    }
  };

  const watch: MailWatch = new MailWatch({
    signal: deps.signal,
    view: () => adapter.view(url(), doc),
    target: (view) => adapter.watchTarget(doc, view),
    check,
    setTimer: (run, ms) => deps.setTimer(run, ms),
  });

  adapter.onNavigate((oldUrl) => {
    // Fired while the page may still show the previous URL's content: remember what it showed.
    navigation = navigationFrom(adapter.sites, doc, oldUrl, deps.now());
    watch.update();
  }, deps.signal);

  deps.onMessage((raw, sender) => {
    // Only our own extension can reach a content script, but check anyway.
    if (sender.id !== deps.extensionId) return undefined;
    if (isEnvelopeOf(raw, 'extract')) {
      const reply = answerExtract(adapter.sites, doc, deps.href(), navigation, deps.now());
      const owner = adapter.owner(doc);
      const signatures = reply.drafts.length ? adapter.signatures(doc, url()) : [];
      return { ok: true, data: { ...reply, ...(owner ? { owner } : {}), ...(signatures.length ? { signatures } : {}) } };
    }
    if (isEnvelopeOf(raw, 'mail.read')) {
      const here = url();
      const thread = adapter.view(here, doc) === 'thread' ? adapter.thread(doc, here) : undefined;
      return { ok: true, data: mailPage(adapter.provider, thread, thread?.owner ?? adapter.owner(doc), adapter.compose(doc)?.read()) };
    }
    if (isEnvelopeOf(raw, 'mail.insert')) {
      const request = insertRequest(raw.payload);
      if (typeof request === 'string') return failure(request);
      const compose = adapter.compose(doc);
      if (!compose) return failure(adapter.noCompose);
      const subjectFilled = fillEmptySubject(compose.subject, request.subject);
      const placed = insertPlainText(compose.body, request.body, (run) => void deps.setTimer(run, 0));
      return { ok: true, data: { placed, subjectFilled } };
    }
    return undefined;
  }, deps.signal);

  watch.update();
  return watch;
}
