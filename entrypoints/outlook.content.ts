import { mailContentDeps, outlookAdapter, runMailContent } from '@/lib/mail/page';
import { defineContentScript } from 'wxt/utils/define-content-script';

// Outlook on the web is a single-page app routed by the path: match the whole hosts and decide by URL.
export default defineContentScript({
  matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runMailContent(outlookAdapter(window), mailContentDeps(ctx));
  },
});
