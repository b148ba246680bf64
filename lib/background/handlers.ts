import { saveDrafts, saveFromPage } from '../capture';
import { extensionVersion, openSidePanel, runScriptFile } from '../browser';
import { getDb, getSettings } from '../db';
import { detectReplies, learnOwner } from '../mail';
import type { Handlers } from '../messaging';
import { scheduleRefresh } from './reminders';
import { runSync } from './sync';

/** The background's answers to the messages of the contract. */
export function backgroundHandlers(): Handlers {
  return {
    ping: () => Promise.resolve({ version: extensionVersion() }),
    'capture.save': async ({ drafts, excludeCampaignIds }) => {
      const results = await saveDrafts(await getDb(), drafts, Date.now(), { excludeCampaignIds });
      return { leads: results.map(({ lead, created }) => ({ id: lead.id, fullName: lead.fullName, created })) };
    },
    // Only for the page's own button: fills gaps, never renames (lib/capture/page-save.ts).
    'inpage.save': async ({ draft }) => saveFromPage(await getDb(), draft),
    'inpage.button': async (_request, sender) => {
      // Off by default (LinkedIn objects to inserted elements); loaded only when the user turned it on.
      if (sender.tabId === undefined || !(await getSettings(await getDb())).inPageButton) return { shown: false };
      await runScriptFile(sender.tabId, '/in-page-button.js');
      return { shown: true };
    },
    'panel.open': async (_request, sender) => ({
      opened: await openSidePanel({ tabId: sender.tabId, windowId: sender.windowId }),
    }),
    'reminders.refresh': async () => ({ dueCount: (await scheduleRefresh()).dueCount }),
    'sync.now': async () => {
      const { state, waiting, lastSyncAt, lastError } = await runSync('now');
      return { state, waiting, ...(lastSyncAt === undefined ? {} : { lastSyncAt }), ...(lastError === undefined ? {} : { lastError }) };
    },
    // A Gmail/Outlook tab shows a thread: remember its owner, record replies from enrolled leads.
    'mail.seen': async ({ provider, owner, thread }) => {
      const db = await getDb();
      if (owner) await learnOwner(db, owner);
      const { ownEmails } = await getSettings(db);
      const replies = await detectReplies(db, provider, thread, owner ? [...ownEmails, owner] : ownEmails);
      return { replies: replies.filter((reply) => reply.recorded).length };
    },
  };
}
