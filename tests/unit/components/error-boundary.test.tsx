// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '@/components/error-boundary';
import { mount } from '../react-helpers';

let broken = true;
function Reports() {
  if (broken) throw new Error('Cannot read the activities store');
  return <p>Leads per channel</p>;
}

describe('ErrorBoundary', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows what failed instead of a blank view, and renders again on "Try again"', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    const { host, unmount } = mount(
      <ErrorBoundary what="the Reports view">
        <Reports />
      </ErrorBoundary>,
    );
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Something went wrong in the Reports view.');
    expect(alert?.textContent).toContain('Cannot read the activities store');

    broken = false;
    const retry = [...host.querySelectorAll('button')].find((button) => button.textContent === 'Try again');
    act(() => retry?.click());
    expect(host.querySelector('[role="alert"]')).toBeNull();
    expect(host.textContent).toBe('Leads per channel');
    unmount();
  });
});
