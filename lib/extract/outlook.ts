import type { MailCompose, MailPerson } from '../model';
import { cleanEmail, cleanText } from './clean';
import { parseMailDate } from './mail-date';
import { QUOTE_SKIP, QUOTE_START, QUOTE_STOP, walkBody } from './mail-walk';
import { mailPerson, type MailDrafts, type ReadMessage, type ReadThread } from './mail-thread';
import type { PageIdentity, SiteExtractor } from './site';

/**
 * Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com): the reading pane's
 * conversation, the message being written, and the mailbox owner. Outlook's class names are hashed and
 * change every few months, so everything here goes by ids, roles and ARIA labels (docs/sites.md).
 */

const HOSTS = /^outlook\.(live|office|office365)\.com$/;

/** Which Outlook view a URL shows: a message (`…/id/<item id>`), a compose window (`…/compose`), or a list. */
export function outlookView(url: URL): 'thread' | 'compose' | 'other' {
  if (!HOSTS.test(url.hostname) || !url.pathname.startsWith('/mail')) return 'other';
  if (/\/id\/[^/]+/.test(url.pathname)) return 'thread';
  return /\/(deeplink\/)?compose(\/|$)/.test(url.pathname) ? 'compose' : 'other';
}

// "From:" and the like in the languages Outlook is most used in; the label is `<prefix> <name>`.
const FROM = [
  'From:',
  'De :',
  'De:',
  'Von:',
  'Da:',
  'Van:',
  'Från:',
  'Fra:',
  'Od:',
  'Z:',
  'Від:',
  'От:',
  '差出人:',
  '寄件者:',
  '发件人:',
  '보낸 사람:',
];
const TO = [
  'To:',
  'À :',
  'À:',
  'A :',
  'An:',
  'Para:',
  'A:',
  'Aan:',
  'Till:',
  'Til:',
  'Do:',
  'Кому:',
  '宛先:',
  '收件者:',
  '收件人:',
  '받는 사람:',
];
const CC = ['Cc:', 'CC:', 'Cc :', 'Kopie:', 'CC :', 'Копия:'];

const startsWithAny = (label: string | null, prefixes: readonly string[]) => !!label && prefixes.some((prefix) => label.startsWith(prefix));
const after = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4) !== 0; // b follows a

/** The reading pane: the stable container id, else the main region. */
function readingPane(doc: Document): Element | null {
  return doc.getElementById('ReadingPaneContainerId') ?? doc.querySelector('[role="main"]');
}

/**
 * The mailbox owner's address, only from the account manager (Microsoft's shared header), never from
 * an element inside the reading pane or a message (a sender can write any id or title there).
 */
export function outlookOwner(doc: Document): string | undefined {
  const outside = (element: Element | null) =>
    element && !element.closest('#ReadingPaneContainerId, [role="main"], [aria-label="Message body"]') ? element : null;
  const sources: Array<() => string | null | undefined> = [
    () => outside(doc.getElementById('mectrl_currentAccount_secondary'))?.textContent,
    () => outside(doc.querySelector('#mectrl_main_trigger [title*="@"], #O365_MainLink_Me [title*="@"]'))?.getAttribute('title'),
    () =>
      /([^\s()<>]+@[^\s()<>]+)/.exec(
        outside(doc.querySelector('#mectrl_main_trigger[aria-label*="@"], #O365_MainLink_Me[aria-label*="@"]'))?.getAttribute(
          'aria-label',
        ) ?? '',
      )?.[1],
  ];
  for (const source of sources) {
    const email = cleanEmail(source());
    if (email) return email;
  }
  return undefined;
}

/**
 * The people an ARIA-labelled header element names: descendants whose `title` is an address (with their
 * text as the name), else "Name <address>" in its text.
 */
