import { DashboardApp } from '@/components/dashboard/dashboard-app';
import { renderPage } from '@/components/error-boundary';
import { PlatformProvider } from '@/components/platform';
import { hasHosts, openUrl, releaseHosts, requestHosts, requestPermission } from '@/lib/browser';
import { keepBadgeFresh } from '@/lib/reminders/keep-badge-fresh';
import { requestSyncNow } from '@/lib/team/sync-now';
import '@/components/app.css';

keepBadgeFresh();

renderPage(
  'the dashboard',
  <PlatformProvider
    value={{
      openUrl: (url) => void openUrl(url),
      requestNotifications: () => requestPermission('notifications'),
      hosts: { has: hasHosts, request: requestHosts, release: releaseHosts },
      syncNow: requestSyncNow,
    }}
  >
    <DashboardApp />
  </PlatformProvider>,
);
