// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractProspects } from '@/lib/extract';
import { readGmailThread } from '@/lib/extract/gmail';
import { mailPage, mailPerson } from '@/lib/extract/mail-thread';
import { getAllRecords, getSettings, leadTimeline, updateSettings } from '@/lib/db';
import { saveLead } from '@/lib/leads';
import { directionOf, logEmail, loggedFor, type LoggedEmail } from '@/lib/mail/log-email';
import { learnOwner } from '@/lib/mail/mailbox-owner';
import { composeRecipients, mailProviderOf, newestMessage, otherPeople } from '@/lib/mail/mail-view';
import { matchesNeverCapture, neverCapturePatternProblem } from '@/lib/mail/never-capture';
import { exclusionReason, exclusionRules, screenDrafts } from '@/lib/mail/prospect-filter';
import { detectReplies } from '@/lib/mail/reply-detection';
import { createRouter, envelope } from '@/lib/messaging';
import { DEFAULT_NEVER_CAPTURE, MailPageSchema, type MailPage, type MailThread } from '@/lib/model';
import { enrollLeads, leadEnrollments, pauseEnrollmentById, resumeEnrollmentById, saveSequence } from '@/lib/sequences';
import { freshDb } from '../db-helpers';
import { loadFixture } from '../extract-helpers';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKWbZrTqLvPzHcJdNmSxRtBwD';
const MAYA = 'maya.ortiz@ardent-freight.example';
const INES = 'ines.duarte@quillfield-labs.example';

describe('never capture', () => {
  it.each([
    ['noreply@shop.example', ['noreply@*'], true],
    ['NoReply@Shop.example', ['noreply@*'], true],
    ['anna@shop.example', ['noreply@*'], false],
    ['anna@shop.example', ['*@shop.example'], true],
    ['anna@eu.shop.example', ['*@shop.example'], false],
    ['anna@shop.example', ['anna@shop.example'], true],
    ['anna@shop.example', ['*@*', 'broken', '@x'], false],
  ])('%s against %j: %s', (email, patterns, expected) => {
    expect(matchesNeverCapture(email, patterns)).toBe(expected);
  });

  it('explains a pattern it cannot use', () => {
    expect(neverCapturePatternProblem('*@ardent-freight.example')).toBeUndefined();
    expect(neverCapturePatternProblem('notifications@*')).toBeUndefined();
    expect(neverCapturePatternProblem('ardent-freight.example')).toBe(
      '“ardent-freight.example” is not a pattern Leadline understands: write name@domain, name@* or *@domain',
    );
  });
});

describe('who is offered as a prospect', () => {
  it('leaves out the owner, colleagues and never-capture addresses from a Gmail thread', () => {
    const drafts = extractProspects(loadFixture('gmail/thread.html'), GMAIL_THREAD);
    const rules = exclusionRules({ ownEmails: [MAYA], neverCapture: DEFAULT_NEVER_CAPTURE });
    const { drafts: kept, excluded } = screenDrafts(drafts, rules);
    expect(kept.map((draft) => draft.email)).toEqual([INES, 'jonas.pereira@quillfield-labs.example']);
    expect(excluded).toEqual([
      { email: 'no-reply@quillfield-labs.example', reason: 'never-capture' },
      { email: 'tobias.lind@ardent-freight.example', reason: 'colleague' },
    ]);
    // Ines's alternates are kept (they are hers, not excluded).
    expect(kept[0]?.alternates).toEqual({ phones: ['+351 21 000 4410'], emails: ['procurement@quillfield-labs.example'] });
  });

  it('uses the owner the page shows even before Settings know it, and treats webmail domains as no company', () => {
    const rules = exclusionRules({ ownEmails: [], neverCapture: [] }, 'sam.wren@gmail.com');
    expect(exclusionReason('sam.wren@gmail.com', rules)).toBe('yours');
    expect(exclusionReason('ola.nordmann@gmail.com', rules)).toBeUndefined();
    expect(exclusionReason('ola@fjord.example', exclusionRules({ ownEmails: ['sam@fjord.example'], neverCapture: [] }))).toBe('colleague');
  });

  it('removes excluded addresses from alternates and passes drafts without email unchanged', () => {
    const rules = exclusionRules({ ownEmails: [MAYA], neverCapture: ['*@spam.example'] });
    const linkedin = { source: 'linkedin' as const, sourceUrl: 'https://www.linkedin.com/in/x/', fullName: 'Rosa Marchetti', evidence: {} };
    const mixed = { ...linkedin, email: 'rosa@ironbark.example', alternates: { emails: ['x@spam.example', MAYA] } };
    expect(screenDrafts([linkedin, mixed], rules).drafts).toEqual([linkedin, { ...linkedin, email: 'rosa@ironbark.example' }]);
  });
});

