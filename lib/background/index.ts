// The service worker's parts: the message handlers, context menus and commands, reminder alarms and
// team sync, each set up once by entrypoints/background.ts.
export { backgroundHandlers } from './handlers';
export { installMenus, setUpMenusAndCommands } from './menus';
export { setUpReminders } from './reminders';
export { setUpSync } from './sync';
