// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractProspects } from '@/lib/extract';
import { withSignatures } from '@/lib/extract/mail-signature';
import { fillEmptySubject, insertPlainText } from '@/lib/mail/page/compose-insert';
import { gmailAdapter } from '@/lib/mail/page/gmail-adapter';
import { runMailContent, type MailAdapter } from '@/lib/mail/page/mail-content';
import { THROTTLE_MS } from '@/lib/mail/page/mail-watch';
import { outlookAdapter } from '@/lib/mail/page/outlook-adapter';
import { CONTRACT, envelope, type Reply } from '@/lib/messaging';
import { loadFixture, parseHtml } from '../extract-helpers';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKWbZrTqLvPzHcJdNmSxRtBwD';
const GMAIL_INBOX = 'https://mail.google.com/mail/u/0/#inbox';
const GMAIL_COMPOSE = 'https://mail.google.com/mail/u/0/#inbox?compose=new';
const OUTLOOK_ITEM = 'https://outlook.office.com/mail/inbox/id/AAQkAGI2TGuLTAAQAM1%3D';

describe('inserting text into the message being written', () => {
  it('puts plain text at the caret as text and line breaks, never markup, then reports input asynchronously', () => {
    const doc = loadFixture('gmail/compose.html');
    const body = doc.querySelector<HTMLElement>('[aria-label="New Message"] [g_editable="true"]')!;
    doc.getSelection()!.collapse(doc.getElementById('caret-line'), 0);
    const inputs: Event[] = [];
    body.addEventListener('input', (event) => inputs.push(event));
    const later: Array<() => void> = [];

    const placed = insertPlainText(body, 'Pilot plan attached.\n<img src=x onerror=alert(1)>', (run) => later.push(run));

    expect(placed).toBe('caret');
    expect(body.querySelector('img')).toBeNull();
    const line = doc.getElementById('caret-line')!;
    expect(line.textContent).toBe('Pilot plan attached.<img src=x onerror=alert(1)>');
    expect(line.querySelectorAll('br')).toHaveLength(2);
    // Greeting first, the inserted text next, the signature untouched after it.
    expect(body.textContent).toMatch(/^Hi Ines,Pilot plan attached\.<img src=x onerror=alert\(1\)>-- Maya Ortiz/);
    // Gmail hears about it only after the insertion has finished.
    expect(inputs).toHaveLength(0);
    later.forEach((run) => run());
    expect(inputs).toHaveLength(1);
    expect(inputs[0]).toMatchObject({ bubbles: true, inputType: 'insertText' });
  });

  it('replaces a selection, and goes to the start when the caret is outside the message', () => {
    const doc = parseHtml('<div id="outside">x</div><div contenteditable="true" id="body"><div>Hello there</div></div>');
    const body = doc.getElementById('body')!;
    const text = body.querySelector('div')!.firstChild!;
    doc.getSelection()!.setBaseAndExtent(text, 6, text, 11);
    expect(insertPlainText(body, 'Ines', () => undefined)).toBe('caret');
    expect(body.textContent).toBe('Hello Ines');

    doc.getSelection()!.collapse(doc.getElementById('outside'), 0);
    expect(insertPlainText(body, 'First. ', () => undefined)).toBe('start');
    expect(body.textContent).toBe('First. Hello Ines');
  });

  it('fills an empty subject only', () => {
    const doc = parseHtml('<input id="a" value=""><input id="b" value="Re: Pilot">');
    const seen: string[] = [];
    const empty = doc.getElementById('a') as HTMLInputElement;
    empty.addEventListener('input', () => seen.push(empty.value));
    expect(fillEmptySubject(empty, 'Pilot plan')).toBe(true);
    expect(empty.value).toBe('Pilot plan');
    expect(seen).toEqual(['Pilot plan']);
    expect(fillEmptySubject(doc.getElementById('b') as HTMLInputElement, 'Pilot plan')).toBe(false);
    expect((doc.getElementById('b') as HTMLInputElement).value).toBe('Re: Pilot');
  });
});

/** A content script run against a fixture, with the browser replaced by recorders. */
function harness(adapter: MailAdapter, doc: Document, href: string) {
  let current = href;
  const sent: Array<{ type: string; payload: unknown }> = [];
  let handler: ((raw: unknown, sender: { id?: string }) => Reply | undefined) | undefined;
  const controller = new AbortController();
  const watch = runMailContent(adapter, {
    doc,
    href: () => current,
    now: () => Date.UTC(2025, 2, 10),
    signal: controller.signal,
    extensionId: 'leadline-id',
    onMessage: (handle) => (handler = handle),
    send: (type, payload) => {
      sent.push({ type, payload });
      return Promise.resolve(undefined);
    },
    setTimer: (run, ms) => {
      const timer = setTimeout(run, ms);
      return () => clearTimeout(timer);
    },
  });
  return {
    watch,
    sent,
    controller,
    ask: (type: string, payload: unknown = {}, id = 'leadline-id') => handler!(envelope(type, payload), { id }),
    navigate: (to: string) => (current = to),
  };
}

