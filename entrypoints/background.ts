import { backgroundHandlers, installMenus, setUpMenusAndCommands, setUpReminders, setUpSync } from '@/lib/background';
import { configureSidePanel, extensionId, onInstalled, onMessage, onStartup } from '@/lib/browser';
import { getDb } from '@/lib/db';
import { backfillPhoneE164 } from '@/lib/leads';
import { createRouter } from '@/lib/messaging';
import { defineBackground } from 'wxt/utils/define-background';

// The service worker may be stopped at any moment: every listener is registered synchronously at
// start-up and no state of record lives in memory (see docs/architecture.md).
export default defineBackground(() => {
  onMessage(createRouter(backgroundHandlers(), extensionId()));
  setUpMenusAndCommands();
  setUpReminders();
  setUpSync();
  // Work a migration left due (lib/db/migrations/012-phone-e164-backfill.ts), resumed at every start.
  void getDb()
    .then((db) => backfillPhoneE164(db))
    .catch((error: unknown) => console.error('Leadline: the phone backfill stopped; it resumes at the next start', error));
  const setUp = () => {
    void installMenus();
    void configureSidePanel();
  };
  onInstalled(setUp);
  onStartup(setUp);
});
