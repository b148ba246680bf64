import { browser } from 'wxt/browser';

/** Runs `listener` when the extension is installed or updated. */
export function onInstalled(listener: () => void): void {
  browser.runtime.onInstalled.addListener(listener);
}

/** Runs `listener` when the browser starts with Leadline already installed. */
export function onStartup(listener: () => void): void {
  browser.runtime.onStartup.addListener(listener);
}
