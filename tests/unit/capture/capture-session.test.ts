import { describe, expect, it } from 'vitest';
import { CaptureSession, MAX_POLLS, type CaptureDeps, type CaptureState, type TabEvent } from '@/lib/capture/capture-session';
import type { MenuCapture } from '@/lib/capture/menu-capture';
import { ASK_TO_READ, readTab, type PageRead } from '@/lib/capture/page-reader';
import type { ProspectDraft } from '@/lib/model';

const ROSA = 'https://www.linkedin.com/in/rosa-marchetti/';
const OTTO = 'https://www.linkedin.com/in/otto-brandvold/';
const draft = (fullName: string, url: string): ProspectDraft => ({
  fullName,
  source: 'linkedin',
  sourceUrl: url,
  evidence: { fullName: 'page heading' },
});
const page = (url: string, ready: boolean, ...names: string[]): PageRead => ({
  kind: 'page',
  via: 'content script',
  reply: { url, ready, drafts: names.map((name) => draft(name, url)) },
});

/** A fake browser: tab events and timers are driven by the test; reads answer from a queue or a function. */
function harness(answer: (tabId: number) => PageRead | Promise<PageRead>, target = { tabId: 7, windowId: 1, url: ROSA, pinned: false }) {
  const states: CaptureState[] = [];
  let tabListener: (event: TabEvent) => void = () => undefined;
  let menuListener: () => void = () => undefined;
  const timers: Array<() => void> = [];
  const clock = { now: 0 };
  let menu: MenuCapture | undefined;
  const deps: CaptureDeps = {
    // The panel's window's active tab (or the pinned one).
    targetTab: () => Promise.resolve(target),
    readTab: (tabId) => Promise.resolve(answer(tabId)),
    watchTabs: (listener) => (tabListener = listener),
    takeMenuCapture: () => {
      const taken = menu;
      menu = undefined;
      return Promise.resolve(taken);
    },
    onMenuCapture: (listener) => (menuListener = listener),
    setTimer: (run) => {
      timers.push(run);
      return () => timers.splice(timers.indexOf(run), 1);
    },
    now: () => clock.now,
  };
  const controller = new AbortController();
  const session = new CaptureSession(deps, (state) => states.push(state));
  return {
    session,
    states,
    last: () => states[states.length - 1]!,
    start: () => session.start(controller.signal),
    stop: () => controller.abort(),
    tab: (event: TabEvent) => {
      if (event.type === 'activated' && event.windowId === target.windowId && !target.pinned)
        target = { ...target, tabId: event.tabId, url: OTTO };
      tabListener(event);
    },
    menu: (capture: MenuCapture) => {
      menu = capture;
      menuListener();
    },
    tick: () => timers.shift()?.(),
    clock,
    pending: () => timers.length,
  };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('CaptureSession', () => {
  it('shows the drafts of the active tab of the panel’s window', async () => {
    const h = harness(() => page(ROSA, true, 'Rosa Marchetti'));
    h.start();
    await settle();
    expect(h.states.map((state) => state.status)).toEqual(['reading', 'ready']);
    expect(h.last()).toMatchObject({
      status: 'ready',
      tabId: 7,
      url: ROSA,
      drafts: [expect.objectContaining({ fullName: 'Rosa Marchetti' })],
    });
  });

  it('lists the page’s bylines apart from its drafts, and forgets them when the page changes', async () => {
    const article = 'https://news.example/ports-expand';
    let current: PageRead = {
      kind: 'page',
      via: 'injected reader',
      reply: { url: article, ready: true, drafts: [], bylines: [{ name: 'Elif Demir', url: 'https://news.example/authors/elif' }] },
    };
    const h = harness(() => current, { tabId: 7, windowId: 1, url: article, pinned: false });
    h.start();
    await settle();
    expect(h.last()).toMatchObject({
      status: 'ready',
      drafts: [],
      bylines: [{ name: 'Elif Demir', url: 'https://news.example/authors/elif' }],
    });
    current = page(ROSA, true, 'Rosa Marchetti');
    h.tab({ type: 'updated', tabId: 7, url: ROSA });
    expect(h.last()).toMatchObject({ status: 'reading', bylines: undefined });
    await settle();
    expect(h.last()).toMatchObject({
      status: 'ready',
      bylines: undefined,
      drafts: [expect.objectContaining({ fullName: 'Rosa Marchetti' })],
    });
  });

  it('clears the previous person the moment the tab’s URL changes, and polls until the new page is ready', async () => {
    let current = page(ROSA, true, 'Rosa Marchetti');
    const h = harness(() => current);
    h.start();
    await settle();
    current = page(OTTO, false);
    h.tab({ type: 'updated', tabId: 7, url: OTTO });
    expect(h.last()).toMatchObject({ status: 'reading', drafts: [] });
    await settle();
    expect(h.last()).toMatchObject({ status: 'waiting', drafts: [] });
    current = page(OTTO, true, 'Otto Brandvold');
    h.tick();
    await settle();
    expect(h.last()).toMatchObject({ status: 'ready', url: OTTO, drafts: [expect.objectContaining({ fullName: 'Otto Brandvold' })] });
    // Rosa was never shown for Otto's URL.
    expect(h.states.filter((state) => state.url === OTTO).flatMap((state) => state.drafts.map((d) => d.fullName))).toEqual([
      'Otto Brandvold',
    ]);
  });

  it('after in-app navigation, never takes the previous person (or their details) as the new address’s', async () => {
    // An injected reader on a site with no handle to check: it answers "ready" with whatever is on screen.
    const injected = (url: string, ...drafts: ProspectDraft[]): PageRead => ({
      kind: 'page',
      via: 'injected reader',
      reply: { url, ready: true, drafts },
    });
    const rosa = { ...draft('Rosa Marchetti', ROSA), websiteUrl: 'https://rosa.example/' };
    let current = injected(ROSA, rosa);
    const h = harness(() => current);
    h.start();
    await settle();
    h.clock.now = 1000;
    current = injected(OTTO, rosa);
    h.tab({ type: 'updated', tabId: 7, url: OTTO });
    await settle();
    expect(h.last()).toMatchObject({ status: 'waiting', drafts: [] });
    // The new name renders first, above Rosa's details.
    current = injected(OTTO, { ...rosa, fullName: 'Otto Brandvold' });
    h.clock.now = 1400;
    h.tick();
    await settle();
    expect(h.last()).toMatchObject({ status: 'waiting', drafts: [] });
    current = injected(OTTO, draft('Otto Brandvold', OTTO));
    h.clock.now = 1600;
    h.tick();
    await settle();
    expect(h.last()).toMatchObject({ status: 'ready', drafts: [{ fullName: 'Otto Brandvold' }] });
    expect(h.states.filter((state) => state.url === OTTO).flatMap((state) => state.drafts.map((d) => [d.fullName, d.websiteUrl]))).toEqual([
      ['Otto Brandvold', undefined],
    ]);
    // Back to Rosa's address, where a namesake's page looks the same: shown once it stayed so for 2 s,
    // over SAME_LOOK_READS reads.
    h.clock.now = 1600;
    h.tab({ type: 'updated', tabId: 7, url: ROSA });
    current = injected(ROSA, draft('Otto Brandvold', ROSA));
    const seen: string[] = [];
    for (let read = 1; read <= 12; read++) {
      h.clock.now = 1600 + read * 200;
      h.tick();
      await settle();
      seen.push(h.last().status);
    }
    expect(seen.indexOf('ready')).toBe(9);
    expect(h.last()).toMatchObject({ url: ROSA, drafts: [{ fullName: 'Otto Brandvold' }] });
  });

  it('drops a reply that arrives after the page moved on', async () => {
    let release: (read: PageRead) => void = () => undefined;
    let calls = 0;
    const h = harness(() => {
      calls += 1;
      return calls === 1 ? new Promise<PageRead>((done) => (release = done)) : page(OTTO, true, 'Otto Brandvold');
    });
    h.start();
    await settle();
    h.tab({ type: 'updated', tabId: 7, url: OTTO });
    await settle();
    release(page(ROSA, true, 'Rosa Marchetti'));
    await settle();
    expect(h.states.some((state) => state.drafts.some((d) => d.fullName === 'Rosa Marchetti'))).toBe(false);
    expect(h.last()).toMatchObject({ status: 'ready', drafts: [expect.objectContaining({ fullName: 'Otto Brandvold' })] });
  });

  it('treats an answer for an older URL than the tab reports as not ready', async () => {
    let current = page(ROSA, true, 'Rosa Marchetti');
    const h = harness(() => current);
    h.start();
    await settle();
    h.tab({ type: 'updated', tabId: 7, url: OTTO });
    await settle();
    expect(h.last()).toMatchObject({ status: 'waiting', drafts: [] });
    current = page(OTTO, true, 'Otto Brandvold');
    h.tick();
    await settle();
    expect(h.last().drafts.map((d) => d.fullName)).toEqual(['Otto Brandvold']);
  });

  it('gives up polling after 10 seconds with a message, and reads again when the page completes', async () => {
    let current = page(OTTO, false);
    const h = harness(() => current, { tabId: 7, windowId: 1, url: OTTO, pinned: false });
    h.start();
    await settle();
    for (let i = 0; i < MAX_POLLS; i += 1) {
      h.tick();
      await settle();
    }
    expect(h.pending()).toBe(0);
    expect(h.last()).toMatchObject({ status: 'waiting', message: 'The page has not finished loading. Read it again once it has.' });
    current = page(OTTO, true, 'Otto Brandvold');
    h.tab({ type: 'updated', tabId: 7, status: 'complete' });
    await settle();
    expect(h.last()).toMatchObject({ status: 'ready' });
  });

  it('follows tab switches in its own window only, and never when bound to a tab', async () => {
    const h = harness((tabId) => (tabId === 7 ? page(ROSA, true, 'Rosa Marchetti') : page(OTTO, true, 'Otto Brandvold')));
    h.start();
    await settle();
    h.tab({ type: 'activated', tabId: 9, windowId: 2 });
    await settle();
    expect(h.last()).toMatchObject({ tabId: 7 });
    h.tab({ type: 'activated', tabId: 9, windowId: 1 });
    await settle();
    expect(h.last()).toMatchObject({ tabId: 9, drafts: [expect.objectContaining({ fullName: 'Otto Brandvold' })] });

    const pinned = harness(() => page(ROSA, true, 'Rosa Marchetti'), { tabId: 7, windowId: 1, url: ROSA, pinned: true });
    pinned.start();
    await settle();
    pinned.tab({ type: 'activated', tabId: 9, windowId: 1 });
    await settle();
    expect(pinned.last()).toMatchObject({ tabId: 7 });
  });

  it('shows the right-clicked selection instead of the page, and the page again after navigation', async () => {
    const h = harness(() => page(ROSA, true, 'Rosa Marchetti'));
    h.start();
    await settle();
    h.menu({ tabId: 7, at: Date.now(), pageUrl: ROSA, selection: 'Lea Kowalczyk <lea@kestrel.example>' });
    await settle();
    expect(h.last()).toMatchObject({
      status: 'ready',
      origin: 'menu',
      drafts: [expect.objectContaining({ fullName: 'Lea Kowalczyk', email: 'lea@kestrel.example' })],
    });
    h.tab({ type: 'updated', tabId: 7, url: OTTO });
    await settle();
    expect(h.last()).toMatchObject({ origin: 'page' });
  });

  it('reads the page when a selection names nobody, and says why', async () => {
    const h = harness(() => page(ROSA, true, 'Rosa Marchetti'));
    h.start();
    await settle();
    h.menu({ tabId: 7, at: Date.now(), selection: 'see you next week' });
    await settle();
    expect(h.last()).toMatchObject({ origin: 'page', drafts: [expect.objectContaining({ fullName: 'Rosa Marchetti' })] });
    expect(h.last().notice).toMatch(/no name or email address/);
  });

  it('waits for a loading document instead of reading half of it with the injected reader', async () => {
    let current: PageRead = page(ROSA, true, 'Rosa Marchetti');
    const h = harness(() => current);
    h.start();
    await settle();
    // A full navigation: the new document has no content script yet, the injected reader sees half a page.
    current = { kind: 'page', via: 'injected reader', reply: { url: OTTO, ready: true, drafts: [draft('Half Loaded', OTTO)] } };
    h.tab({ type: 'updated', tabId: 7, url: OTTO, status: 'loading' });
    await settle();
    expect(h.last()).toMatchObject({ status: 'waiting', drafts: [] });
    current = page(OTTO, true, 'Otto Brandvold');
    h.tab({ type: 'updated', tabId: 7, status: 'complete' });
    await settle();
    expect(h.last()).toMatchObject({ status: 'ready', drafts: [expect.objectContaining({ fullName: 'Otto Brandvold' })] });
    expect(h.states.some((state) => state.drafts.some((d) => d.fullName === 'Half Loaded'))).toBe(false);
  });

  it('reads a page it could not read once the user invokes Leadline on its tab, and leaves a read page be', async () => {
    let current: PageRead = { kind: 'no-access', message: ASK_TO_READ };
    let reads = 0;
    const h = harness(() => {
      reads += 1;
      return current;
    });
    h.start();
    await settle();
    expect(h.last()).toMatchObject({ status: 'no-access' });
    // The toolbar button (or the keyboard shortcut) grants access to the page.
    current = page(ROSA, true, 'Rosa Marchetti');
    h.menu({ tabId: 7, at: Date.now(), invoked: true });
    await settle();
    expect(h.last()).toMatchObject({ status: 'ready', origin: 'page', drafts: [expect.objectContaining({ fullName: 'Rosa Marchetti' })] });
    // Invoked again while the person is shown (edits under way in the review): nothing is read again.
    const [count, generation] = [reads, h.last().generation];
    h.menu({ tabId: 7, at: Date.now(), invoked: true });
    await settle();
    expect(reads).toBe(count);
    expect(h.last().generation).toBe(generation);
  });

  it('reports pages it may not read in words the user can act on', async () => {
    const h = harness(() => ({ kind: 'no-access', message: ASK_TO_READ }));
    h.start();
    await settle();
    expect(h.last()).toMatchObject({ status: 'no-access', message: ASK_TO_READ, drafts: [] });
  });

  it('stops emitting once stopped', async () => {
    const h = harness(() => page(ROSA, false));
    h.start();
    await settle();
    const count = h.states.length;
    h.stop();
    h.tick();
    h.tab({ type: 'updated', tabId: 7, url: OTTO });
    await settle();
    expect(h.states).toHaveLength(count);
  });
});

describe('readTab', () => {
  const reply = { url: ROSA, ready: true, drafts: [draft('Rosa Marchetti', ROSA)] };
  it('asks the content script first', async () => {
    const read = await readTab(
      { sendExtract: () => Promise.resolve({ ok: true, data: reply }), injectExtractor: () => Promise.reject(new Error('unused')) },
      1,
    );
    expect(read).toMatchObject({
      kind: 'page',
      via: 'content script',
      reply: { drafts: [expect.objectContaining({ fullName: 'Rosa Marchetti' })] },
    });
  });

  it('injects the page reader where no content script answers', async () => {
    const read = await readTab(
      {
        sendExtract: () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
        injectExtractor: () => Promise.resolve(reply),
      },
      1,
    );
    expect(read).toMatchObject({ kind: 'page', via: 'injected reader' });
  });

  it.each([
    ['Cannot access contents of url "https://acme.example/". Extension manifest must request permission to access this host.', ASK_TO_READ],
    ['Cannot access a chrome:// URL', 'Leadline cannot read this page: browser pages and extension stores are off limits.'],
  ])('explains a refused injection: %s', async (error, message) => {
    const read = await readTab(
      { sendExtract: () => Promise.resolve(undefined), injectExtractor: () => Promise.reject(new Error(error)) },
      1,
    );
    expect(read).toEqual({ kind: 'no-access', message });
  });

  it('refuses a reply that breaks the contract (a javascript: source URL)', async () => {
    const bad = { url: ROSA, ready: true, drafts: [{ ...draft('Rosa Marchetti', ROSA), sourceUrl: 'javascript:alert(1)' }] };
    const read = await readTab(
      { sendExtract: () => Promise.resolve({ ok: true, data: bad }), injectExtractor: () => Promise.resolve(bad) },
      1,
    );
    expect(read).toEqual({
      kind: 'error',
      message: 'The page could not be read: Invalid reply to "extract": drafts.0.sourceUrl: Only http:// and https:// links are allowed',
    });
  });
});
