import {
  currentGmailCompose,
  gmailComposeBody,
  gmailOwner,
  gmailSite,
  gmailView,
  headerDrafts,
  readGmailCompose,
  readGmailThread,
  threadPeople,
} from '../../extract';
import type { MailAdapter } from './mail-content';
import { onHashNavigation } from './navigation';

/** Gmail for the shared mail content script: hash routes, compose windows in the dock or inline. */
export function gmailAdapter(win: Window): MailAdapter {
  return {
    provider: 'gmail',
    // Headers only here: the panel reads the signatures this script sends along (size budget).
    sites: [gmailSite(headerDrafts)],
    view: (url) => gmailView(url),
    owner: gmailOwner,
    thread: (doc, url) => readGmailThread(doc, url),
    signatures(doc, url) {
      const thread = readGmailThread(doc, url);
      return thread ? threadPeople(thread, 'gmail').signatures : [];
    },
    compose(doc) {
      const root = currentGmailCompose(doc);
      const body = root && gmailComposeBody(root);
      return root && body
        ? { body, subject: root.querySelector('input[name="subjectbox"]'), read: () => readGmailCompose(root) }
        : undefined;
    },
    // A thread and its inline replies live in the main region; new messages open in the dock outside
    // it (and put ?compose= in the address). Nothing is watched on list views.
    watchTarget(doc, view) {
      const node = view === 'thread' ? doc.querySelector('div[role="main"]') : view === 'compose' ? doc.body : null;
      return node ? { node, deep: true } : null;
    },
    onNavigate: (listener, signal) => onHashNavigation(win, listener, signal),
    noCompose: 'Open a reply or a new message in Gmail first, then insert.',
  };
}
