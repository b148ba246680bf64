import { browser } from 'wxt/browser';

interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens the capture panel beside a tab: Chrome's side panel, Firefox's sidebar. Must run in
 * response to a user action (click, keyboard command, context menu).
 */
export async function openSidePanel(target: { tabId?: number; windowId?: number }): Promise<boolean> {
  const firefox = (browser as unknown as FirefoxSidebar).sidebarAction;
  if (firefox) {
    // Called before any await: Firefox opens its sidebar only inside a user action's handler. A
    // message from a page (the in-page button) is not one, so the panel opens as a window there.
    try {
      await firefox.open();
    } catch (error) {
      if (target.tabId === undefined) throw error;
      await browser.windows.create({
        url: browser.runtime.getURL(`/sidepanel.html?tabId=${target.tabId}` as '/sidepanel.html'),
        type: 'popup',
        width: 440,
        height: 780,
      });
    }
    return true;
  }
  if (!browser.sidePanel) return false;
  if (target.tabId !== undefined) {
    await browser.sidePanel.open({ tabId: target.tabId });
    return true;
  }
  if (target.windowId !== undefined) {
    await browser.sidePanel.open({ windowId: target.windowId });
    return true;
  }
  return false;
}

/** The toolbar button opens the popup, not the panel: the popup is where follow-ups live. */
export async function configureSidePanel(): Promise<void> {
  await browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false });
}
