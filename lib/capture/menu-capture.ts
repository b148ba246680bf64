import { z } from 'zod';
import { draftFromMailto, draftFromSelection } from '../extract';
import type { ProspectDraft } from '../model';

/** Session-storage key under which the background leaves a right-click for the side panel. */
export const MENU_CAPTURE_KEY = 'leadline.menuCapture';

/** A right-click → "Save to Leadline" older than this is not what the user is looking at any more. */
export const MENU_CAPTURE_TTL_MS = 60_000;

/**
 * What the user right-clicked, handed from the background to the panel. Validated on read: session
 * storage is ours, but its content came from a web page (the selection, the link).
 */
export const MenuCaptureSchema = z.object({
  tabId: z.number().int().nonnegative(),
  at: z.number().int().nonnegative(),
  pageUrl: z.string().max(4000).optional(),
  selection: z.string().max(5000).optional(),
  linkUrl: z.string().max(4000).optional(),
  /**
   * The user invoked Leadline on the tab without pointing at anything (the toolbar button, the
   * keyboard shortcut): that grants access to the page, so a panel that could not read it reads it now.
   */
  invoked: z.literal(true).optional(),
});
export type MenuCapture = z.infer<typeof MenuCaptureSchema>;

/** The parts of a context-menu click we use (Chrome's and Firefox's OnClickData share them). */
export interface MenuClickInfo {
  selectionText?: string;
  linkUrl?: string;
  pageUrl?: string;
}

/** The capture a context-menu click asks for, or undefined when the click has no tab. */
export function menuCaptureFrom(info: MenuClickInfo, tabId: number | undefined, now: number): MenuCapture | undefined {
  if (tabId === undefined || tabId < 0) return undefined;
  const capture: MenuCapture = { tabId, at: now };
  if (info.pageUrl) capture.pageUrl = info.pageUrl.slice(0, 4000);
  if (info.selectionText?.trim()) capture.selection = info.selectionText.slice(0, 5000);
  // Only mailto: links name a person; a click on any other link means "this page".
  if (info.linkUrl && /^mailto:/i.test(info.linkUrl)) capture.linkUrl = info.linkUrl.slice(0, 4000);
  return capture;
}

/** The hand-over for Leadline invoked on `tabId` from the toolbar or the keyboard. */
export function invokedOn(tabId: number | undefined, now: number): MenuCapture | undefined {
  return tabId === undefined || tabId < 0 ? undefined : { tabId, at: now, invoked: true };
}

/** Reads a stored right-click for `tabId`: undefined when absent, malformed, stale, or for another tab. */
export function readMenuCapture(raw: unknown, tabId: number, now: number): MenuCapture | undefined {
  const parsed = MenuCaptureSchema.safeParse(raw);
  if (!parsed.success || parsed.data.tabId !== tabId || now - parsed.data.at > MENU_CAPTURE_TTL_MS || parsed.data.at > now + 5000)
    return undefined;
  return parsed.data;
}

/**
 * The draft for a right-click on a selection or a mailto link (undefined for a click on the page
 * itself: the panel then reads the whole page), or a message when the selection names nobody.
 */
export function draftFromMenuCapture(capture: MenuCapture, pageUrl: string | undefined): { draft?: ProspectDraft; problem?: string } {
  const url = pageUrl ?? capture.pageUrl ?? '';
  if (capture.linkUrl) {
    const draft = draftFromMailto(capture.linkUrl, url);
    return draft ? { draft } : { problem: 'That email link has no valid address in it.' };
  }
  if (capture.selection) {
    const draft = draftFromSelection(capture.selection, url);
    return draft
      ? { draft }
      : { problem: 'The selected text has no name or email address in it. Select the person’s name, or their name and address.' };
  }
  return {};
}
