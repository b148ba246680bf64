import { useCallback, useState } from 'react';
import { getSettings } from '@/lib/db';
import { defaultSettings } from '@/lib/model';
import { useHashRoute } from '../hooks/use-hash-route';
import { ErrorBoundary } from '../error-boundary';
import { useLiveQuery } from '../hooks/use-live-query';
import { Toast, type ToastMessage } from '../toast';
import { SyncStatusBar } from '../team/sync-status';
import { BackupReminder } from './backup-reminder';
import { SECTIONS } from './sections';
import type { Notify } from '../view-context';

/** The full-tab dashboard: navigation on the left, the current view on the right. */
export function DashboardApp() {
  const [path = 'leads', ...params] = useHashRoute();
  const [toast, setToast] = useState<ToastMessage>();
  const notify: Notify = useCallback((message) => setToast({ ...message, id: Date.now() }), [setToast]);
  const settingsQuery = useLiveQuery(getSettings, [], ['settings']);
  const settings = settingsQuery.data ?? defaultSettings();
  const section = SECTIONS.find((item) => item.path === path) ?? SECTIONS[0]!;

  return (
    <div className="flex min-h-screen">
      <nav aria-label="Sections" className="w-48 shrink-0 border-r border-slate-200 p-3 dark:border-slate-800">
        <a href="#/leads" className="mb-4 flex items-center gap-2 px-2 text-lg font-semibold">
          <img src="/icon/32.png" alt="" width={20} height={20} /> Leadline
        </a>
        <ul className="flex flex-col gap-0.5">
          {SECTIONS.map((item) => (
            <li key={item.path}>
              <a
                href={`#/${item.path}`}
                aria-current={section.path === item.path ? 'page' : undefined}
                className="block rounded-md px-2 py-1.5 text-sm hover:bg-slate-100 aria-[current=page]:bg-indigo-50 aria-[current=page]:font-medium aria-[current=page]:text-indigo-700 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-indigo-950 dark:aria-[current=page]:text-indigo-300"
              >
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {/* Views start from the stored settings, never from defaults shown for a moment (a form saved then would erase them). */}
      <main className="min-w-0 flex-1 p-6">
        <BackupReminder settings={settings} />
        <div className="mb-3 max-w-xl empty:hidden">
          <SyncStatusBar />
        </div>
        {settingsQuery.data || settingsQuery.error ? (
          // Keyed by section: a failure in one view is cleared by moving to another.
          <ErrorBoundary key={section.path} what={`the ${section.label} view`}>
            {section.render({ params, settings, notify })}
          </ErrorBoundary>
        ) : (
          <p role="status">Loading…</p>
        )}
      </main>
      {toast ? <Toast toast={toast} onDismiss={() => setToast(undefined)} /> : null}
    </div>
  );
}
