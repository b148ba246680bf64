import { describe, expect, it } from 'vitest';
import { CaptureSession, pageAddress, type CaptureDeps, type CaptureState, type TabEvent } from '@/lib/capture/capture-session';
import type { MenuCapture } from '@/lib/capture/menu-capture';
import { readTab, type PageRead } from '@/lib/capture/page-reader';
import { exclusionRules, screenDrafts } from '@/lib/mail/prospect-filter';
import { DEFAULT_NEVER_CAPTURE, type ProspectDraft } from '@/lib/model';

const THREAD_A = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKWbZrTqLvPzHcJdNmSxRtBwD';
const THREAD_B = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKWbZrTqLvPzHcJdNmSxRtBwE';
const person = (fullName: string, email: string, url: string): ProspectDraft => ({
  fullName,
  email,
  source: 'gmail',
  sourceUrl: url,
  evidence: {},
});
const read = (url: string, owner: string | undefined, ...drafts: ProspectDraft[]): PageRead => ({
  kind: 'page',
  via: 'content script',
  reply: { url, ready: true, drafts, ...(owner ? { owner } : {}) },
});

function harness(answer: () => PageRead, ownEmails: string[] = []) {
  const states: CaptureState[] = [];
  let tabListener: (event: TabEvent) => void = () => undefined;
  let menuListener: () => void = () => undefined;
  let menu: MenuCapture | undefined;
  const deps: CaptureDeps = {
    targetTab: () => Promise.resolve({ tabId: 3, windowId: 1, url: THREAD_A, pinned: false }),
    readTab: () => Promise.resolve(answer()),
    watchTabs: (listener) => (tabListener = listener),
    takeMenuCapture: () => {
      const taken = menu;
      menu = undefined;
      return Promise.resolve(taken);
    },
    onMenuCapture: (listener) => (menuListener = listener),
    setTimer: () => () => undefined,
    // The panel's screening, with Settings as given.
    screen: (drafts, owner) =>
      Promise.resolve(screenDrafts(drafts, exclusionRules({ ownEmails, neverCapture: DEFAULT_NEVER_CAPTURE }, owner))),
  };
  const session = new CaptureSession(deps, (state) => states.push(state));
  session.start(new AbortController().signal);
  return {
    last: () => states[states.length - 1]!,
    tab: (event: TabEvent) => tabListener(event),
    menu: (capture: MenuCapture) => {
      menu = capture;
      menuListener();
    },
  };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('capture on webmail', () => {
  it('never offers the owner the page names, colleagues or never-capture senders, and says who was left out', async () => {
    const h = harness(() =>
      read(
        THREAD_A,
        'maya.ortiz@ardent-freight.example',
        person('Ines Duarte', 'ines.duarte@quillfield-labs.example', THREAD_A),
        person('Quillfield Vendor Portal', 'no-reply@quillfield-labs.example', THREAD_A),
        person('Tobias Lind', 'tobias.lind@ardent-freight.example', THREAD_A),
      ),
    );
    await settle();
    expect(h.last()).toMatchObject({ status: 'ready', drafts: [{ fullName: 'Ines Duarte' }] });
    expect(h.last().excluded).toEqual([
      { email: 'no-reply@quillfield-labs.example', reason: 'never-capture' },
      { email: 'tobias.lind@ardent-freight.example', reason: 'colleague' },
    ]);
  });

  it('treats a new Gmail hash as a new page: the previous thread’s people go at once', async () => {
    let url = THREAD_A;
    const h = harness(() =>
      read(
        url,
        undefined,
        person(url === THREAD_A ? 'Ines Duarte' : 'Kwame Asante-Boateng', url === THREAD_A ? 'ines@q.example' : 'kwame@h.example', url),
      ),
    );
    await settle();
    expect(h.last().drafts.map((draft) => draft.fullName)).toEqual(['Ines Duarte']);
    const generation = h.last().generation;
    url = THREAD_B;
    h.tab({ type: 'updated', tabId: 3, url: THREAD_B });
    expect(h.last()).toMatchObject({ status: 'reading', drafts: [], generation: generation + 1 });
    await settle();
    expect(h.last().drafts.map((draft) => draft.fullName)).toEqual(['Kwame Asante-Boateng']);
  });

  it('takes Gmail’s route from the hash, but not the compose window over it', () => {
    expect(pageAddress(THREAD_A)).not.toBe(pageAddress(THREAD_B));
    expect(pageAddress('https://mail.google.com/mail/u/0/#inbox?compose=new')).toBe(
      pageAddress('https://mail.google.com/mail/u/0/#inbox?compose=CllgCJqTfXh'),
    );
    expect(pageAddress('https://mail.google.com/mail/u/0/#inbox?compose=new')).toBe('https://mail.google.com/mail/u/0/#inbox');
    expect(pageAddress('https://www.linkedin.com/in/rosa/#experience')).toBe('https://www.linkedin.com/in/rosa/');
  });

  it('screens a right-clicked address too', async () => {
    const h = harness(() => read(THREAD_A, undefined), ['sam@wren.example']);
    await settle();
    h.menu({ tabId: 3, at: Date.now(), linkUrl: 'mailto:notifications@tracker.example' });
    await settle();
    expect(h.last()).toMatchObject({
      status: 'ready',
      origin: 'menu',
      drafts: [],
      excluded: [{ email: 'notifications@tracker.example', reason: 'never-capture' }],
    });
  });
});

describe('reading a webmail tab', () => {
  it('completes the content script’s header drafts with the signature lines it sent', async () => {
    const reply = {
      url: THREAD_A,
      ready: true,
      drafts: [person('Ines Duarte', 'ines.duarte@quillfield-labs.example', THREAD_A)],
      signatures: [
        {
          email: 'ines.duarte@quillfield-labs.example',
          lines: ['Ines Duarte', 'Head of Procurement', 'Quillfield Labs', 'M: +351 912 345 678'],
          links: [],
        },
      ],
    };
    const result = await readTab(
      { sendExtract: () => Promise.resolve({ ok: true, data: reply }), injectExtractor: () => Promise.reject(new Error('unused')) },
      3,
    );
    expect(result).toMatchObject({
      kind: 'page',
      reply: {
        drafts: [{ title: 'Head of Procurement', company: 'Quillfield Labs', phone: '+351 912 345 678', evidence: { title: 'signature' } }],
      },
    });
  });

  it('cuts the quote from the message lines it sent, and prefers the signature element it found', async () => {
    const email = 'ines.duarte@quillfield-labs.example';
    const lines = [
      'Hi Maya,',
      'Agreed.',
      '',
      '--',
      'Ines Duarte',
      'Buyer',
      '',
      'On Tue, 3 Mar 2026 at 09:14, Rafael Nunes <rafael@quillfield-labs.example> wrote:',
      '> Chief Financial Officer',
      '> +351 21 999 0000',
    ];
    const read = (signature: object) =>
      readTab(
        {
          sendExtract: () =>
            Promise.resolve({
              ok: true,
              data: { url: THREAD_A, ready: true, drafts: [person('Ines Duarte', email, THREAD_A)], signatures: [signature] },
            }),
          injectExtractor: () => Promise.reject(new Error('unused')),
        },
        3,
      );
    const plain = await read({ email, lines, links: [] });
    expect(plain).toMatchObject({ kind: 'page', reply: { drafts: [{ title: 'Buyer' }] } });
    expect(JSON.stringify(plain)).not.toMatch(/Chief Financial|999 0000/);
    const block = await read({
      email,
      lines,
      links: [],
      block: { lines: ['Ines Duarte', 'Head of Procurement', 'Quillfield Labs'], links: [] },
    });
    expect(block).toMatchObject({ kind: 'page', reply: { drafts: [{ title: 'Head of Procurement', company: 'Quillfield Labs' }] } });
  });
});
