import { useEffect, useSyncExternalStore } from 'react';
import {
  ACTIVITY_ROWS,
  getDb,
  LEAD_ROWS,
  onChange,
  StoreMirror,
  type ActivityRow,
  type LeadRow,
  type MirrorProgress,
  type MirrorSpec,
  type StoreName,
} from '@/lib/db';

/** What a view sees of a mirrored store. */
export interface MirrorState<R> {
  rows: readonly R[];
  /** Changes whenever `rows` does: memoise derived lists on it. */
  version: number;
  ready: boolean;
  /** Set while a full load runs. */
  progress: MirrorProgress | undefined;
  /** While the first full load runs (feeds that offer one): the most recently written rows, newest first. */
  preview: readonly R[] | undefined;
  error: Error | undefined;
}

/**
 * One page-wide mirror of a store, shared by every view that shows it (leads table, pipeline,
 * reports): loaded once, refreshed incrementally after each committed write while any view watches
 * (and when the next view opens), read again whole after a write that put older records back.
 */
class MirrorFeed<R> {
  private readonly mirror: StoreMirror<R>;
  private readonly listeners = new Set<() => void>();
  private watching: (() => void) | undefined;
  private running = false;
  private again = false;
  /** A write to the store was announced while no view watched: the next view catches up. */
  private missed = false;
  private state: MirrorState<R> = { rows: [], version: -1, ready: false, progress: undefined, preview: undefined, error: undefined };
  private currency: string | undefined;

  constructor(
    spec: MirrorSpec<R>,
    private readonly store: StoreName,
    /** How many of the newest rows to show before the first full load ends (0: none). */
    private readonly previewCount = 0,
  ) {
    this.mirror = new StoreMirror(spec);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    // Watching starts with the first view and never stops: a rewinding write seen while no view
    // shows the rows (an import undone on the import page) must still force the next full read.
    this.watching ??= onChange((event) => {
      if (!event.stores.includes(this.store)) return;
      // Older versions put back (an undone import, a restored backup) are invisible to a refresh by update time.
      if (event.rewound) this.mirror.invalidate();
      if (this.listeners.size) this.refresh();
      else this.missed = true;
    });
    // The first view after a pause catches up with what was written meanwhile, and only then:
    // catching up counts the whole store (to see deletes), as much work for IndexedDB as reading
    // a good part of it, and it ran on every move between the leads, the pipeline and the reports.
    if (this.listeners.size === 1 && (this.missed || !this.mirror.isLoaded)) {
      this.missed = false;
      this.refresh();
    }
    return () => {
      this.listeners.delete(listener);
    };
  };

  getSnapshot = (): MirrorState<R> => this.state;

  /** Changing the workspace currency stamps amounts without moving their update time: reload all. */
  noteCurrency(currency: string): void {
    if (this.currency !== undefined && this.currency !== currency) {
      this.mirror.invalidate();
      this.refresh();
    }
    this.currency = currency;
  }

  private refresh() {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.run();
  }

  private async run() {
    try {
      do {
        this.again = false;
        const db = await getDb();
        if (this.previewCount && !this.state.ready && !this.state.preview) {
          this.set({ preview: await this.mirror.newest(db, this.previewCount) });
        }
        await this.mirror.refresh(db, (progress) => this.set({ progress }));
        if (this.mirror.version !== this.state.version || this.state.progress || this.state.preview) {
          this.set({
            rows: this.mirror.list(),
            version: this.mirror.version,
            ready: true,
            progress: undefined,
            preview: undefined,
            error: undefined,
          });
        }
      } while (this.again);
    } catch (error) {
      this.set({ error: error instanceof Error ? error : new Error(String(error)), progress: undefined });
    } finally {
      this.running = false;
    }
  }

  private set(patch: Partial<MirrorState<R>>) {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

/** Rows the leads table shows (newest first, its default order) while every lead loads. */
const LEAD_PREVIEW_ROWS = 100;
const leadFeed = new MirrorFeed(LEAD_ROWS, 'leads', LEAD_PREVIEW_ROWS);
const activityFeed = new MirrorFeed(ACTIVITY_ROWS, 'activities');

/** Every lead as a light row, kept fresh. `currency` is the workspace's (a change reloads the rows). */
export function useLeadRows(currency: string): MirrorState<LeadRow> {
  const state = useSyncExternalStore(leadFeed.subscribe, leadFeed.getSnapshot);
  useEffect(() => leadFeed.noteCurrency(currency), [currency]);
  return state;
}

/** Every activity as a light row, kept fresh. */
export function useActivityRows(): MirrorState<ActivityRow> {
  return useSyncExternalStore(activityFeed.subscribe, activityFeed.getSnapshot);
}