function peopleIn(element: Element, prefixes: readonly string[]): MailPerson[] {
  const found: MailPerson[] = [];
  for (const titled of element.querySelectorAll('[title*="@"]')) {
    const person = mailPerson(titled.getAttribute('title'), titled.textContent);
    if (person) found.push(person);
  }
  if (found.length) return found;
  const text = element.textContent ?? '';
  for (const match of text.matchAll(/([^<>;,]*?)\s*<([^<>\s]+@[^<>\s]+)>/g)) {
    const person = mailPerson(match[2], match[1]);
    if (person) found.push(person);
  }
  if (found.length) return found;
  // Only a name in the label ("From: Ines Duarte") and an address somewhere in the text.
  const label = element.getAttribute('aria-label') ?? '';
  const prefix = prefixes.find((candidate) => label.startsWith(candidate)) ?? '';
  const address = /[^\s<>()]+@[^\s<>()]+\.[a-z]{2,}/i.exec(text)?.[0];
  const person = mailPerson(address, label.slice(prefix.length));
  return person ? [person] : [];
}

const SIGNATURE_IDS = '#Signature, [id$="_Signature"]';
const OWN_SIGNATURE = `${SIGNATURE_IDS}, [id*="Signature" i]:not([id*="divRply" i])`;

/**
 * Puts a conversation's messages oldest first, in place, whichever way the pane shows them: Outlook
 * lists the newest on top or at the bottom (a setting), expands the newest and collapses older ones
 * (header and preview, no body, often no date). Dated messages go by date; a collapsed message with
 * no date is older than the expanded ones it sits beside.
 */
function chronological(messages: ReadMessage[]): void {
  const dated = messages.filter((message) => message.at !== undefined);
  const newestOnTop =
    dated.length > 1
      ? dated[0]!.at! > dated[dated.length - 1]!.at!
      : !!messages[0]?.body && messages.slice(1).every((message) => !message.body);
  if (newestOnTop) messages.reverse();
  const order = new Map(messages.map((message, index) => [message, index]));
  const collapsedUndated = (message: ReadMessage) => message.at === undefined && !message.body;
  messages.sort((a, b) => {
    if (a.at !== undefined && b.at !== undefined && a.at !== b.at) return a.at - b.at;
    if (collapsedUndated(a) !== collapsedUndated(b)) return collapsedUndated(a) ? -1 : 1;
    return order.get(a)! - order.get(b)!;
  });
}

