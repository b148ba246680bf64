import { DashboardApp } from '@/components/shell/dashboard-app';
import { renderPage } from '@/components/error-boundary';
import { PlatformProvider } from '@/components/platform';
import { hasHosts, openUrl, releaseHosts, requestHosts, requestPermission } from '@/lib/browser';
import { keepBadgeFresh } from '@/lib/reminders';
import { keepTeamLive, requestSyncNow } from '@/lib/team';
import '@/components/app.css';

keepBadgeFresh();
const live = new AbortController();
addEventListener('pagehide', () => live.abort(), { once: true });
void keepTeamLive(live.signal).catch((error: unknown) => console.warn('Leadline: the live team feed stopped', error));

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
