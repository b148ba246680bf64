import { EnrollPicker } from '@/components/enroll/enroll-picker';
import { renderPage } from '@/components/error-boundary';
import { PlatformProvider } from '@/components/platform';
import { MailSection } from '@/components/sidepanel/mail/mail-section';
import type { MailDeps } from '@/components/sidepanel/mail/mail-deps';
import { PanelApp } from '@/components/sidepanel/panel-app';
import { SiteAccess, type SiteAccessDeps } from '@/components/sidepanel/site-access';
import {
  activeTabOfCurrentWindow,
  extensionId,
  getTab,
  onMessage,
  onSessionSet,
  openExtensionPage,
  openPopupWindow,
  openUrl,
  readSession,
  reloadTab,
  removeSession,
  requestSiteAccess,
  runScriptFile,
  sendToTab,
  sendToTabRaw,
  watchTabs,
  withheldSiteAccess,
} from '@/lib/browser';
import { type CaptureDeps, MENU_CAPTURE_KEY, prefetchCapture, readMenuCapture, readTab } from '@/lib/capture';
import { getDb, getSettings } from '@/lib/db';
import { exclusionRules, INSERT_COMMAND_KEY, readInsertCommand, screenDrafts } from '@/lib/mail';
import { createRouter, isEnvelopeOf } from '@/lib/messaging';
import { keepBadgeFresh } from '@/lib/reminders';
import '@/components/app.css';

// Page boot ends here (scripts parsed); capture-section.tsx marks when the draft is shown (budget: 300 ms in all).
performance.mark('leadline:panel-start');

// `?tabId=N` binds the panel to one tab: the "Pop out" window, and end-to-end tests opening the panel as a page.
const tabParam = new URLSearchParams(location.search).get('tabId');
const pinnedTabId = tabParam !== null && /^\d{1,10}$/.test(tabParam) ? Number(tabParam) : undefined;

// Find the tab and ask it for its people now, while React renders the first frame: the session's
// first calls take these answers (the budget is 300 ms from opening to the draft shown).
const early = prefetchCapture(
  async () => {
    const tab = pinnedTabId === undefined ? await activeTabOfCurrentWindow() : await getTab(pinnedTabId);
    if (tab?.id === undefined) return undefined;
    return { tabId: tab.id, windowId: tab.windowId, url: tab.url, pinned: pinnedTabId !== undefined };
  },
  (tabId) =>
    readTab(
      { sendExtract: (id) => sendToTabRaw(id, 'extract', {}), injectExtractor: (id) => runScriptFile(id, '/extract-page.js') },
      tabId,
    ),
);

// Open the database meanwhile too: the page's answer is screened against Settings.
getDb().catch(() => undefined); // a failure is reported where the database is used

const capture: CaptureDeps = {
  targetTab: early.targetTab,
  readTab: early.readTab,
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
  // The mailbox owner, colleagues and never-capture addresses are never offered (Settings).
  screen: async (drafts, owner) => screenDrafts(drafts, exclusionRules(await getSettings(await getDb()), owner)),
};

const LAST_TEMPLATE_KEY = 'leadline.lastTemplateId';
const mail: MailDeps = {
  read: (tabId) => sendToTab(tabId, 'mail.read', {}),
  insert: (tabId, text) => sendToTab(tabId, 'mail.insert', text),
  onChanged(listener, signal) {
    const route = createRouter(
      {
        'mail.changed': (_request, sender) => {
          if (sender.tabId !== undefined) listener(sender.tabId);
          return Promise.resolve({});
        },
      },
      extensionId(),
    );
    // Everything else is left to its receiver: answering it here would race the background's reply.
    onMessage((raw, sender) => (isEnvelopeOf(raw, 'mail.changed') ? route(raw, sender) : undefined), signal);
  },
  onInsertCommand(listener, signal) {
    const take = async () => {
      const command = readInsertCommand(await readSession(INSERT_COMMAND_KEY), Date.now());
      if (!command) return;
      await removeSession(INSERT_COMMAND_KEY);
      if (!signal.aborted) listener(command.tabId);
    };
    // The command may have opened this panel: it was stored before the panel listened.
    void take();
    onSessionSet(INSERT_COMMAND_KEY, () => void take(), signal);
  },
  lastTemplate: {
    get: () => localStorage.getItem(LAST_TEMPLATE_KEY) ?? undefined,
    set: (id) => localStorage.setItem(LAST_TEMPLATE_KEY, id),
  },
};

// Firefox lets users withhold LinkedIn, Gmail and Outlook: the panel asks for them in context.
const siteAccess: SiteAccessDeps = { withheld: withheldSiteAccess, request: requestSiteAccess, reloadTab };

const openDashboard = (hash = '') => void openExtensionPage(`/dashboard.html${hash}`);
keepBadgeFresh();

renderPage(
  'the side panel',
  <PlatformProvider value={{ openUrl: (url) => void openUrl(url), openDashboard }}>
    <PanelApp
      capture={capture}
      actions={{
        openDashboard,
        popOut: pinnedTabId === undefined ? (tabId) => void openPopupWindow(`/sidepanel.html?tabId=${tabId}`) : undefined,
      }}
      slots={{
        forLead: (lead) => <EnrollPicker leadIds={[lead.id]} compact />,
        forPage: (page) => (
          <>
            <SiteAccess page={page} deps={siteAccess} />
            <MailSection page={page} deps={mail} onOpenDashboard={openDashboard} />
          </>
        ),
      }}
    />
  </PlatformProvider>,
);
