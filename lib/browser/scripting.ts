import { browser } from 'wxt/browser';

/**
 * Runs one of our script files in a tab's top frame and returns what it evaluated to. Needs host
 * permission for the page or activeTab (granted when the user invoked Leadline on that tab).
 */
export async function runScriptFile(tabId: number, file: string): Promise<unknown> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, files: [file as '/extract-page.js'] });
  return result?.result;
}
