import { createMenus, onCommand, onMenuClick, openSidePanel, type MenuContexts } from '../browser';

/** Our context-menu items: capture the page, a selection or a mailto link. */
export const MENU_ITEMS: ReadonlyArray<{ id: string; title: string; contexts: MenuContexts }> = [
  { id: 'leadline-capture', title: 'Save to Leadline', contexts: ['page', 'selection', 'link'] },
];

/** Creates the menus (on install and startup) and routes clicks and keyboard commands to the side panel. */
export function setUpMenusAndCommands(): void {
  onMenuClick((info, tab) => {
    if (info.menuItemId === 'leadline-capture') void openSidePanel({ tabId: tab?.id, windowId: tab?.windowId });
  });
  onCommand((command, tab) => {
    if (command === 'open-side-panel') void openSidePanel({ tabId: tab?.id, windowId: tab?.windowId });
  });
}

/** (Re)creates the context-menu items. */
export function installMenus(): Promise<void> {
  return createMenus(MENU_ITEMS);
}
