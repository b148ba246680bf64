// What the Gmail and Outlook content scripts run: one runner with an adapter per site. Content
// scripts import this index, never lib/mail's, which is extension-page code.
export { mailContentDeps } from './content-deps';
export { gmailAdapter } from './gmail-adapter';
export { runMailContent } from './mail-content';
export { outlookAdapter } from './outlook-adapter';
