import type { ProspectDraft } from '../model';
import type { ExclusionReason } from '../mail';
import { type Arrival, arrived } from './arrival';
import { draftFromMenuCapture, type MenuCapture } from './menu-capture';
import type { PageRead } from './page-reader';

/** Where the panel is in reading its page. */
export type CaptureStatus = 'finding-tab' | 'reading' | 'waiting' | 'ready' | 'no-access' | 'error' | 'no-tab';

/** What the panel shows about its page. */
export interface CaptureState {
  status: CaptureStatus;
  tabId?: number;
  /** The page URL the drafts came from. */
  url?: string;
  drafts: ProspectDraft[];
  /** `page`: what the page describes; `menu`: the selection or email link the user right-clicked. */
  origin: 'page' | 'menu';
  /** Why there is nothing to show (no access, an error, still loading). */
  message?: string;
  /** A note beside the drafts (a right-clicked selection that named nobody). */
  notice?: string;
  /** Authors the page credits by name only ("Also on this page"): never drafts. */
  bylines?: Array<{ name: string; url?: string }>;
  /** People the page shows who are never prospects (you, your colleagues, never-capture addresses). */
  excluded?: Array<{ email: string; reason: ExclusionReason }>;
  /** Changes whenever the page (tab or URL) changes: edits made for an older generation are dropped. */
  generation: number;
}

/** Tab changes the panel follows. */
export type TabEvent =
  | { type: 'activated'; tabId: number; windowId: number }
  | { type: 'updated'; tabId: number; url?: string; status?: string }
  | { type: 'removed'; tabId: number };

/** What the session needs from the browser (wired by the panel's entrypoint, faked in tests). */
export interface CaptureDeps {
  /** The tab named by `?tabId=` (pinned) or the active tab of the panel's window. */
  targetTab(): Promise<{ tabId: number; windowId?: number; url?: string; pinned: boolean } | undefined>;
  readTab(tabId: number): Promise<PageRead>;
  watchTabs(listener: (event: TabEvent) => void, signal: AbortSignal): void;
  /** Takes (reads and removes) the right-click the background left for this tab, if any. */
  takeMenuCapture(tabId: number): Promise<MenuCapture | undefined>;
  onMenuCapture(listener: () => void, signal: AbortSignal): void;
  /** Runs `run` after `ms`; returns the cancel. */
  setTimer(run: () => void, ms: number): () => void;
  /** The time in milliseconds (Date.now unless a test drives it). */
  now?(): number;
  /**
   * Leaves out the people who are never prospects (lib/mail/prospect-filter.ts: the mailbox owner,
   * whom `owner` names when the page shows one, colleagues, never-capture addresses).
   */
  screen?(
    drafts: ProspectDraft[],
    owner: string | undefined,
  ): Promise<{ drafts: ProspectDraft[]; excluded: NonNullable<CaptureState['excluded']> }>;
}

/** While the page is not ready, it is asked again this often, this many times (10 s). */
export const POLL_MS = 200;
export const MAX_POLLS = 50;

/**
 * Keeps the panel's view of its page current: reads the target tab, follows tab switches and in-app
 * navigation (clearing the previous page's drafts the moment the URL changes), polls while the page
 * is not ready, and takes right-clicks handed over by the background. Replies that arrive after the
 * page moved on are dropped, so the panel never shows the previous person as the current one.
 */
export class CaptureSession {
  private state: CaptureState = { status: 'finding-tab', drafts: [], origin: 'page', generation: 0 };
  private windowId: number | undefined;
  private pinned = false;
  /** The URL the tab last reported (only for tabs Leadline may see). */
  private tabUrl: string | undefined;
  /** Between the tab's "loading" and "complete": a page reader injected now would see half a page. */
  private tabLoading = false;
  private reads = 0;
  private polls = 0;
  private cancelPoll: (() => void) | undefined;
  private stopped = false;
  /** What the panel last showed read from this tab's page, and at which address. */
  private shown: { url: string; drafts: ProspectDraft[] } | undefined;
  /** Set by an address change in the same tab until the new page no longer looks like the previous one (./arrival.ts). */
  private arrival: Arrival | undefined;

