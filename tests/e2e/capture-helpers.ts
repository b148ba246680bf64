import type { BrowserContext, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { openExtensionPage, serviceWorker } from './harness';

/** The extension APIs as the service worker sees them (untyped here: tests only). */
type ChromeApi = {
  tabs: { query(filter: object): Promise<Array<{ id: number; url?: string; windowId: number }>>; get(id: number): Promise<object> };
  contextMenus: { onClicked: { dispatch(info: object, tab: object): void } };
};
declare const chrome: ChromeApi;

/**
 * The browser's id for the tab showing `page`: found by URL where Leadline may see it (LinkedIn), or
 * as the only tab whose URL it may not see (any other site before the user invokes Leadline there).
 */
export async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  // The browser's first blank tab hides its URL too: close it so the page's tab is the only hidden one.
  for (const blank of context.pages()) if (blank !== page && blank.url() === 'about:blank') await blank.close();
  const worker = await serviceWorker(context);
  const id = await worker.evaluate(async (url) => {
    const tabs = await chrome.tabs.query({});
    const byUrl = tabs.find((tab) => tab.url === url);
    if (byUrl) return byUrl.id;
    const hidden = tabs.filter((tab) => !tab.url);
    return hidden.length === 1 ? hidden[0]!.id : undefined;
  }, page.url());
  if (id === undefined) throw new Error(`No tab found for ${page.url()}`);
  return id;
}

/** The side panel bound to `page`'s tab, opened as a page (the same URL "Pop out" uses). */
export async function openPanelFor(context: BrowserContext, extensionId: string, page: Page): Promise<Page> {
  return openExtensionPage(context, extensionId, `sidepanel.html?tabId=${await tabIdOf(context, page)}`);
}

/**
 * Clicks Leadline's toolbar button for `page`'s tab, through the DevTools protocol: like a real click it
 * grants activeTab there, so Leadline may read that page once.
 */
export async function clickToolbarButton(context: BrowserContext, extensionId: string, page: Page): Promise<void> {
  // A user clicks the toolbar of the tab in front of them.
  await page.bringToFront();
  const session = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets' as never, { filter: [{ type: 'tab' }] } as never)) as {
    targetInfos: Array<{ targetId: string; url: string }>;
  };
  const tab = targetInfos.find((target) => target.url === page.url());
  if (!tab) throw new Error(`No tab target for ${page.url()}`);
  await session.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
  await session.detach();
}

/**
 * Right-click → "Save to Leadline" on `page`'s tab: the background's context-menu listener receives the
 * same click data Chrome would send (the menu itself cannot be clicked in a headless browser).
 */
export async function rightClickSaveToLeadline(
  context: BrowserContext,
  page: Page,
  info: { selectionText?: string; linkUrl?: string },
): Promise<void> {
  const tabId = await tabIdOf(context, page);
  const worker = await serviceWorker(context);
  await worker.evaluate(
    async ({ tabId, info }) => {
      const tab = await chrome.tabs.get(tabId);
      chrome.contextMenus.onClicked.dispatch({ menuItemId: 'leadline-capture', editable: false, ...info }, tab);
    },
    { tabId, info: { ...info, pageUrl: page.url() } },
  );
}

/** The `<main>` of a fixture, for pages that swap their content the way LinkedIn's router does. */
export async function fixtureMain(file: string): Promise<string> {
  const html = await readFile(resolve(import.meta.dirname, '../fixtures', file), 'utf8');
  const main = /<main[\s\S]*<\/main>/.exec(html)?.[0];
  if (!main) throw new Error(`${file} has no <main>`);
  return main;
}
