import { useState } from 'react';
import { countLeads } from '@/lib/db';
import { backupDue, daysSinceBackup } from '@/lib/io';
import type { Settings } from '@/lib/model';
import { Button } from '../button';
import { navigate } from '../hooks/use-hash-route';
import { useLiveQuery } from '../hooks/use-live-query';

/** A banner when the backup reminder (Import & export → Backup) is due; "Not now" hides it for this visit. */
export function BackupReminder({ settings }: { settings: Settings }) {
  const leads = useLiveQuery(countLeads, [], ['leads']).data ?? 0;
  const [dismissed, setDismissed] = useState(false);
  // Read once per render; the banner re-renders whenever settings or the lead count change.
  const [now] = useState(() => Date.now());
  if (dismissed || !backupDue(settings, leads, now)) return null;
  const days = daysSinceBackup(settings, now);
  return (
    <div
      role="region"
      aria-label="Backup reminder"
      className="mb-4 flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm dark:border-amber-800 dark:bg-amber-950"
    >
      <span className="flex-1">
        {days === undefined
          ? `Your ${leads.toLocaleString()} leads have never been backed up.`
          : `Your last backup was ${days} ${days === 1 ? 'day' : 'days'} ago.`}{' '}
        Everything lives only in this browser.
      </span>
      <Button variant="primary" onClick={() => navigate('import-export')}>
        Back up now
      </Button>
      <Button variant="ghost" onClick={() => setDismissed(true)}>
        Not now
      </Button>
    </div>
  );
}
