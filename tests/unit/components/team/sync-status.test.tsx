// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { PlatformProvider } from '@/components/platform';
import { SyncStatusView } from '@/components/team/sync-status';
import type { SyncStatus } from '@/lib/sync';
import { mount, until } from '../../react-helpers';

const NOW = Date.parse('2026-03-02T09:00:00Z');

describe('Sync now (SyncStatusView)', () => {
  it('says "Syncing…" from the press until the background answers, never the last run\'s "just now"', async () => {
    // The stored status still says the previous run, seconds ago.
    const status: SyncStatus = { state: 'idle', waiting: 0, lastSyncAt: NOW - 20_000 };
    let answer: (() => void) | undefined;
    const syncNow = () => new Promise<void>((resolve) => (answer = resolve));
    const { host, unmount } = mount(
      <PlatformProvider value={{ now: () => NOW, syncNow }}>
        <SyncStatusView status={status} />
      </PlatformProvider>,
    );
    const line = () => host.querySelector('[role="status"]')?.textContent;
    const button = () => host.querySelector('button')!;
    expect(line()).toBe('Synced · just now');

    act(() => button().click());
    expect(line()).toBe('Syncing…');
    expect(button().disabled).toBe(true);

    act(() => answer?.());
    await until(() => line() === 'Synced · just now', 'the answered status');
    expect(button().disabled).toBe(false);
    unmount();
  });

  it('shows the one-line error when the run fails, and lets the person press again', async () => {
    const status: SyncStatus = { state: 'idle', waiting: 2, lastSyncAt: NOW - 5 * 60_000 };
    const syncNow = () => Promise.reject(new Error('The team server refused the password'));
    const { host, unmount } = mount(
      <PlatformProvider value={{ now: () => NOW, syncNow }}>
        <SyncStatusView status={status} />
      </PlatformProvider>,
    );
    act(() => host.querySelector('button')!.click());
    await until(() => host.querySelector('[role="alert"]') !== null, 'the error');
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('The team server refused the password');
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Synced · 5 min ago · 2 waiting');
    expect(host.querySelector('button')!.disabled).toBe(false);
    unmount();
  });
});