describe('the webmail content script', () => {
  afterEach(() => vi.useRealTimers());

  it('answers `extract` with header drafts and signature lines that the panel completes into the full drafts', () => {
    const doc = loadFixture('gmail/thread.html');
    const page = harness(gmailAdapter(window), doc, GMAIL_THREAD);
    const reply = page.ask('extract') as { ok: true; data: unknown };
    const parsed = CONTRACT.extract.reply.parse(reply.data);
    expect(parsed.owner).toBe('maya.ortiz@ardent-freight.example');
    // Nothing of the signatures is read in the page: the title is not there yet.
    expect(parsed.drafts[0]).not.toHaveProperty('title');
    expect(withSignatures(parsed.drafts, parsed.signatures ?? [])).toEqual(extractProspects(doc, GMAIL_THREAD));
    page.controller.abort();
  });

  it('the same holds for Outlook', () => {
    const doc = loadFixture('outlook/reading-pane.html');
    const page = harness(outlookAdapter(window), doc, OUTLOOK_ITEM);
    const parsed = CONTRACT.extract.reply.parse((page.ask('extract') as { ok: true; data: unknown }).data);
    expect(withSignatures(parsed.drafts, parsed.signatures ?? [])).toEqual(extractProspects(doc, OUTLOOK_ITEM));
    page.controller.abort();
  });

  it('answers `mail.read` with the thread and the message being written, and refuses other senders', () => {
    const page = harness(gmailAdapter(window), loadFixture('gmail/compose.html'), GMAIL_COMPOSE);
    const reply = page.ask('mail.read') as { ok: true; data: unknown };
    expect(CONTRACT['mail.read'].reply.parse(reply.data)).toEqual({
      provider: 'gmail',
      owner: 'maya.ortiz@ardent-freight.example',
      compose: { kind: 'new', to: [{ email: 'ines.duarte@quillfield-labs.example', name: 'Ines Duarte' }], subject: '' },
    });
    expect(page.ask('mail.read', {}, 'someone-else')).toBeUndefined();
    page.controller.abort();
  });

  it('inserts only valid text, and says what to do when no message is being written', () => {
    const compose = harness(gmailAdapter(window), loadFixture('gmail/compose.html'), GMAIL_COMPOSE);
    expect(compose.ask('mail.insert', { body: '' })).toEqual({ ok: false, error: 'Nothing to insert' });
    expect(compose.ask('mail.insert', { body: 42 })).toEqual({ ok: false, error: 'Nothing to insert' });
    expect(compose.ask('mail.insert', { subject: 'Pilot plan', body: 'Hello' })).toEqual({
      ok: true,
      data: { placed: 'start', subjectFilled: true },
    });
    compose.controller.abort();

    const thread = harness(gmailAdapter(window), loadFixture('gmail/thread.html'), GMAIL_THREAD);
    expect(thread.ask('mail.insert', { body: 'Hello' })).toEqual({
      ok: false,
      error: 'Open a reply or a new message in Gmail first, then insert.',
    });
    thread.controller.abort();
  });

  it('watches only thread and compose views, tells the background about each thread once, and stops on teardown', async () => {
    vi.useFakeTimers();
    const doc = loadFixture('gmail/thread.html');
    const page = harness(gmailAdapter(window), doc, GMAIL_INBOX);
    expect(page.watch.watching).toBe(false);
    await vi.advanceTimersByTimeAsync(THROTTLE_MS);
    expect(page.sent.filter((message) => message.type === 'mail.seen')).toEqual([]);

    page.navigate(GMAIL_THREAD);
    window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL: GMAIL_INBOX, newURL: GMAIL_THREAD }));
    expect(page.watch.watching).toBe(true);
    await vi.advanceTimersByTimeAsync(THROTTLE_MS);
    const seen = page.sent.filter((message) => message.type === 'mail.seen');
    expect(seen).toHaveLength(1);
    const request = CONTRACT['mail.seen'].request.parse(seen[0]!.payload);
    expect(request.owner).toBe('maya.ortiz@ardent-freight.example');
    expect(request.thread.messages).toHaveLength(5);
    // Who wrote when, never what: no snippets leave the page for reply detection.
    expect(request.thread.messages.some((message) => message.snippet)).toBe(false);
    expect(page.sent.some((message) => message.type === 'mail.changed')).toBe(true);

    // A change elsewhere in the thread (not a new message) sends nothing new to the background.
    doc.querySelector('div[role="main"]')!.append(doc.createElement('span'));
    await vi.advanceTimersByTimeAsync(THROTTLE_MS);
    expect(page.sent.filter((message) => message.type === 'mail.seen')).toHaveLength(1);

    // Back to the inbox: the observer goes.
    page.navigate(GMAIL_INBOX);
    window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL: GMAIL_THREAD, newURL: GMAIL_INBOX }));
    expect(page.watch.watching).toBe(false);
    page.controller.abort();
    page.navigate(GMAIL_THREAD);
    window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL: GMAIL_INBOX, newURL: GMAIL_THREAD }));
    expect(page.watch.watching).toBe(false);
  });

  it('on Outlook, notices a new message opening in the reading pane without the address changing', async () => {
    vi.useFakeTimers();
    const doc = parseHtml('<div id="ReadingPaneContainerId"><div role="main"><p>Select an item to read</p></div></div>');
    const page = harness(outlookAdapter(window), doc, 'https://outlook.office.com/mail/inbox');
    await vi.advanceTimersByTimeAsync(THROTTLE_MS);
    const before = page.sent.length;
    doc.getElementById('ReadingPaneContainerId')!.innerHTML =
      '<div role="main"><div aria-label="To" role="textbox"><span title="ola@fjord.example">Ola Nordmann</span></div><div contenteditable="true" role="textbox" aria-label="Message body"></div></div>';
    await vi.advanceTimersByTimeAsync(THROTTLE_MS);
    expect(page.sent.slice(before).map((message) => message.type)).toContain('mail.changed');
    expect(page.watch.current).toBe('compose');
    const read = CONTRACT['mail.read'].reply.parse((page.ask('mail.read') as { ok: true; data: unknown }).data);
    expect(read.compose?.to).toEqual([{ email: 'ola@fjord.example', name: 'Ola Nordmann' }]);
    page.controller.abort();
  });
});
