import type { MailCompose, MailPerson } from '../model';
import { cleanEmail, cleanText } from './clean';
import { gmailIdTime, parseMailDate } from './mail-date';
import { QUOTE_SKIP, QUOTE_START, QUOTE_STOP, walkBody } from './mail-walk';
import { mailPerson, type MailDrafts, type ReadMessage, type ReadThread } from './mail-thread';
import type { PageIdentity, SiteExtractor } from './site';

/**
 * Gmail (mail.google.com): the open thread's people and messages, the message being written, and
 * the mailbox owner. Gmail's short class names (hP, adn, gD, g2, g3, a3s, M9) have been stable for a
 * decade (docs/sites.md); attributes (`email`, `name`, `data-message-id`) come first wherever they exist.
 */

/** Which Gmail view a URL shows: a thread (`#inbox/<id>`, `#label/x/<id>`), a compose window (`?compose=`), or a list. */
export function gmailView(url: URL): 'thread' | 'compose' | 'other' {
  if (url.hostname !== 'mail.google.com') return 'other';
  if (gmailThreadIdInUrl(url)) return 'thread';
  return /[?&]compose=/.test(url.hash) ? 'compose' : 'other';
}

/** The thread id the URL names: the last hash segment that looks like one (16+ letters and digits). */
export function gmailThreadIdInUrl(url: URL): string | undefined {
  const path = url.hash.split('?')[0] ?? '';
  return /^#[^/]+(?:\/[^/]+)*\/([A-Za-z0-9]{16,})$/.exec(path)?.[1];
}

// Elements that may hold a signature in a message body: Gmail's own, and in received mail the same
// classes rewritten with an `m_<digits>` prefix. `[class*=…]` also matches the "-- " prefix span
// (`gmail_signature_prefix`): `isSignature` tells them apart.
const SIGNATURE = '[data-smartmail="gmail_signature"], [class*="gmail_signature"]';

const after = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4) !== 0; // b follows a

/** A signature element itself: `data-smartmail`, or a class that ends in `gmail_signature` (any prefix). */
function isSignature(element: Element): boolean {
  if (element.getAttribute('data-smartmail') === 'gmail_signature') return true;
  return (element.getAttribute('class') ?? '').split(/\s+/).some((name) => name.endsWith('gmail_signature'));
}

/**
 * The message's own signature, found by structure: the outermost signature element that is neither
 * inside a quote or a forwarded message (whose signatures are their writers') nor after Outlook's
 * reply header. Never simply the first or last element with the class.
 */
export function ownGmailSignature(body: Element): Element | undefined {
  const stop = body.querySelector(QUOTE_STOP);
  for (const candidate of body.querySelectorAll(SIGNATURE)) {
    if (!isSignature(candidate) || candidate.closest(QUOTE_START) || (stop && after(stop, candidate))) continue;
    let outer = candidate;
    for (let node = candidate.parentElement; node && node !== body; node = node.parentElement) if (isSignature(node)) outer = node;
    return outer;
  }
  return undefined;
}
// Hidden cached views (Gmail keeps earlier views in the page).
const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display: none"], [style*="display:none"]';

// Where messages are shown: nothing inside can name the mailbox owner (a sender writes what they like there).
const MESSAGE_AREA = '[role="main"], [role="listitem"], .adn, .a3s, .ii, [data-message-id]';

/**
 * The mailbox owner's address, only from the account area (the Google bar's account button). The
 * window title and the "me" of message headers are not used: a subject such as "Hi - ceo@x.example - y"
 * or a `span[name=me]` inside a message body would make a prospect the owner.
 */
export function gmailOwner(doc: Document): string | undefined {
  // The account button: aria-label "Google Account: Maya Ortiz (maya@…)".
  for (const link of doc.querySelectorAll(
    '#gb a[aria-label*="@"], header[role="banner"] a[aria-label*="@"], a[href^="https://accounts.google.com/SignOutOptions"][aria-label*="@"]',
  )) {
    if (link.closest(MESSAGE_AREA)) continue;
    const email = cleanEmail(/([^\s()<>]+@[^\s()<>]+)/.exec(link.getAttribute('aria-label') ?? '')?.[1]);
    if (email) return email;
  }
  return undefined;
}

