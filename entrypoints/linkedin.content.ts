import { contentExtensionId, onMessageSync, postFromContent } from '@/lib/browser/content';
import { answerExtract, LINKEDIN_SITES, type Navigation, navigationFrom } from '@/lib/extract';
import { isEnvelopeOf } from '@/lib/messaging/protocol';
import { defineContentScript } from 'wxt/utils/define-content-script';

// LinkedIn is a single-page app: match the whole host and decide by URL when asked (docs/sites.md).
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    let navigation: Navigation | undefined;
    // Fired when an in-app navigation starts, while the page still shows the previous URL's content.
    ctx.addEventListener(window, 'wxt:locationchange', ({ oldUrl }) => {
      navigation = navigationFrom(LINKEDIN_SITES, document, oldUrl.href, Date.now());
    });
    onMessageSync((raw, sender) => {
      // Only our own extension can reach a content script, but check anyway.
      if (sender.id !== contentExtensionId() || !isEnvelopeOf(raw, 'extract')) return undefined;
      return { ok: true, data: answerExtract(LINKEDIN_SITES, document, location.href, navigation, Date.now()) };
    }, ctx.signal);
    // The optional in-page button is loaded separately, and only when the user turned it on in Settings.
    postFromContent('inpage.button', {}).catch(() => undefined);
  },
});