describe('learning the mailbox owner', () => {
  it('adds the address once, as yours', async () => {
    const db = await freshDb();
    expect(await learnOwner(db, 'Maya.Ortiz@ardent-freight.example')).toBe(true);
    expect(await learnOwner(db, MAYA)).toBe(false);
    await Promise.all([learnOwner(db, 'a@x.example'), learnOwner(db, 'b@x.example')]);
    expect((await getSettings(db)).ownEmails).toEqual([MAYA, 'a@x.example', 'b@x.example']);
  });
});

function gmailThread(): MailThread {
  const doc = loadFixture('gmail/thread.html');
  return MailPageSchema.parse(mailPage('gmail', readGmailThread(doc, new URL(GMAIL_THREAD)), MAYA)).thread!;
}

describe('logging an email', () => {
  const email = (thread: MailThread, index: number): LoggedEmail => ({
    provider: 'gmail',
    threadUrl: thread.url,
    subject: thread.subject,
    message: thread.messages[index]!,
    direction: directionOf(thread.messages[index]!, [MAYA]),
  });

  it('records subject, date, direction and the thread link — no body — once however often it is logged', async () => {
    const db = await freshDb();
    const { lead } = await saveLead(db, { patch: { fullName: 'Ines Duarte', emails: [INES] }, origin: { kind: 'manual' } });
    const thread = gmailThread();
    const latest = email(thread, 4);
    const [first, second] = await Promise.all([logEmail(db, [lead.id], latest, false), logEmail(db, [lead.id], latest, false)]);
    expect([first[0]!.created, second[0]!.created].sort()).toEqual([false, true]);
    expect((await logEmail(db, [lead.id], latest, false))[0]).toEqual({ leadId: lead.id, fullName: 'Ines Duarte', created: false });

    const logged = (await leadTimeline(db, lead.id)).filter((activity) => activity.type === 'email-logged');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      at: Date.UTC(2025, 2, 6, 14, 15),
      summary: 'Email received: “Freight audit pilot — next steps 🚚”',
      details: {
        source: 'gmail',
        direction: 'inbound',
        subject: 'Freight audit pilot — next steps 🚚',
        from: 'Ines Duarte <ines.duarte@quillfield-labs.example>',
        to: 'maya.ortiz@ardent-freight.example, Jonas Pereira <jonas.pereira@quillfield-labs.example>, Tobias Lind <tobias.lind@ardent-freight.example>',
        threadUrl: 'https://mail.google.com/mail/u/0/#all/1955ce0ef0098854',
        messageKey: 'msg-f:1825854455808503844',
      },
    });
    expect(logged[0]!.details.snippet).toBeUndefined();
    expect(await loggedFor(db, 'gmail', 'msg-f:1825854455808503844', [lead.id, 'other'])).toEqual(new Set([lead.id]));
  });

  it('keeps a snippet when asked, and marks the owner’s own messages as sent', async () => {
    const db = await freshDb();
    const { lead } = await saveLead(db, { patch: { fullName: 'Ines Duarte', emails: [INES] }, origin: { kind: 'manual' } });
    const thread = gmailThread();
    await logEmail(db, [lead.id], email(thread, 2), true);
    const [activity] = (await leadTimeline(db, lead.id)).filter((entry) => entry.type === 'email-logged');
    expect(activity).toMatchObject({
      summary: 'Email sent: “Freight audit pilot — next steps 🚚”',
      details: { direction: 'outbound', snippet: 'Three lanes works. I will send the contract tomorrow.' },
    });
  });

  it('writes nothing when one of the leads is gone', async () => {
    const db = await freshDb();
    const { lead } = await saveLead(db, { patch: { fullName: 'Ines Duarte', emails: [INES] }, origin: { kind: 'manual' } });
    await expect(logEmail(db, [lead.id, 'deleted-lead'], email(gmailThread(), 4), false)).rejects.toThrow(
      'That lead no longer exists: nothing was logged',
    );
    expect((await getAllRecords(db, 'activities')).filter((activity) => activity.type === 'email-logged')).toEqual([]);
  });
});

