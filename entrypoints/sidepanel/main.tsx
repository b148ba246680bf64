import { createRoot } from 'react-dom/client';
import { EnrollPicker } from '@/components/enroll/enroll-picker';
import { PlatformProvider } from '@/components/platform';
import { PanelApp } from '@/components/sidepanel/panel-app';
import { activeTabOfCurrentWindow, getTab, onSessionSet, openExtensionPage, openPopupWindow, openUrl, readSession, removeSession, runScriptFile, sendToTab, watchTabs } from '@/lib/browser';
import type { CaptureDeps } from '@/lib/capture/capture-session';
import { MENU_CAPTURE_KEY, readMenuCapture } from '@/lib/capture/menu-capture';
import { readTab } from '@/lib/capture/page-reader';
import { keepBadgeFresh } from '@/lib/reminders/keep-badge-fresh';
import '@/components/app.css';

// Page boot ends here (scripts parsed); capture-section.tsx marks when the draft is shown (budget: 300 ms in all).
performance.mark('leadline:panel-start');

// `?tabId=N` binds the panel to one tab: the "Pop out" window, and end-to-end tests opening the panel as a page.
const tabParam = new URLSearchParams(location.search).get('tabId');
const pinnedTabId = tabParam !== null && /^\d{1,10}$/.test(tabParam) ? Number(tabParam) : undefined;

const capture: CaptureDeps = {
  async targetTab() {
    const tab = pinnedTabId === undefined ? await activeTabOfCurrentWindow() : await getTab(pinnedTabId);
    if (tab?.id === undefined) return undefined;
    return { tabId: tab.id, windowId: tab.windowId, url: tab.url, pinned: pinnedTabId !== undefined };
  },
  readTab: (tabId) =>
    readTab({ sendExtract: (id) => sendToTab(id, 'extract', {}), injectExtractor: (id) => runScriptFile(id, '/extract-page.js') }, tabId),
  watchTabs,
  async takeMenuCapture(tabId) {
    const found = readMenuCapture(await readSession(MENU_CAPTURE_KEY), tabId, Date.now());
    if (found) await removeSession(MENU_CAPTURE_KEY);
    return found;
  },
  onMenuCapture: (listener, signal) => onSessionSet(MENU_CAPTURE_KEY, listener, signal),
  setTimer: (run, ms) => {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

const openDashboard = (hash = '') => void openExtensionPage(`/dashboard.html${hash}`);
keepBadgeFresh();

createRoot(document.getElementById('root')!).render(
  <PlatformProvider value={{ openUrl: (url) => void openUrl(url), openDashboard }}>
    <PanelApp
      capture={capture}
      actions={{
        openDashboard,
        popOut: pinnedTabId === undefined ? (tabId) => void openPopupWindow(`/sidepanel.html?tabId=${tabId}`) : undefined,
      }}
      slots={{ forLead: (lead) => <EnrollPicker leadIds={[lead.id]} compact /> }}
    />
  </PlatformProvider>,
);
