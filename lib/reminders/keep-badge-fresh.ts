import { postToExtension } from '../browser';
import { onChange } from '../db';

/**
 * From an extension page: after any write to follow-ups or settings, ask the background to
 * recompute the badge. A message wakes a sleeping service worker, which a BroadcastChannel
 * change event cannot. Returns the unsubscribe.
 */
export function keepBadgeFresh(): () => void {
  return onChange((event) => {
    if (!event.stores.includes('tasks') && !event.stores.includes('settings')) return;
    postToExtension('reminders.refresh', {}).catch(() => undefined);
  });
}
