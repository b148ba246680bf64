import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onNotificationClick } from '@/lib/browser/notifications';

describe('notification clicks', () => {
  it('are heard after the permission is granted while the background runs', async () => {
    // Fake a worker that started without the permission: no notifications API yet.
    const api = fakeBrowser.notifications;
    const granted: Array<() => void> = [];
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation((callback) => void granted.push(callback as () => void));
    Object.defineProperty(fakeBrowser, 'notifications', { value: undefined, configurable: true, writable: true });
    const clicked = vi.fn();
    onNotificationClick(clicked);
    expect(granted).toHaveLength(1);

    // The user turns notifications on: the API appears and the grant is announced.
    Object.defineProperty(fakeBrowser, 'notifications', { value: api, configurable: true, writable: true });
    granted[0]!();
    granted[0]!(); // a second grant adds no second listener
    await fakeBrowser.notifications.onClicked.trigger('leadline-task:lead-7:task-1');
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(clicked).toHaveBeenCalledWith('leadline-task:lead-7:task-1');
  });
});
