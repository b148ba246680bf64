import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/popup-app';
import { currentWindowId, openExtensionPage, openSidePanel } from '@/lib/browser';
import '@/components/app.css';

// Read the window id before any click: opening the side panel must happen inside the click itself.
let windowId: number | undefined;
void currentWindowId().then((id) => (windowId = id));

createRoot(document.getElementById('root')!).render(
  <PopupApp
    actions={{
      openDashboard: (hash = '') => void openExtensionPage(`/dashboard.html${hash}`).then(() => window.close()),
      capture: () => void openSidePanel({ windowId }).then(() => window.close()),
    }}
  />,
);
