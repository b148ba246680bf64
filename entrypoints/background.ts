import { backgroundHandlers, installMenus, setUpMenusAndCommands, setUpReminders, setUpSync } from '@/lib/background';
import { configureSidePanel, extensionId, onInstalled, onMessage, onStartup } from '@/lib/browser';
import { createRouter } from '@/lib/messaging';
import { defineBackground } from 'wxt/utils/define-background';

// The service worker may be stopped at any moment: every listener is registered synchronously at
// start-up and no state of record lives in memory (see docs/architecture.md).
export default defineBackground(() => {
  onMessage(createRouter(backgroundHandlers(), extensionId()));
  setUpMenusAndCommands();
  setUpReminders();
  setUpSync();
  const setUp = () => {
    void installMenus();
    void configureSidePanel();
  };
  onInstalled(setUp);
  onStartup(setUp);
});
