import { describe, expect, it } from 'vitest';
import { getAllRecords } from '@/lib/db';
import {
  checkTemplate,
  gmailComposeUrl,
  mailtoUrl,
  outlookComposeUrl,
  renderTemplate,
  saveTemplate,
  toHtml,
  type MergeContext,
} from '@/lib/templates';
import { freshDb } from '../db-helpers';

const context = (lead: Partial<MergeContext['lead']> = {}): MergeContext => ({
  lead: {
    fullName: 'Ana María Lima',
    company: 'Quillfield Labs',
    title: 'Head of Growth',
    emails: ['ana@quillfield.example'],
    customFields: { industry: 'Fintech' },
    ...lead,
  },
  senderName: 'Maya Ortiz',
});

describe('rendering', () => {
  it('fills standard and custom fields, deriving first and last name from the full name', () => {
    const result = renderTemplate(
      {
        subject: 'Quick question, {{firstName}}',
        body: 'Hi {{ firstName }} {{lastName}},\n{{company}} in {{custom.industry}}?\n— {{senderName}}',
      },
      context(),
    );
    expect(result).toEqual({
      ok: true,
      subject: 'Quick question, Ana',
      body: 'Hi Ana María Lima,\nQuillfield Labs in Fintech?\n— Maya Ortiz',
    });
  });

  it('names every field that would be empty instead of writing "Hi ,"', () => {
    const result = renderTemplate(
      { body: 'Hi {{firstName}}, how is {{company}}? ({{custom.region}})' },
      context({ fullName: 'Cher', company: '  ' }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.missing).toEqual(['firstName', 'company', 'custom.region']);
    expect(result.message).toBe(
      '{{firstName}}, {{company}}, {{custom.region}} would be empty for Cher: fill them in on the lead, or give a fallback such as {{firstName|there}}',
    );
  });

  it('sends the user to Settings when their own name is missing', () => {
    const result = renderTemplate({ body: 'Hi {{firstName}}, {{senderName}}' }, { ...context(), senderName: ' ' });
    expect(result).toMatchObject({
      ok: false,
      missing: ['senderName'],
      message: '{{senderName}} would be empty for Ana María Lima: set your name in Settings',
    });
  });

  it('suggests a fallback that reads well in a sentence, or none', () => {
    const company = renderTemplate({ body: 'How is {{company}} handling renewals?' }, context({ fullName: 'Cher', company: ' ' }));
    expect(company).toMatchObject({
      ok: false,
      message: '{{company}} would be empty for Cher: fill it in on the lead, or give a fallback such as {{company|your company}}',
    });
    const title = renderTemplate({ body: 'As {{title}}, you…' }, context({ fullName: 'Cher', title: ' ' }));
    expect(title).toMatchObject({ ok: false, message: '{{title}} would be empty for Cher: fill it in on the lead' });
  });

  it('uses a fallback when the lead has no value', () => {
    expect(renderTemplate({ body: 'Hi {{firstName|there}},' }, context({ fullName: 'Cher' }))).toMatchObject({
      ok: true,
      body: 'Hi there,',
    });
  });

  it('inserts values once: a value that looks like a field stays text, and a subject stays one line', () => {
    const result = renderTemplate(
      { subject: 'For {{company}}', body: '{{company}}' },
      context({ company: '{{senderName}}\r\nBcc: x@evil.example' }),
    );
    expect(result).toEqual({ ok: true, subject: 'For {{senderName}} Bcc: x@evil.example', body: '{{senderName}}\r\nBcc: x@evil.example' });
  });
});

describe('checking before save', () => {
  it('refuses unknown fields, naming them and suggesting the likely one', () => {
    expect(
      checkTemplate({ subject: 'Hi {{fristName}}', body: '{{companyName}} {{custom.bad-key}} {{title}}' }).map((p) => p.message),
    ).toEqual([
      'Unknown merge field {{fristName}} — did you mean {{firstName}}?',
      'Unknown merge field {{companyName}}',
      'Unknown merge field {{custom.bad-key}}',
    ]);
    expect(checkTemplate({ body: 'Hi {{firstName}, bye' })).toEqual([
      { message: 'In the body: A merge field opened with {{ is not closed with }}' },
    ]);
    expect(checkTemplate({ subject: '{{firstName}}', body: '{{custom.industry}} {{senderName|me}}' })).toEqual([]);
  });

  it('saves nothing when a template has an unknown field', async () => {
    const db = await freshDb();
    await expect(saveTemplate(db, { name: 'Intro', channel: 'email', subject: 'Hi', body: 'Dear {{nickname}}' }, 1)).rejects.toThrow(
      'Unknown merge field {{nickname}}',
    );
    expect(await getAllRecords(db, 'templates')).toEqual([]);
    const saved = await saveTemplate(db, { name: 'Note', channel: 'linkedin', subject: 'ignored', body: 'Hi {{firstName}}' }, 2);
    expect(saved).toMatchObject({ name: 'Note', channel: 'linkedin', subject: '' });
  });
});

describe('escaping per destination', () => {
  const message = { to: 'ana+leads@quillfield.example', subject: 'Q&A = 100% #1?', body: 'Line one\nLine two & more' };

  it('mailto: percent-encodes every part, with CRLF line breaks', () => {
    expect(mailtoUrl(message)).toBe(
      'mailto:ana%2Bleads@quillfield.example?subject=Q%26A%20%3D%20100%25%20%231%3F&body=Line%20one%0D%0ALine%20two%20%26%20more',
    );
  });

  it('Gmail and Outlook compose links carry exactly the rendered text', () => {
    const gmail = new URL(gmailComposeUrl(message));
    expect(gmail.origin + gmail.pathname).toBe('https://mail.google.com/mail/');
    expect(Object.fromEntries(gmail.searchParams)).toEqual({
      view: 'cm',
      fs: '1',
      to: message.to,
      su: message.subject,
      body: message.body,
    });
    const outlook = new URL(outlookComposeUrl(message));
    expect(outlook.origin + outlook.pathname).toBe('https://outlook.office.com/mail/deeplink/compose');
    expect(Object.fromEntries(outlook.searchParams)).toEqual({ to: message.to, subject: message.subject, body: message.body });
  });

  it('HTML for rich-text editors escapes markup', () => {
    expect(toHtml('<b>Hi</b> "Ana" & co\nbye')).toBe('&lt;b&gt;Hi&lt;/b&gt; &quot;Ana&quot; &amp; co<br>bye');
  });
});
