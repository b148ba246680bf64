import { describe, expect, it } from 'vitest';
import { CONTRACT, createRouter, envelope, type Handlers, type MessageType } from '@/lib/messaging';
import type { MessageSender } from '@/lib/messaging/router';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const tab = (url: string): MessageSender => ({ id: ID, url, tab: { id: 4, windowId: 1, url } });
const SENDERS: Record<string, MessageSender> = {
  extension: { id: ID, url: `chrome-extension://${ID}/dashboard.html` },
  worker: { id: ID },
  linkedin: tab('https://www.linkedin.com/in/kofi-mensah/'),
  'linkedin-http': tab('http://www.linkedin.com/in/kofi-mensah/'),
  gmail: tab('https://mail.google.com/mail/u/0/#inbox/abc'),
  outlook: tab('https://outlook.office.com/mail/inbox/id/abc'),
  'other-site': tab('https://www.linkedin.com.evil.example/'),
};

const draft = { fullName: 'Kofi Mensah', source: 'linkedin', sourceUrl: 'https://www.linkedin.com/in/kofi-mensah/' };
const thread = { id: 't1', url: 'https://mail.google.com/mail/u/0/#inbox/abc', subject: 'Hi', messages: [] };
const REQUESTS: Record<MessageType, unknown> = {
  ping: {},
  extract: {},
  'capture.save': { drafts: [draft] },
  'inpage.button': {},
  'inpage.save': { draft },
  'panel.open': {},
  'mail.read': {},
  'mail.insert': { body: 'Hello' },
  'mail.seen': { provider: 'gmail', thread },
  'mail.changed': {},
  'reminders.refresh': {},
  'sync.now': {},
};

// The table the README prints ("Rules the code keeps"): who may send each type.
const ALLOWED: Record<MessageType, string[]> = {
  ping: ['extension', 'worker', 'linkedin', 'gmail', 'outlook'],
  extract: ['extension', 'worker'],
  'capture.save': ['extension', 'worker'],
  'inpage.button': ['linkedin'],
  'inpage.save': ['linkedin'],
  'panel.open': ['linkedin'],
  'mail.read': ['extension', 'worker'],
  'mail.insert': ['extension', 'worker'],
  'mail.seen': ['gmail'], // a Gmail report (provider "gmail"): only from Gmail
  'mail.changed': ['gmail', 'outlook'],
  'reminders.refresh': ['extension', 'worker'],
  'sync.now': ['extension', 'worker'],
};

function everyHandler() {
  const reached: string[] = [];
  const handlers = Object.fromEntries(
    (Object.keys(CONTRACT) as MessageType[]).map((type) => [
      type,
      () => {
        reached.push(type);
        return Promise.reject(new Error('reached'));
      },
    ]),
  ) as Handlers;
  return { route: createRouter(handlers, ID), reached };
}

describe('each message type is accepted only from the contexts and sites the contract names', () => {
  const cases = (Object.keys(CONTRACT) as MessageType[]).flatMap((type) => Object.keys(SENDERS).map((sender) => [type, sender] as const));
  it.each(cases)('%s from %s', async (type, sender) => {
    const { route, reached } = everyHandler();
    const reply = await route(envelope(type, REQUESTS[type]), SENDERS[sender]!);
    if (ALLOWED[type].includes(sender)) {
      expect(reached).toEqual([type]);
    } else {
      expect(reached).toEqual([]);
      expect(reply).toMatchObject({ ok: false });
    }
  });

  it('binds a mail report to its provider’s site: Outlook’s never from Gmail, Gmail’s never from Outlook', async () => {
    const { route, reached } = everyHandler();
    expect(await route(envelope('mail.seen', { provider: 'outlook', thread }), SENDERS.gmail!)).toEqual({
      ok: false,
      error: 'This "mail.seen" request cannot come from mail.google.com',
    });
    await route(envelope('mail.seen', { provider: 'gmail', thread }), SENDERS.outlook!);
    await route(envelope('mail.seen', { provider: 'outlook', thread }), SENDERS.outlook!);
    expect(reached).toEqual(['mail.seen']);
  });

  it('refuses http:// pages of an allowed site, naming the scheme', async () => {
    const { route } = everyHandler();
    expect(await route(envelope('inpage.button', {}), SENDERS['linkedin-http']!)).toEqual({
      ok: false,
      error: 'Messages from http://www.linkedin.com are not accepted (https only)',
    });
  });
});
