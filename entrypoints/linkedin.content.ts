import { onMessage, extensionId } from '@/lib/browser';
import { extractProspects } from '@/lib/extract';
import { isEnvelopeOf, type Reply } from '@/lib/messaging/protocol';
import { defineContentScript } from 'wxt/utils/define-content-script';

// LinkedIn is a single-page app: match the whole host and decide by URL when asked (SITES.md).
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    onMessage((raw, sender) => {
      // Only our own extension can reach a content script, but check anyway.
      if (sender.id !== extensionId() || !isEnvelopeOf(raw, 'extract')) return undefined;
      const reply: Reply = { ok: true, data: { url: location.href, ready: true, drafts: extractProspects(document, location.href) } };
      return Promise.resolve(reply);
    }, ctx.signal);
  },
});
