// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INDETERMINATE_BAR_DELAY_MS, ProgressBar } from '@/components/progress-bar';
import { mount } from '../react-helpers';

let unmount: (() => void) | undefined;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  unmount?.();
  vi.useRealTimers();
});

const bar = (host: HTMLElement) => host.querySelector('[role="progressbar"]');

describe('the progress bar', () => {
  it('shows a known fraction at once, with its percentage', () => {
    const view = mount(<ProgressBar label="Saving leads" fraction={0.426} />);
    unmount = view.unmount;
    expect(bar(view.host)?.getAttribute('aria-valuenow')).toBe('43');
    expect(view.host.textContent).toBe('Saving leads…43%');
  });

  it('shows work of unknown length only once it has run a while, so a quick export does not flash a bar', () => {
    const view = mount(<ProgressBar label="Exporting" />);
    unmount = view.unmount;
    act(() => void vi.advanceTimersByTime(INDETERMINATE_BAR_DELAY_MS - 1));
    expect(bar(view.host)).toBeNull();
    expect(view.host.textContent).toBe('');
    act(() => void vi.advanceTimersByTime(1));
    expect(bar(view.host)?.getAttribute('aria-label')).toBe('Exporting');
    expect(bar(view.host)?.hasAttribute('aria-valuenow')).toBe(false);
    expect(view.host.textContent).toBe('Exporting…');
  });

  it('starts the wait again for the next piece of work', () => {
    let view = mount(<ProgressBar label="Backing up" />);
    act(() => void vi.advanceTimersByTime(INDETERMINATE_BAR_DELAY_MS));
    expect(bar(view.host)).not.toBeNull();
    view.unmount();
    view = mount(<ProgressBar label="Restoring" />);
    unmount = view.unmount;
    expect(bar(view.host)).toBeNull();
  });
});
