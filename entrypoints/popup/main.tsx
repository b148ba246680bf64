import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/popup-app';
import { PlatformProvider } from '@/components/platform';
import { currentWindowId, openExtensionPage, openSidePanel, openUrl } from '@/lib/browser';
import { getDb } from '@/lib/db';
import { keepBadgeFresh } from '@/lib/reminders/keep-badge-fresh';
import '@/components/app.css';

// Open the database now, while React renders the first frame: "Today" queries it right after.
void getDb();

// Read the window id before any click: opening the side panel must happen inside the click itself.
let windowId: number | undefined;
void currentWindowId().then((id) => (windowId = id));

const openDashboard = (hash = '') => void openExtensionPage(`/dashboard.html${hash}`).then(() => window.close());
keepBadgeFresh();

createRoot(document.getElementById('root')!).render(
  <PlatformProvider value={{ openUrl: (url) => void openUrl(url), openDashboard }}>
  <PopupApp
    actions={{
      openDashboard,
      capture: () => void openSidePanel({ windowId }).then(() => window.close()),
    }}
  />
  </PlatformProvider>,
);
