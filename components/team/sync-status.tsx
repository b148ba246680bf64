import { useState } from 'react';
import { syncProgress, syncStatusLine } from '@/lib/team';
import type { SyncStatus } from '@/lib/sync';
import { Button } from '../button';
import { useNow } from '../hooks/use-now';
import { useSyncStatus } from '../hooks/use-team';
import { usePlatform } from '../platform';
import { ProgressBar } from '../progress-bar';

/** The sync state as the background reports it, for the popup header and the dashboard; nothing when sync is off. */
export function SyncStatusBar({ compact = false }: { compact?: boolean }) {
  const status = useSyncStatus();
  if (!status || status.state === 'off') return null;
  return <SyncStatusView status={status} compact={compact} />;
}

/** One line ("Synced · 2 min ago", "3 waiting", the last error), the first sync's progress, and "Sync now". */
export function SyncStatusView({ status, compact = false }: { status: SyncStatus; compact?: boolean }) {
  const now = useNow(30_000, status);
  const { syncNow } = usePlatform();
  const [problem, setProblem] = useState<string>();
  // From the press until the background answers: the stored status still says the last run's time.
  const [running, setRunning] = useState(false);
  const line = running && status.state !== 'syncing' ? syncStatusLine({ ...status, state: 'syncing' }, now) : syncStatusLine(status, now);
  const progress = syncProgress(status);
  if (line === undefined) return null;
  const run = () => {
    setProblem(undefined);
    setRunning(true);
    syncNow()
      .catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)))
      .finally(() => setRunning(false));
  };
  const tone = status.state === 'error' ? 'text-rose-700 dark:text-rose-400' : 'text-slate-600 dark:text-slate-400';
  return (
    <div aria-label="Team sync" role="group" className={`flex flex-col gap-1 ${compact ? 'text-xs' : 'text-sm'}`}>
      <div className="flex items-center gap-2">
        <p role="status" className={`min-w-0 flex-1 truncate ${tone}`} title={line} data-testid="sync-status">
          {line}
        </p>
        <Button
          variant="ghost"
          className={compact ? 'px-1.5 py-0.5 text-xs' : ''}
          disabled={running || status.state === 'syncing'}
          onClick={run}
        >
          Sync now
        </Button>
      </div>
      {progress ? (
        <ProgressBar
          label={`First sync: ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')} documents`}
          fraction={progress.fraction}
        />
      ) : null}
      {problem ? (
        <p role="alert" className="text-xs text-rose-700 dark:text-rose-400">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
