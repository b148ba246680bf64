import { gmailAdapter, mailContentDeps, runMailContent } from '@/lib/mail/page';
import { defineContentScript } from 'wxt/utils/define-content-script';

// Gmail is a single-page app routed by the hash: match the whole host and decide by URL (docs/sites.md).
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runMailContent(gmailAdapter(window), mailContentDeps(ctx));
  },
});
