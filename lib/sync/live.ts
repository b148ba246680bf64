import { type LeadlineDB, withSyncStores } from '../db';
import type { TeamConfig } from './config';
import { CouchClient, SyncError, type CouchOptions } from './couch';

/** How long the server holds a live request open when nothing changes. */
const LONGPOLL_MS = 25_000;

/**
 * Keeps a page's copy live while it is open: a long-poll on `_changes` from the stored checkpoint
 * that returns as soon as anyone changes the team database, then `run()` (the page sends
 * `sync.now`, and the background replicates). The loop belongs to the page: when the page closes
 * it stops, and the background's one-minute alarm carries on. Stops when `signal` aborts.
 */
export async function liveFeed(
  options: CouchOptions & { db: LeadlineDB; config: TeamConfig; run: () => Promise<unknown>; signal: AbortSignal },
): Promise<void> {
  const client = new CouchClient(options.config, { ...options, timeoutMs: LONGPOLL_MS + 10_000 });
  const db = withSyncStores(options.db);
  let failures = 0;
  while (!options.signal.aborted) {
    try {
      const since = ((await db.get('syncState', 'checkpoint'))?.value as string | number | undefined) ?? 0;
      const reply = await client.changes(since, 1, LONGPOLL_MS);
      failures = 0;
      if (options.signal.aborted) return;
      if (!reply.results.length) continue;
      await options.run();
      const after = ((await db.get('syncState', 'checkpoint'))?.value as string | number | undefined) ?? 0;
      // Another run held the lease and has not caught up yet: give it a moment rather than spin.
      if (String(after) === String(since)) await new Promise((wait) => setTimeout(wait, 2_000));
    } catch (error) {
      if (options.signal.aborted || (error instanceof SyncError && !error.transient)) return;
      failures++;
      // Offline or the server restarting: try again later, up to once every 5 minutes.
      await new Promise((wait) => setTimeout(wait, Math.min(300_000, 2_000 * 2 ** failures)));
    }
  }
}
