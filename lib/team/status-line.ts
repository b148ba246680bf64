import type { SyncStatus } from '../sync';

function ago(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  return `${days} ${days === 1 ? 'day' : 'days'} ago`;
}

/**
 * The one line the popup header and the dashboard show for the sync status ("Synced · 2 min ago",
 * "Offline · 3 waiting", the last error); undefined when sync is off (nothing is shown then).
 */
export function syncStatusLine(status: SyncStatus, now: number): string | undefined {
  const waiting = status.waiting > 0 ? ` · ${status.waiting.toLocaleString('en-US')} waiting` : '';
  switch (status.state) {
    case 'off':
      return undefined;
    case 'idle':
      return status.lastSyncAt === undefined
        ? `Not synced yet${waiting}`
        : `Synced · ${ago(Math.max(0, now - status.lastSyncAt))}${waiting}`;
    case 'syncing':
      return `Syncing…${waiting}`;
    case 'offline':
      return `Offline${waiting}`;
    case 'error':
      return `${(status.lastError ?? 'Sync failed').split('\n')[0]}${waiting}`;
  }
}

/** The first sync's progress as a fraction, when the background reports one worth a bar. */
export function syncProgress(status: SyncStatus): { done: number; total: number; fraction: number } | undefined {
  if (status.state !== 'syncing' || !status.progress || status.progress.total <= 0) return undefined;
  const { done, total } = status.progress;
  return { done, total, fraction: Math.min(1, done / total) };
}
