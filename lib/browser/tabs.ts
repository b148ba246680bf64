import { browser, type Browser } from 'wxt/browser';

export type Tab = Browser.tabs.Tab;

/** Opens one of our pages, reusing a tab already showing it. */
export async function openExtensionPage(path: string): Promise<void> {
  const url = browser.runtime.getURL(path as '/dashboard.html');
  const base = url.split('#')[0] ?? url;
  const [existing] = await browser.tabs.query({ url: `${base}*` });
  if (existing?.id !== undefined) {
    await browser.tabs.update(existing.id, { active: true, url });
    if (existing.windowId !== undefined) await browser.windows.update(existing.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}

/** Opens a web page in a new tab. */
export async function openUrl(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

/** The tab with that id, or undefined when it has closed. */
export async function getTab(tabId: number): Promise<Tab | undefined> {
  try {
    return await browser.tabs.get(tabId);
  } catch {
    return undefined;
  }
}

/** The active tab of the window the caller lives in (for the popup and the side panel). */
export async function activeTabOfCurrentWindow(): Promise<Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Calls `listener` when a tab finishes a navigation (including same-document ones) or becomes active. */
export function onTabChanged(listener: (tabId: number) => void, signal: AbortSignal): void {
  const updated = (tabId: number, change: Browser.tabs.OnUpdatedInfo) => {
    if (change.url !== undefined || change.status === 'complete' || change.title !== undefined) listener(tabId);
  };
  const activated = (info: Browser.tabs.OnActivatedInfo) => listener(info.tabId);
  browser.tabs.onUpdated.addListener(updated);
  browser.tabs.onActivated.addListener(activated);
  signal.addEventListener(
    'abort',
    () => {
      browser.tabs.onUpdated.removeListener(updated);
      browser.tabs.onActivated.removeListener(activated);
    },
    { once: true },
  );
}

/** The id of the window the calling page lives in. */
export async function currentWindowId(): Promise<number | undefined> {
  return (await browser.windows.getCurrent()).id;
}

/** A tab change the capture panel follows (see lib/capture/capture-session.ts). */
export type TabChange =
  | { type: 'activated'; tabId: number; windowId: number }
  | { type: 'updated'; tabId: number; url?: string; status?: string }
  | { type: 'removed'; tabId: number };

/** Calls `listener` on tab activation, URL or load-state change (in-app navigation included), and closing. */
export function watchTabs(listener: (change: TabChange) => void, signal: AbortSignal): void {
  const updated = (tabId: number, change: Browser.tabs.OnUpdatedInfo) => {
    if (change.url !== undefined || change.status !== undefined)
      listener({ type: 'updated', tabId, url: change.url, status: change.status });
  };
  const activated = (info: Browser.tabs.OnActivatedInfo) => listener({ type: 'activated', tabId: info.tabId, windowId: info.windowId });
  const removed = (tabId: number) => listener({ type: 'removed', tabId });
  browser.tabs.onUpdated.addListener(updated);
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onRemoved.addListener(removed);
  signal.addEventListener(
    'abort',
    () => {
      browser.tabs.onUpdated.removeListener(updated);
      browser.tabs.onActivated.removeListener(activated);
      browser.tabs.onRemoved.removeListener(removed);
    },
    { once: true },
  );
}

/** Opens one of our pages in a small window of its own (the side panel "popped out"). */
export async function openPopupWindow(path: string): Promise<void> {
  await browser.windows.create({ url: browser.runtime.getURL(path as '/sidepanel.html'), type: 'popup', width: 440, height: 780 });
}

/** Reloads a tab (its content scripts start with access just granted). */
export async function reloadTab(tabId: number): Promise<void> {
  await browser.tabs.reload(tabId);
}
