import { browser } from 'wxt/browser';

/** Shows a basic desktop notification with our icon; `id` lets a click find what it was about. */
export async function showNotification(id: string, title: string, message: string): Promise<void> {
  // The API exists only while the optional permission is granted.
  if (!browser.notifications) return;
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
}

/**
 * Calls `listener` with the notification id when the user clicks one of ours. Registered at
 * start-up. The API exists only while the optional permission is granted: when it is granted
 * later (the user turns notifications on), the listener is added then, without a restart.
 */
export function onNotificationClick(listener: (id: string) => void): void {
  let registered = false;
  const register = () => {
    if (registered || !browser.notifications) return;
    registered = true;
    browser.notifications.onClicked.addListener((id) => {
      listener(id);
      void browser.notifications.clear(id);
    });
  };
  register();
  browser.permissions.onAdded.addListener(register);
}
