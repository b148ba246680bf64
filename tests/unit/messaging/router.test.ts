import { describe, expect, it, vi } from 'vitest';
import { createRouter, envelope, readReply, type Handlers } from '@/lib/messaging';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const fromPopup = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` };
const validDraft = { fullName: 'Ines Quintero', source: 'linkedin', sourceUrl: 'https://www.linkedin.com/in/ines-quintero/' };

function router() {
  const save = vi.fn<NonNullable<Handlers['capture.save']>>(() => Promise.resolve({ leads: [] }));
  const handlers: Handlers = { 'capture.save': save, ping: () => Promise.resolve({ version: '1.0.0' }) };
  // capture.save is sent by extension pages only; the content-script path is covered by message-senders.test.ts.
  return { route: createRouter(handlers, EXTENSION_ID), save };
}

describe('createRouter', () => {
  it('passes a valid request from an extension page to its handler', async () => {
    const { route, save } = router();
    const reply = await route(envelope('capture.save', { drafts: [validDraft] }), fromPopup);
    expect(reply).toEqual({ ok: true, data: { leads: [] } });
    expect(save).toHaveBeenCalledWith(
      { drafts: [expect.objectContaining({ fullName: 'Ines Quintero', evidence: {} })] },
      { kind: 'extension' },
    );
  });

  it.each([
    [{ drafts: [] }, 'Invalid "capture.save" request: drafts: Nothing to save'],
    [{ drafts: [{ ...validDraft, email: 'not-an-email' }] }, 'Invalid "capture.save" request: drafts.0.email: Not a valid email address'],
    [
      { drafts: [{ ...validDraft, websiteUrl: 'javascript:alert(1)' }] },
      'Invalid "capture.save" request: drafts.0.websiteUrl: Only http:// and https:// links are allowed',
    ],
    [{ drafts: [validDraft], extra: true }, 'Invalid "capture.save" request: Unrecognized key: "extra"'],
  ])('refuses a bad payload %j with a clear error and never calls the handler', async (payload, error) => {
    const { route, save } = router();
    expect(await route(envelope('capture.save', payload), fromPopup)).toEqual({ ok: false, error });
    expect(save).not.toHaveBeenCalled();
  });

  it('refuses messages from another extension and from pages outside the allowed hosts', async () => {
    const { route, save } = router();
    expect(await route(envelope('capture.save', { drafts: [validDraft] }), { ...fromPopup, id: 'someone-else' })).toEqual({
      ok: false,
      error: 'Messages are accepted from Leadline only',
    });
    const evil = { id: EXTENSION_ID, url: 'https://evil.example/', tab: { id: 3, url: 'https://evil.example/' } };
    expect(await route(envelope('capture.save', { drafts: [validDraft] }), evil)).toEqual({
      ok: false,
      error: 'Messages from evil.example are not accepted',
    });
    expect(save).not.toHaveBeenCalled();
  });

  it('names unknown message types and ignores messages that are not ours', async () => {
    const { route } = router();
    expect(await route(envelope('drop.tables', {}), fromPopup)).toEqual({ ok: false, error: 'Unknown message type "drop.tables"' });
    expect(await route({ hello: 'world' }, fromPopup)).toBeUndefined();
  });
});

describe('readReply', () => {
  it('returns valid data and throws the sender’s error or a schema error otherwise', () => {
    expect(readReply('ping', { ok: true, data: { version: '1.2.3' } })).toEqual({ version: '1.2.3' });
    expect(() => readReply('ping', { ok: false, error: 'Nope' })).toThrow('Nope');
    expect(() => readReply('ping', { ok: true, data: { version: 5 } })).toThrow('Invalid reply to "ping"');
    expect(() => readReply('ping', undefined)).toThrow('No one answered "ping"');
  });
});