describe('replies seen in a thread', () => {
  async function enrolled(onReply: 'pause' | 'finish', startedAt: number) {
    const db = await freshDb();
    await updateSettings(db, { timeZone: 'Europe/Lisbon' });
    const { lead } = await saveLead(
      db,
      { patch: { fullName: 'Ines Duarte', emails: [INES] }, origin: { kind: 'manual' } },
      startedAt - 1000,
    );
    const { sequence } = await saveSequence(
      db,
      {
        name: 'Pilot follow-up',
        steps: [
          { id: 's1', type: 'email', delayDays: 0 },
          { id: 's2', type: 'call', delayDays: 3 },
        ],
        rules: { onReply },
      },
      startedAt - 500,
    );
    await enrollLeads(db, [lead.id], sequence.id, startedAt);
    return { db, lead };
  }
  const NOW = Date.UTC(2025, 2, 10);

  it('pauses the enrollment on a message from the lead sent after enrolling, once', async () => {
    const { db, lead } = await enrolled('pause', Date.UTC(2025, 2, 5, 12));
    const replies = await detectReplies(db, 'gmail', gmailThread(), [MAYA], NOW);
    expect(replies).toEqual([{ leadId: lead.id, at: Date.UTC(2025, 2, 6, 14, 15), recorded: true }]);
    expect((await leadEnrollments(db, lead.id))[0]?.enrollment.status).toBe('paused');
    const timeline = await leadTimeline(db, lead.id);
    expect(timeline.filter((activity) => activity.type === 'replied')).toMatchObject([
      { summary: 'Replied (seen in Gmail)', pending: false, at: Date.UTC(2025, 2, 6, 14, 15) },
    ]);

    // Seeing the thread again records nothing new.
    expect(await detectReplies(db, 'gmail', gmailThread(), [MAYA], NOW + 60_000)).toEqual([
      { leadId: lead.id, at: Date.UTC(2025, 2, 6, 14, 15), recorded: false },
    ]);
    expect((await leadTimeline(db, lead.id)).filter((activity) => activity.type === 'replied')).toHaveLength(1);
  });

  it('finishes the enrollment when the sequence finishes on reply', async () => {
    const { db, lead } = await enrolled('finish', Date.UTC(2025, 2, 5, 12));
    await detectReplies(db, 'gmail', gmailThread(), [MAYA], NOW);
    expect((await leadEnrollments(db, lead.id))[0]?.enrollment).toMatchObject({ status: 'finished', finishReason: 'replied' });
  });

  it('ignores messages older than the enrollment, the owner’s own, and a reply the user already resumed after', async () => {
    const late = await enrolled('pause', Date.UTC(2025, 2, 7));
    expect(await detectReplies(late.db, 'gmail', gmailThread(), [MAYA], NOW)).toEqual([]);
    expect((await leadEnrollments(late.db, late.lead.id))[0]?.enrollment.status).toBe('active');

    // The lead's address as the owner's (a rep writing to themselves) is never a reply.
    const own = await enrolled('pause', Date.UTC(2025, 2, 5, 12));
    expect(await detectReplies(own.db, 'gmail', gmailThread(), [MAYA, INES], NOW)).toEqual([]);

    // Paused by hand and resumed after the message came: the user has dealt with it.
    const resumed = await enrolled('pause', Date.UTC(2025, 2, 5, 12));
    const enrollment = (await leadEnrollments(resumed.db, resumed.lead.id))[0]!.enrollment;
    await pauseEnrollmentById(resumed.db, enrollment.id, Date.UTC(2025, 2, 7));
    await resumeEnrollmentById(resumed.db, enrollment.id, Date.UTC(2025, 2, 8));
    expect(await detectReplies(resumed.db, 'gmail', gmailThread(), [MAYA], NOW)).toEqual([]);
    expect((await leadEnrollments(resumed.db, resumed.lead.id))[0]?.enrollment.status).toBe('active');
  });

  it('records nothing for leads that are not enrolled, and nothing for dates far in the future', async () => {
    const db = await freshDb();
    await saveLead(db, { patch: { fullName: 'Ines Duarte', emails: [INES] }, origin: { kind: 'manual' } });
    expect(await detectReplies(db, 'gmail', gmailThread(), [MAYA], NOW)).toEqual([]);
    const { db: db2 } = await enrolled('pause', Date.UTC(2025, 2, 5, 12));
    expect(await detectReplies(db2, 'gmail', gmailThread(), [MAYA], Date.UTC(2025, 2, 1))).toEqual([]);
  });
});

