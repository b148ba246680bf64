import { withSignatures } from '../extract';
import { describeZodError } from '../model';
import { withDistinctPhones } from './phones';
import { CONTRACT, readReply, type ReplyOf } from '../messaging';

/** What a page said when asked to extract (validated with the message contract). */
export type ExtractReply = ReplyOf<'extract'>;

/** The outcome of reading a tab: the page's reply, or why it could not be read, in words for the user. */
export type PageRead =
  | { kind: 'page'; reply: ExtractReply; via: 'content script' | 'injected reader' }
  | { kind: 'no-access'; message: string }
  | { kind: 'error'; message: string };

/** The two ways to reach a page (wired to browser APIs by the panel's entrypoint). */
export interface TabReader {
  /** Sends `extract` to the tab's content script; resolves with its raw reply. */
  sendExtract(tabId: number): Promise<unknown>;
  /** Runs the page reader in the tab (activeTab + scripting); resolves with what it returned. */
  injectExtractor(tabId: number): Promise<unknown>;
}

// No content script in this tab (another site, or a tab opened before Leadline was installed or updated).
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection|No one answered|message port closed/i;
const BROWSER_PAGE = /chrome:\/\/|edge:\/\/|about:|extensions gallery|webstore|chrome-extension:|moz-extension:|cannot be scripted/i;
const NO_PERMISSION = /Cannot access|permission|not allowed|Missing host/i;

/** Message shown when Leadline may not read the page until the user asks (activeTab). */
export const ASK_TO_READ =
  'Leadline reads this page only when you ask: click Leadline’s toolbar button, press Alt+Shift+S, or right-click the page and choose “Save to Leadline”.';
export const BROWSER_PAGE_MESSAGE = 'Leadline cannot read this page: browser pages and extension stores are off limits.';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Asks the tab what it describes: its content script first (LinkedIn; later Gmail, Outlook), and
 * where none answers, the page reader injected with activeTab. Replies are validated either way.
 */
export async function readTab(reader: TabReader, tabId: number): Promise<PageRead> {
  try {
    return { kind: 'page', reply: withSignaturesRead(readReply('extract', await reader.sendExtract(tabId))), via: 'content script' };
  } catch (error) {
    if (!NO_RECEIVER.test(messageOf(error))) return { kind: 'error', message: `The page could not be read: ${messageOf(error)}` };
  }
  let raw: unknown;
  try {
    raw = await reader.injectExtractor(tabId);
  } catch (error) {
    const message = messageOf(error);
    if (BROWSER_PAGE.test(message)) return { kind: 'no-access', message: BROWSER_PAGE_MESSAGE };
    if (NO_PERMISSION.test(message)) return { kind: 'no-access', message: ASK_TO_READ };
    return { kind: 'error', message: `The page could not be read: ${message}` };
  }
  const parsed = CONTRACT.extract.reply.safeParse(raw);
  if (!parsed.success) return { kind: 'error', message: `The page sent data Leadline cannot use: ${describeZodError(parsed.error)}` };
  return { kind: 'page', reply: { ...parsed.data, drafts: parsed.data.drafts.map(withDistinctPhones) }, via: 'injected reader' };
}

/**
 * Gmail and Outlook send their senders' messages as lines rather than reading signatures in the page
 * (size budget): read them here. Phones are compared here too (libphonenumber-js is extension-only).
 */
function withSignaturesRead({ signatures, ...reply }: ExtractReply): ExtractReply {
  // The messages' lines are read here and go no further (they hold quoted mail).
  const drafts = signatures?.length ? withSignatures(reply.drafts, signatures) : reply.drafts;
  return { ...reply, drafts: drafts.map(withDistinctPhones) };
}