/** The subject heading of the thread the URL names (a cached hidden one is never taken for it). */
function threadHeading(doc: Document, url: URL): Element | undefined {
  const headings = [...doc.querySelectorAll('h2.hP')];
  const id = gmailThreadIdInUrl(url);
  return (
    headings.find((heading) => id && heading.getAttribute('data-legacy-thread-id') === id) ??
    headings.find((heading) => !heading.closest(HIDDEN)) ??
    undefined
  );
}

/** The subject as shown: text with emoji images turned back into their characters. */
function subjectOf(heading: Element | undefined, doc: Document): string | undefined {
  if (heading) {
    let text = '';
    const walk = (node: Node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) text += child.textContent;
        else if (child.nodeType === 1 && (child as Element).matches('img[data-emoji]'))
          text += (child as Element).getAttribute('alt') ?? '';
        else if (child.nodeType === 1) walk(child);
      }
    };
    walk(heading);
    const subject = cleanText(text, 500);
    if (subject) return subject;
  }
  // "Subject - maya@… - Gmail"
  return cleanText(doc.title.split(/\s[-–]\s[^\s@]+@/)[0], 500);
}

/** The element holding the thread's messages: the nearest ancestor of the heading that has any. */
function threadRoot(heading: Element): Element | undefined {
  for (let node = heading.parentElement; node; node = node.parentElement) {
    if (node.querySelector('div.adn')) return node;
  }
  return undefined;
}

/** Not inside a message body: header attributes there would be the sender's own markup. */
const inHeader = (element: Element) => !element.closest('.a3s, .ii');

