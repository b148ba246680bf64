import { describe, expect, it, vi } from 'vitest';
import { prefetchCapture } from '@/lib/capture/prefetch';
import type { PageRead } from '@/lib/capture/page-reader';

const page = (title: string) => ({ ok: true, url: `https://example.com/${title}`, drafts: [] }) as unknown as PageRead;

describe('prefetchCapture', () => {
  it('finds and reads the tab at once, hands those answers to the first calls only', async () => {
    const targetTab = vi.fn(() => Promise.resolve({ tabId: 7, pinned: false }));
    const readTab = vi.fn((tabId: number) => Promise.resolve(page(`read-${readTab.mock.calls.length}-of-${tabId}`)));
    const early = prefetchCapture(targetTab, readTab);
    expect(targetTab).toHaveBeenCalledTimes(1); // before anyone asks

    expect(await early.targetTab()).toEqual({ tabId: 7, pinned: false });
    expect(readTab).toHaveBeenCalledTimes(1);
    expect(await early.readTab(7)).toEqual(page('read-1-of-7'));
    expect(readTab).toHaveBeenCalledTimes(1); // the early read, not a second one

    // The user reloads: a fresh look and a fresh read.
    await early.targetTab();
    expect(targetTab).toHaveBeenCalledTimes(2);
    expect(await early.readTab(7)).toEqual(page('read-2-of-7'));
  });

  it('does not hand one tab’s early read to another tab', async () => {
    const readTab = vi.fn((tabId: number) => Promise.resolve(page(`tab-${tabId}`)));
    const early = prefetchCapture(() => Promise.resolve({ tabId: 7, pinned: false }), readTab);
    await early.targetTab();
    expect(await early.readTab(8)).toEqual(page('tab-8'));
    expect(await early.readTab(7)).toEqual(page('tab-7'));
    expect(readTab.mock.calls.map(([tabId]) => tabId)).toEqual([7, 8, 7]);
  });

  it('reads nothing when there is no tab, and a failed early read reaches only a caller that asks', async () => {
    const readTab = vi.fn(() => Promise.reject(new Error('The page cannot be read')));
    const none = prefetchCapture(() => Promise.resolve(undefined), readTab);
    expect(await none.targetTab()).toBeUndefined();
    expect(readTab).not.toHaveBeenCalled();

    const failing = prefetchCapture(() => Promise.resolve({ tabId: 3, pinned: true }), readTab);
    await failing.targetTab();
    await expect(failing.readTab(3)).rejects.toThrow('The page cannot be read');
  });
});
