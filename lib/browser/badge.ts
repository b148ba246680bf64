import { browser } from 'wxt/browser';

/** Sets the toolbar button's badge text ('' hides it) and colour (CSS colour). */
export async function setBadge(text: string, color: string): Promise<void> {
  await browser.action.setBadgeText({ text });
  if (text) await browser.action.setBadgeBackgroundColor({ color });
  // Chrome picks a text colour itself; set white explicitly where supported so red and blue read alike.
  await browser.action.setBadgeTextColor?.({ color: '#ffffff' });
}