/** The open conversation in the reading pane; undefined when the pane shows no message. */
export function readOutlookThread(doc: Document, url: URL, now = Date.now()): ReadThread | undefined {
  if (outlookView(url) !== 'thread') return undefined;
  const pane = readingPane(doc);
  if (!pane) return undefined;
  const labelled = [...pane.querySelectorAll('[aria-label]')];
  const froms = labelled.filter(
    (element) => startsWithAny(element.getAttribute('aria-label'), FROM) && !element.closest('[role="document"]'),
  );
  if (!froms.length) return undefined;
  const recipients = labelled.filter(
    (element) => startsWithAny(element.getAttribute('aria-label'), [...TO, ...CC]) && !element.closest('[role="document"]'),
  );
  const bodies = [...pane.querySelectorAll('div[role="document"]')];
  const dates = [...pane.querySelectorAll('[data-testid="SentReceivedSavedTime"], time[datetime]')];
  const heading = pane.querySelector('[role="heading"][aria-level="2"]') ?? pane.querySelector('[role="heading"][title]');
  // Each message is everything from its "From:" to the next one.
  const messages = froms.map((from, index): ReadMessage => {
    const next = froms[index + 1];
    const mine = (element: Element) => after(from, element) && (!next || after(element, next));
    const sender = peopleIn(from, FROM)[0];
    const date = dates.find(mine);
    const dateText = cleanText(date?.getAttribute('datetime') ?? date?.getAttribute('title') ?? date?.textContent, 100);
    const at = parseMailDate(dateText, now);
    const message: ReadMessage = {
      key: `${sender?.email ?? 'unknown'}|${at ?? dateText ?? index}`,
      from: sender,
      to: recipients.filter(mine).flatMap((element) => peopleIn(element, [...TO, ...CC])),
      at,
      dateText,
    };
    const body = bodies.find(mine);
    if (body) {
      // The signature element (`Signature`, `x_Signature` once received) before any quote: the writer's own.
      const stop = body.querySelector(QUOTE_STOP);
      const own = [...body.querySelectorAll(OWN_SIGNATURE)].find(
        (candidate) => !candidate.closest(QUOTE_START) && !(stop && after(stop, candidate)),
      );
      // Raw lines: the plain-text quote rules run in the extension (mail-text.ts `ownText`).
      message.body = walkBody(body, own ? `${QUOTE_SKIP},${SIGNATURE_IDS}` : QUOTE_SKIP, QUOTE_STOP);
      if (own) message.signatureBlock = walkBody(own);
    }
    return message;
  });
  const subject = cleanText(heading?.getAttribute('title') ?? heading?.textContent, 500);
  chronological(messages);
  const itemId = /\/id\/([^/?#]+)/.exec(url.pathname)?.[1];
  return { id: itemId, url: `${url.origin}${url.pathname}`, subject, owner: outlookOwner(doc), messages };
}

/** The editable body of the message being written. */
export function outlookComposeBody(doc: Document): HTMLElement | undefined {
  const pane = readingPane(doc) ?? doc.body;
  const candidates = [
    ...pane.querySelectorAll<HTMLElement>('div[contenteditable="true"][role="textbox"][aria-label*="body" i]'),
    ...pane.querySelectorAll<HTMLElement>('div[contenteditable="true"][aria-label*="message" i]'),
  ];
  return candidates.find((element) => !/^(to|cc|bcc)\b/i.test(element.getAttribute('aria-label') ?? ''));
}

/** The recipients (chips with the address in `title`), subject and kind of the message being written. */
export function readOutlookCompose(doc: Document, body: Element): MailCompose {
  const pane = readingPane(doc) ?? doc.body;
  const people = new Map<string, MailPerson>();
  for (const well of pane.querySelectorAll('[aria-label="To"], [aria-label="Cc"], [aria-label^="To "], [aria-label^="Cc "]')) {
    if (well.contains(body)) continue;
    for (const person of peopleIn(well, [])) if (!people.has(person.email)) people.set(person.email, person);
  }
  const subjectInput = pane.querySelector<HTMLInputElement>(
    'input[aria-label="Add a subject" i], input[placeholder*="subject" i], input[aria-label*="subject" i]',
  );
  // A reply in the reading pane sits below the conversation it answers.
  const kind = [...pane.querySelectorAll('[aria-label]')].some((element) => startsWithAny(element.getAttribute('aria-label'), FROM))
    ? 'reply'
    : 'new';
  return { kind, to: [...people.values()], subject: cleanText(subjectInput?.value, 500) ?? '' };
}

/**
 * Outlook on the web: the people of the conversation in the reading pane, or the recipients of the
 * message being written. `drafts` reads the thread (with signatures in the extension, headers only in
 * the content script).
 */
export function outlookSite(drafts: MailDrafts): SiteExtractor {
  return {
    id: 'outlook',
    matches: (url) => HOSTS.test(url.hostname),
    extract(doc, url) {
      const labels = { header: 'reading pane header', recipients: 'recipient list' };
      const thread = readOutlookThread(doc, url);
      if (thread) return drafts(thread, 'outlook', labels);
      const body = outlookComposeBody(doc);
      if (!body) return [];
      const to = readOutlookCompose(doc, body).to;
      return drafts({ url: url.href, owner: outlookOwner(doc), messages: [{ key: 'compose', to }] }, 'outlook', {
        ...labels,
        recipients: 'compose recipients',
      });
    },
    identity(doc, url): PageIdentity {
      if (outlookView(url) !== 'thread') return 'match';
      const pane = readingPane(doc);
      const shown =
        pane && [...pane.querySelectorAll('[aria-label]')].some((element) => startsWithAny(element.getAttribute('aria-label'), FROM));
      // The pane carries no item id: a shown message may still be the previous one (the content script watches it change).
      return shown ? 'unknown' : 'stale';
    },
  };
}
