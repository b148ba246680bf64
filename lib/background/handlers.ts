import { saveDrafts } from '../capture/save-drafts';
import { extensionVersion, openSidePanel } from '../browser';
import { getDb } from '../db/open';
import type { Handlers } from '../messaging/router';

/** The background's answers to the messages of the contract. */
export function backgroundHandlers(): Handlers {
  return {
    ping: () => Promise.resolve({ version: extensionVersion() }),
    'capture.save': async ({ drafts, excludeCampaignIds }) => {
      const results = await saveDrafts(await getDb(), drafts, Date.now(), { excludeCampaignIds });
      return { leads: results.map(({ lead, created }) => ({ id: lead.id, fullName: lead.fullName, created })) };
    },
    'panel.open': async (_request, sender) => ({
      opened: await openSidePanel({ tabId: sender.tabId, windowId: sender.windowId }),
    }),
  };
}
