// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { SiteAccess, type SiteAccessDeps } from '@/components/sidepanel/site-access';
import type { CaptureState } from '@/lib/capture/capture-session';
import { mount, until } from '../../react-helpers';

const page = (url: string, tabId = 7): CaptureState => ({ status: 'no-access', tabId, url, drafts: [], origin: 'page', generation: 1 });

/** A browser where LinkedIn is withheld until the prompt answers `grant`. */
function fakeBrowser(grant: boolean) {
  const calls: string[] = [];
  let granted = false;
  const deps: SiteAccessDeps = {
    withheld: (url) => Promise.resolve(!granted && url.startsWith('https://www.linkedin.com/') ? 'https://www.linkedin.com/*' : undefined),
    request: (pattern) => {
      calls.push(`request ${pattern}`);
      granted = grant;
      return Promise.resolve(grant);
    },
    reloadTab: (tabId) => {
      calls.push(`reload ${tabId}`);
      return Promise.resolve();
    },
  };
  return { deps, calls };
}

const allowButton = (host: HTMLElement) => [...host.querySelectorAll('button')].find((button) => button.textContent === 'Allow');

describe('Site access (SiteAccess)', () => {
  it('asks for a withheld site in context, and reloads the tab once allowed', async () => {
    const { deps, calls } = fakeBrowser(true);
    const { host, unmount } = mount(<SiteAccess page={page('https://www.linkedin.com/in/ingrid/')} deps={deps} />);
    await until(() => allowButton(host) !== undefined, 'the Allow button');
    expect(host.querySelector('section')?.getAttribute('aria-label')).toBe('Site access');
    expect(host.textContent).toContain('Leadline needs access to www.linkedin.com to read it.');
    act(() => allowButton(host)!.click());
    await until(() => calls.length === 2, 'the prompt and the reload');
    expect(calls).toEqual(['request https://www.linkedin.com/*', 'reload 7']);
    expect(host.textContent).toBe('');
    unmount();
  });

  it('says how to allow it later when the prompt is refused, and keeps the button', async () => {
    const { deps, calls } = fakeBrowser(false);
    const { host, unmount } = mount(<SiteAccess page={page('https://www.linkedin.com/in/ingrid/')} deps={deps} />);
    await until(() => allowButton(host) !== undefined, 'the Allow button');
    act(() => allowButton(host)!.click());
    await until(() => host.querySelector('[role="status"]') !== null, 'the refusal');
    expect(host.querySelector('[role="status"]')!.textContent).toContain('Not allowed');
    expect(allowButton(host)).toBeDefined();
    expect(calls).toEqual(['request https://www.linkedin.com/*']);
    unmount();
  });

  it('shows nothing on a site Leadline may read, or one it reads only when asked', async () => {
    const { deps } = fakeBrowser(true);
    const { host, unmount } = mount(<SiteAccess page={page('https://northwind-analytics.example/team')} deps={deps} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(host.textContent).toBe('');
    unmount();
  });
});
