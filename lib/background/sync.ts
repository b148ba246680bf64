import { hasHosts, onAlarm, setAlarm, alarmTime } from '../browser';
import { getDb, isSyncedStore, onChange } from '../db';
import {
  loadSyncStatus,
  loadTeamConfig,
  nextRetryAt,
  saveSyncStatus,
  serverOriginPattern,
  syncOnce,
  type SyncStatus,
  waitingCount,
} from '../sync';

/** Replicates every minute (alarms are the one timer that survives the service worker stopping). */
export const SYNC_ALARM = 'leadline-sync';
const SYNC_PERIOD_MINUTES = 1;
/** A local change goes up this soon after it (a burst of writes makes one run). */
const PUSH_DELAY_MS = 1_000;
/** How long "Sync now" waits for a run already going before it answers with that run's state. */
const NOW_WAIT_MS = 60_000;

/**
 * One run with the stored team server, reporting to local storage for every page. An automatic run
 * (`alarm`, `change`) waits out the backoff after failures; `now` (the user, a page) does not.
 */
export async function runSync(reason: 'alarm' | 'change' | 'now'): Promise<SyncStatus> {
  const db = await getDb();
  const config = await loadTeamConfig();
  if (!config) {
    const status: SyncStatus = { state: 'off', waiting: await waitingCount(db) };
    await saveSyncStatus(status);
    return status;
  }
  if (reason !== 'now' && (await nextRetryAt(db)) > Date.now()) return loadSyncStatus();
  // The pattern Connect asked for (no port: match patterns have none, and Firefox answers false for
  // one that names a port even when the host is granted).
  const options = { db, config, hostAllowed: () => hasHosts([serverOriginPattern(config)]), onStatus: saveSyncStatus };
  let result = await syncOnce(options);
  // "Sync now" promises what is on the server now: a run already going (the alarm, a live
  // change) may have started before it, so wait for it and run again.
  for (const started = Date.now(); reason === 'now' && result.busy && Date.now() - started < NOW_WAIT_MS;) {
    await new Promise((resume) => setTimeout(resume, 250));
    result = await syncOnce(options);
  }
  return result.status;
}

// Not state of record: a lost timer only means the next alarm pushes the change instead.
let soon: ReturnType<typeof setTimeout> | undefined;

function pushSoon(): void {
  if (soon) return;
  soon = setTimeout(() => {
    soon = undefined;
    void (async () => {
      // Pulled writes announce themselves too; only a change still waiting is worth a run.
      if ((await waitingCount(await getDb())) === 0) return;
      await runSync('change');
    })().catch((error: unknown) => console.error('Leadline: sync after a change failed', error));
  }, PUSH_DELAY_MS);
}

/** Registers the sync alarm and the push-after-change listener (called at start-up). */
export function setUpSync(): void {
  onAlarm((name) => {
    if (name === SYNC_ALARM) void runSync('alarm').catch((error: unknown) => console.error('Leadline: sync failed', error));
  });
  onChange((event) => {
    if (event.stores.some((store) => isSyncedStore(store))) pushSoon();
  });
  void (async () => {
    if ((await alarmTime(SYNC_ALARM)) === undefined) await setAlarm(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES });
  })().catch(() => undefined);
}
