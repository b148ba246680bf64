import {
  headerDrafts,
  outlookComposeBody,
  outlookOwner,
  outlookSite,
  outlookView,
  readOutlookCompose,
  readOutlookThread,
  threadPeople,
} from '../../extract';
import type { MailAdapter } from './mail-content';
import { onRouteNavigation } from './navigation';

const SUBJECT = 'input[aria-label="Add a subject" i], input[placeholder*="subject" i], input[aria-label*="subject" i]';
const readingPane = (doc: Document) => doc.getElementById('ReadingPaneContainerId') ?? doc.querySelector('[role="main"]');

/** Outlook on the web for the shared mail content script: path routes, everything in the reading pane. */
export function outlookAdapter(win: Window): MailAdapter {
  return {
    provider: 'outlook',
    // Headers only here: the panel reads the signatures this script sends along (size budget).
    sites: [outlookSite(headerDrafts)],
    // "New mail" opens in the reading pane without changing the address: the page decides then.
    view(url, doc) {
      const view = outlookView(url);
      return view === 'other' && outlookComposeBody(doc) ? 'compose' : view;
    },
    owner: outlookOwner,
    thread: (doc, url) => readOutlookThread(doc, url),
    signatures(doc, url) {
      const thread = readOutlookThread(doc, url);
      return thread ? threadPeople(thread, 'outlook').signatures : [];
    },
    compose(doc) {
      const body = outlookComposeBody(doc);
      return body ? { body, subject: doc.querySelector<HTMLInputElement>(SUBJECT), read: () => readOutlookCompose(doc, body) } : undefined;
    },
    // Watched whole on a message or compose view; on list views only for a new child (something opening).
    watchTarget(doc, view) {
      const node = readingPane(doc);
      return node ? { node, deep: view !== 'other' } : null;
    },
    onNavigate: (listener, signal) =>
      onRouteNavigation(win, () => readingPane(win.document)?.parentElement ?? win.document.body, listener, signal),
    noCompose: 'Open a reply or a new message in Outlook first, then insert.',
  };
}
