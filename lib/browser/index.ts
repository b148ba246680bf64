export { alarmTime, onAlarm, setAlarm } from './alarms';
export { setBadge } from './badge';
export { onInstalled, onStartup } from './lifecycle';
export { onLocalChanged, readLocal, removeLocal, writeLocal } from './local-storage';
export { createMenus, onCommand, onMenuClick, type MenuContexts } from './menus';
export { onNotificationClick, showNotification } from './notifications';
export {
  hasHosts,
  hasPermission,
  onPermissionsAdded,
  releaseHosts,
  requestHosts,
  requestPermission,
  requestSiteAccess,
  withheldSiteAccess,
} from './permissions';
export { extensionId, extensionVersion, onMessage, postToExtension, sendToTabRaw } from './runtime';
export { runScriptFile } from './scripting';
export { onSessionSet, readSession, removeSession, writeSession } from './session';
export { configureSidePanel, openSidePanel } from './side-panel';
export {
  activeTabOfCurrentWindow,
  currentWindowId,
  getTab,
  openExtensionPage,
  openPopupWindow,
  openUrl,
  reloadTab,
  watchTabs,
} from './tabs';
export { sendToTab } from './messages';
