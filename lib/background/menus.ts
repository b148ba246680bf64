import { createMenus, onCommand, onMenuClick, openSidePanel, writeSession, type MenuContexts } from '../browser';
import { invokedOn, MENU_CAPTURE_KEY, menuCaptureFrom } from '../capture';
import { INSERT_COMMAND_KEY } from '../mail';

/** Our context-menu items: capture the page, a selection or a mailto link. */
export const MENU_ITEMS: ReadonlyArray<{ id: string; title: string; contexts: MenuContexts }> = [
  { id: 'leadline-capture', title: 'Save to Leadline', contexts: ['page', 'selection', 'link'] },
];

/** Creates the menus (on install and startup) and routes clicks and keyboard commands to the side panel. */
export function setUpMenusAndCommands(): void {
  onMenuClick((info, tab) => {
    if (info.menuItemId !== 'leadline-capture') return;
    // Open first, inside the click: the side panel may only open in response to a user action.
    void openSidePanel({ tabId: tab?.id, windowId: tab?.windowId });
    // Then hand the selection or email link to the panel (it listens for this key, and reads it on start).
    const capture = menuCaptureFrom(info, tab?.id, Date.now());
    if (capture) void writeSession(MENU_CAPTURE_KEY, capture);
  });
  onCommand((command, tab) => {
    if (command === 'open-side-panel') {
      void openSidePanel({ tabId: tab?.id, windowId: tab?.windowId });
      // The key press grants access to the page: a panel already open that could not read it reads it now.
      const invoked = invokedOn(tab?.id, Date.now());
      if (invoked) void writeSession(MENU_CAPTURE_KEY, invoked);
    }
    if (command === 'insert-template') {
      // The panel opens (inside the key press, as Chrome requires) with its template picker focused.
      void openSidePanel({ tabId: tab?.id, windowId: tab?.windowId });
      if (tab?.id !== undefined) void writeSession(INSERT_COMMAND_KEY, { tabId: tab.id, at: Date.now() });
    }
  });
}

/** (Re)creates the context-menu items. */
export function installMenus(): Promise<void> {
  return createMenus(MENU_ITEMS);
}