describe('what the panel makes of a webmail page', () => {
  const page: MailPage = {
    provider: 'gmail',
    owner: MAYA,
    thread: {
      url: 'https://mail.google.com/mail/u/0/#all/1955ce0ef0098854',
      subject: 'Pilot',
      messages: [
        { key: 'a', from: { email: INES, name: 'Ines Duarte' }, to: [{ email: MAYA }] },
        { key: 'b', from: { email: MAYA }, to: [{ email: INES }, { email: 'jonas@quillfield-labs.example' }] },
      ],
    },
    compose: { kind: 'reply', to: [], subject: '' },
  };

  it('knows the webmail sites by address', () => {
    expect(mailProviderOf('https://mail.google.com/mail/u/0/#inbox')).toBe('gmail');
    expect(mailProviderOf('https://outlook.office365.com/mail/')).toBe('outlook');
    expect(mailProviderOf('https://outlook.example.com/mail/')).toBeUndefined();
    expect(mailProviderOf('not a url')).toBeUndefined();
  });

  it('logs the newest message, on everyone it involves but the owner', () => {
    expect(newestMessage(page)?.key).toBe('b');
    expect(otherPeople(newestMessage(page)!, [MAYA]).map((person) => person.email)).toEqual([INES, 'jonas@quillfield-labs.example']);
  });

  it('sends a reply with folded recipients to the sender being answered', () => {
    expect(composeRecipients(page, [MAYA])).toEqual([{ email: INES, name: 'Ines Duarte' }]);
    expect(composeRecipients({ ...page, compose: { kind: 'new', to: [], subject: '' } }, [MAYA])).toEqual([]);
    expect(
      composeRecipients({ ...page, compose: { kind: 'new', to: [{ email: MAYA }, { email: 'ola@fjord.example' }], subject: '' } }, [MAYA]),
    ).toEqual([{ email: 'ola@fjord.example' }]);
  });
});

describe('mail messages from a page are checked before anything is written', () => {
  it('refuses a malformed `mail.seen` and one sent from anywhere but a mail site’s content script', async () => {
    const db = await freshDb();
    let calls = 0;
    const route = createRouter(
      {
        'mail.seen': () => {
          calls += 1;
          return Promise.resolve({ replies: 0 });
        },
      },
      'leadline',
    );
    const gmailTab = { id: 'leadline', url: 'https://mail.google.com/mail/u/0/', tab: { id: 4 } };
    const thread = { url: 'javascript:alert(1)', subject: 'x', messages: [] };
    expect(await route(envelope('mail.seen', { provider: 'gmail', thread }), gmailTab)).toEqual({
      ok: false,
      error: 'Invalid "mail.seen" request: thread.url: Only http:// and https:// links are allowed',
    });
    const valid = { provider: 'gmail', thread: { url: 'https://mail.google.com/mail/u/0/#all/1', messages: [] } };
    expect(await route(envelope('mail.seen', valid), { id: 'leadline' })).toEqual({
      ok: false,
      error: '"mail.seen" is sent only by Leadline\'s content scripts',
    });
    expect(await route(envelope('mail.seen', valid), { ...gmailTab, url: 'https://evil.example/' })).toEqual({
      ok: false,
      error: 'Messages from evil.example are not accepted',
    });
    expect(calls).toBe(0);
    expect(await route(envelope('mail.seen', valid), gmailTab)).toEqual({ ok: true, data: { replies: 0 } });
    expect(await getAllRecords(db, 'activities')).toEqual([]);
  });

  it('refuses a sender name carrying markup: the person keeps only their address', () => {
    expect(mailPerson('ines@q.example', '<img src=x onerror=alert(1)>')).toEqual({ email: 'ines@q.example' });
    expect(mailPerson('javascript:alert(1)', 'Ines')).toBeUndefined();
    expect(mailPerson('Ines@Q.example', '"Duarte, Ines"')).toEqual({ email: 'ines@q.example', name: 'Ines Duarte' });
  });
});