function readMessage(element: Element, now: number): ReadMessage {
  const legacy = element.getAttribute('data-legacy-message-id');
  const key = (element.getAttribute('data-message-id') ?? '').replace(/^#/, '') || (legacy ? `legacy:${legacy}` : '');
  const sender = [...element.querySelectorAll('span.gD[email], h3 span[email], span.zF[email]')].find(inHeader);
  const recipients = [...element.querySelectorAll('.hb span[email], span.g2[email]')].filter(inHeader);
  const date = element.querySelector('.gK .g3, span.g3');
  const dateText = cleanText(date?.getAttribute('title') ?? date?.textContent, 100);
  const at = gmailIdTime(legacy) ?? parseMailDate(dateText, now) ?? parseMailDate(date?.textContent, now);
  const message: ReadMessage = {
    key,
    from: mailPerson(sender?.getAttribute('email'), sender?.getAttribute('name') ?? sender?.textContent),
    to: recipients
      .map((span) => mailPerson(span.getAttribute('email'), span.getAttribute('name')))
      .filter((person): person is MailPerson => !!person),
    at,
    dateText,
  };
  const body = element.querySelector('div.a3s') ?? element.querySelector('.adP');
  if (body) {
    const signature = ownGmailSignature(body);
    // Raw lines: the plain-text quote rules run in the extension (mail-text.ts `ownText`).
    message.body = walkBody(body, signature ? `${QUOTE_SKIP},${SIGNATURE}` : QUOTE_SKIP, QUOTE_STOP);
    if (signature) message.signatureBlock = walkBody(signature);
  }
  return message;
}

/** The open thread, read once: subject, id, link, messages in order, owner. Undefined when no thread is shown. */
export function readGmailThread(doc: Document, url: URL, now = Date.now()): ReadThread | undefined {
  if (gmailView(url) !== 'thread') return undefined;
  const heading = threadHeading(doc, url);
  const root = heading && threadRoot(heading);
  if (!heading || !root) return undefined;
  const legacyId = heading.getAttribute('data-legacy-thread-id') ?? undefined;
  const permId = heading.getAttribute('data-thread-perm-id')?.replace(/^thread-[a-z]:/, '') ?? undefined;
  const messages = [...root.querySelectorAll('div.adn')]
    .filter((element) => element.hasAttribute('data-message-id') || element.hasAttribute('data-legacy-message-id'))
    .map((element) => readMessage(element, now))
    .filter((message) => message.key);
  // `#all/<legacy id>` opens the thread from any folder; the address bar's own id is the fallback.
  const account = /^\/mail\/u\/\d+\//.exec(url.pathname)?.[0] ?? '/mail/u/0/';
  const link = legacyId ? `${url.origin}${account}#all/${legacyId}` : `${url.origin}${url.pathname}${url.hash}`;
  return {
    id: legacyId ?? permId ?? gmailThreadIdInUrl(url),
    url: link,
    subject: subjectOf(heading, doc),
    owner: gmailOwner(doc),
    messages,
  };
}

// Compose windows: inline replies sit inside the thread, pop-outs in a dialog, new messages in the dock.
const COMPOSE_ROOT = 'div.M9';
/** The editable body of a compose window, most specific first. */
const COMPOSE_BODY = ['[g_editable="true"]', 'div[contenteditable="true"][role="textbox"]', 'div[contenteditable="true"]'];

/** The editable body of a compose window. */
export function gmailComposeBody(root: Element): HTMLElement | undefined {
  for (const selector of COMPOSE_BODY) {
    const body = root.querySelector<HTMLElement>(selector);
    if (body) return body;
  }
  return undefined;
}

/** Compose windows open in the page, in document order. */
export function gmailComposeRoots(doc: Document): Element[] {
  return [...doc.querySelectorAll(COMPOSE_ROOT)].filter((root) => {
    const body = gmailComposeBody(root);
    return body && !body.closest(HIDDEN);
  });
}

/** The compose window the user is in: the one holding focus or the caret, else the one opened last. */
export function currentGmailCompose(doc: Document): Element | undefined {
  const roots = gmailComposeRoots(doc);
  const anchor = doc.getSelection()?.anchorNode;
  return (
    roots.find((root) => doc.activeElement && root.contains(doc.activeElement) && doc.activeElement !== doc.body) ??
    roots.find((root) => anchor && root.contains(anchor)) ??
    roots[roots.length - 1]
  );
}

/** The recipients (chips with the address in `data-hovercard-id`, or `email` spans), subject and kind of a compose window. */
export function readGmailCompose(root: Element): MailCompose {
  const people = new Map<string, MailPerson>();
  for (const chip of root.querySelectorAll(
    '[name="to"] [data-hovercard-id], [name="cc"] [data-hovercard-id], [name="to"] [email], [name="cc"] [email]',
  )) {
    const person = mailPerson(
      chip.getAttribute('data-hovercard-id') ?? chip.getAttribute('email'),
      chip.getAttribute('data-name') ?? chip.getAttribute('name') ?? chip.textContent,
    );
    if (person && !people.has(person.email)) people.set(person.email, person);
  }
  const subject = cleanText(root.querySelector<HTMLInputElement>('input[name="subjectbox"]')?.value, 500) ?? '';
  return { kind: root.closest('[role="main"]') ? 'reply' : 'new', to: [...people.values()], subject };
}

/**
 * Gmail: the people of the open thread; with no thread, the recipients of the message being written.
 * `drafts` reads the thread (with signatures in the extension, headers only in the content script).
 */
export function gmailSite(drafts: MailDrafts): SiteExtractor {
  return {
    id: 'gmail',
    matches: (url) => url.hostname === 'mail.google.com',
    extract(doc, url) {
      const thread = readGmailThread(doc, url);
      if (thread) return drafts(thread, 'gmail');
      const compose = currentGmailCompose(doc);
      if (!compose) return [];
      const to = readGmailCompose(compose).to;
      return drafts({ url: url.href, owner: gmailOwner(doc), messages: [{ key: 'compose', to }] }, 'gmail', {
        header: 'message header',
        recipients: 'compose recipients',
      });
    },
    identity(doc, url): PageIdentity {
      if (gmailView(url) !== 'thread') return 'match';
      const id = gmailThreadIdInUrl(url);
      const headings = [...doc.querySelectorAll('h2.hP')];
      if (!headings.length) return 'stale';
      // Legacy (hex) ids can be compared with the page; newer ones (FMfcg…) cannot.
      if (id && /^[0-9a-f]{16}$/.test(id))
        return headings.some((heading) => heading.getAttribute('data-legacy-thread-id') === id) ? 'match' : 'stale';
      return 'unknown';
    },
  };
}
