/**
 * Watches a webmail page only while it shows a thread or a message being written: one
 * MutationObserver on the part of the page that view lives in, connected on entering such a view and
 * disconnected on leaving it (or when the content script is torn down). On list views a site may ask
 * for a shallow watch (direct children only) of the one region where a message can open without the
 * address changing. Changes are handled at most once per THROTTLE_MS; no timers run while nothing
 * changes.
 */

/** The page's view, as its URL says. */
export type MailView = 'thread' | 'compose' | 'other';

/** How often, at most, changes are looked at. */
export const THROTTLE_MS = 250;

/** What the watcher needs from its page. */
export interface MailWatchOptions {
  signal: AbortSignal;
  view(): MailView;
  /** The part of the page that holds the view's content, and whether to watch its whole subtree. */
  target(view: MailView): { node: Node; deep: boolean } | null;
  /** Looks at the page after changes (and once on entering a view). */
  check(): void;
  /** Runs `run` after `ms`; returns the cancel (the content script's context clears it on teardown). */
  setTimer(run: () => void, ms: number): () => void;
}

/** The watcher of one page; `update()` after every navigation. */
export class MailWatch {
  private observer: MutationObserver | undefined;
  private observed: { node: Node; deep: boolean } | null = null;
  private cancel: (() => void) | undefined;
  /** The view the watcher was last set up for. */
  current: MailView | undefined;

  constructor(private readonly options: MailWatchOptions) {
    options.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Whether an observer is connected (for tests and the budget check). */
  get watching(): boolean {
    return this.observer !== undefined;
  }

  /** Connects to (or disconnects from) the page for the view it now shows, and looks at it once. */
  update(): void {
    if (this.options.signal.aborted) return;
    const view = this.options.view();
    this.current = view;
    const target = this.options.target(view);
    if (target?.node !== this.observed?.node || target?.deep !== this.observed?.deep) {
      this.observer?.disconnect();
      this.observer = undefined;
      this.observed = target;
      if (target) {
        this.observer = new MutationObserver(() => this.schedule());
        this.observer.observe(target.node, { childList: true, subtree: target.deep });
      }
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.cancel) return;
    this.cancel = this.options.setTimer(() => {
      this.cancel = undefined;
      if (!this.options.signal.aborted) this.options.check();
    }, THROTTLE_MS);
  }

  private stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = null;
    this.cancel?.();
    this.cancel = undefined;
  }
}
