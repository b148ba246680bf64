import { browser, type Browser } from 'wxt/browser';

export type MenuClick = Browser.contextMenus.OnClickData;
export type MenuContexts = NonNullable<Parameters<typeof browser.contextMenus.create>[0]['contexts']>;
export type MenuTab = Browser.tabs.Tab | undefined;

/** (Re)creates our context-menu items; call on install and on startup. */
export async function createMenus(items: ReadonlyArray<{ id: string; title: string; contexts: MenuContexts }>): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const item of items) {
    browser.contextMenus.create({ id: item.id, title: item.title, contexts: item.contexts });
  }
}

/** Calls `listener` when one of our context-menu items is clicked. */
export function onMenuClick(listener: (info: MenuClick, tab: MenuTab) => void): void {
  browser.contextMenus.onClicked.addListener(listener);
}

/** Calls `listener` with the command name when a keyboard shortcut fires. */
export function onCommand(listener: (command: string, tab: MenuTab) => void): void {
  browser.commands.onCommand.addListener(listener);
}