  constructor(
    private readonly deps: CaptureDeps,
    private readonly emit: (state: CaptureState) => void,
  ) {}

  /** Starts following the target tab until `signal` aborts. */
  start(signal: AbortSignal): void {
    signal.addEventListener(
      'abort',
      () => {
        this.stopped = true;
        this.cancelPoll?.();
      },
      { once: true },
    );
    this.deps.watchTabs((event) => this.onTabEvent(event), signal);
    this.deps.onMenuCapture(() => void this.takeMenuCapture(true), signal);
    void this.findTab();
  }

  /** Reads the page again from scratch (the user asked to). */
  reload(): void {
    this.arrival = undefined;
    if (this.state.tabId === undefined) void this.findTab();
    else this.newPage(this.state.tabId);
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  private set(patch: Partial<CaptureState>): void {
    if (this.stopped) return;
    this.state = { ...this.state, ...patch };
    this.emit(this.state);
  }

  private async findTab(): Promise<void> {
    const target = await this.deps.targetTab();
    if (this.stopped) return;
    if (!target) {
      this.set({ status: 'no-tab', drafts: [], message: 'There is no page beside this panel to read.' });
      return;
    }
    this.windowId = target.windowId;
    this.pinned = target.pinned;
    this.tabUrl = target.url;
    this.tabLoading = false;
    this.shown = undefined;
    this.arrival = undefined;
    this.newPage(target.tabId);
  }

  /** A different page: forget everything shown for the previous one, then read. */
  private newPage(tabId: number): void {
    this.reads += 1; // Replies still in flight belong to the previous page.
    this.polls = 0;
    this.cancelPoll?.();
    this.set({
      status: 'reading',
      tabId,
      url: undefined,
      drafts: [],
      origin: 'page',
      message: undefined,
      notice: undefined,
      excluded: undefined,
      bylines: undefined,
      generation: this.state.generation + 1,
    });
    // Both at once, for speed: a right-click found for this tab wins and drops the page's answer.
    void this.read();
    void this.takeMenuCapture(false);
  }

  private async read(): Promise<void> {
    const tabId = this.state.tabId;
    if (tabId === undefined || this.stopped) return;
    const mine = ++this.reads;
    this.cancelPoll?.();
    const result = await this.deps.readTab(tabId);
    if (this.stopped || mine !== this.reads || tabId !== this.state.tabId) return;
    // While a new document loads, its content script is not there yet: wait for it rather than read half a page.
    if (this.tabLoading && (result.kind !== 'page' || result.via === 'injected reader')) {
      this.poll('Waiting for the page to load…');
      return;
    }
    if (result.kind !== 'page') {
      this.set({ status: result.kind, drafts: [], message: result.message });
      return;
    }
    const { reply } = result;
    // The tab already reports a newer URL than the one the page answered for: that answer is stale.
    const stale = this.tabUrl !== undefined && pageAddress(reply.url) !== pageAddress(this.tabUrl);
    if (!reply.ready || stale || (this.arrival && !arrived(this.arrival, reply.drafts, reply.url, reply.checked === true, this.now()))) {
      this.poll('Waiting for the page to show the person in its address…');
      return;
    }
    this.arrival = undefined;
    this.shown = { url: reply.url, drafts: reply.drafts };
    const screened = await this.screen(reply.drafts, reply.owner);
    if (this.stopped || mine !== this.reads || tabId !== this.state.tabId) return;
    this.set({
      status: 'ready',
      url: reply.url,
      drafts: screened.drafts,
      excluded: screened.excluded,
      bylines: reply.bylines?.length ? reply.bylines : undefined,
      origin: 'page',
      message: undefined,
    });
  }

  private async screen(
    drafts: ProspectDraft[],
    owner: string | undefined,
  ): Promise<{ drafts: ProspectDraft[]; excluded: CaptureState['excluded'] }> {
    if (!this.deps.screen || !drafts.length) return { drafts, excluded: undefined };
    const screened = await this.deps.screen(drafts, owner);
    return { drafts: screened.drafts, excluded: screened.excluded.length ? screened.excluded : undefined };
  }

  /** Asks the page again shortly, up to MAX_POLLS times; nothing is shown meanwhile. */
  private poll(message: string): void {
    if (this.polls < MAX_POLLS) {
      this.polls += 1;
      this.cancelPoll = this.deps.setTimer(() => void this.read(), POLL_MS);
      this.set({ status: 'waiting', drafts: [], message });
    } else {
      this.set({ status: 'waiting', drafts: [], message: 'The page has not finished loading. Read it again once it has.' });
    }
  }

  /**
   * Shows what the user right-clicked (a selection, an email link). A click on the page itself just
   * granted access to it (activeTab): `readPage` then reads the page again.
   */
  private async takeMenuCapture(readPage: boolean): Promise<void> {
    const tabId = this.state.tabId;
    if (tabId === undefined) return;
    const capture = await this.deps.takeMenuCapture(tabId);
    if (!capture || this.stopped || tabId !== this.state.tabId) return;
    if (capture.invoked) {
      // Access to the page was just granted: read it if it could not be read, and leave it be otherwise.
      if (readPage && this.state.status === 'no-access') this.newPage(tabId);
      return;
    }
    const { draft, problem } = draftFromMenuCapture(capture, this.tabUrl);
    if (draft) {
      this.reads += 1;
      this.cancelPoll?.();
      const mine = this.reads;
      const screened = await this.screen([draft], undefined);
      if (this.stopped || mine !== this.reads || tabId !== this.state.tabId) return;
      this.set({
        status: 'ready',
        url: draft.sourceUrl,
        drafts: screened.drafts,
        excluded: screened.excluded,
        bylines: undefined,
        origin: 'menu',
        message: undefined,
        notice: undefined,
        generation: this.state.generation + 1,
      });
      return;
    }
    // A click on the page itself, or a selection naming nobody: the page is what there is to show.
    if (problem) this.set({ notice: problem });
    if (readPage || this.state.origin === 'menu') {
      if (this.state.origin === 'menu') this.set({ origin: 'page', drafts: [], status: 'reading', generation: this.state.generation + 1 });
      void this.read();
    }
  }

  private onTabEvent(event: TabEvent): void {
    if (event.type === 'activated') {
      if (this.pinned || (this.windowId !== undefined && event.windowId !== this.windowId) || event.tabId === this.state.tabId) return;
      // The window's active tab changed: find it again (with its URL, where Leadline may see it).
      void this.findTab();
      return;
    }
    if (event.tabId !== this.state.tabId) return;
    if (event.type === 'removed') {
      if (this.pinned) this.set({ status: 'no-tab', drafts: [], message: 'The tab this panel was reading has been closed.' });
      else void this.findTab();
      return;
    }
    if (event.status === 'loading') this.tabLoading = true;
    if (event.url !== undefined && pageAddress(event.url) !== pageAddress(this.tabUrl ?? '')) {
      // Navigation (in-app or not): the previous person's data goes now, not when the new page answers.
      // The page may still show it for a moment: remember it (or, if the tab moved on before its
      // page was shown, what it showed before that) to recognise it.
      if (this.shown) this.arrival = { at: this.now(), from: this.shown.url, before: this.shown.drafts };
      else if (this.arrival) this.arrival = { ...this.arrival, at: this.now(), lastLook: undefined, sameReads: undefined };
      this.shown = undefined;
      this.tabUrl = event.url;
      this.newPage(event.tabId);
      return;
    }
    if (event.url !== undefined) this.tabUrl = event.url;
    if (event.status === 'complete') {
      this.tabLoading = false;
      if (this.state.status !== 'ready' && this.state.status !== 'reading') void this.read();
    }
  }
}

/**
 * What names the page in a URL: the URL without its hash — except in Gmail, whose hash is the route
 * (`#inbox/<thread>`), so a new hash there is a new page. Gmail's `?compose=…` after the route is a
 * window over the page (its id changes each time the draft is saved), not a new page.
 */
export function pageAddress(url: string): string {
  const [base = url, hash] = url.split('#');
  if (!url.startsWith('https://mail.google.com/') || hash === undefined) return base;
  return `${base}#${hash.split('?')[0]}`;
}
