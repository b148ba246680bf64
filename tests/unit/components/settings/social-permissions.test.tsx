// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { FollowNetworks } from '@/components/settings/follow-networks';
import { PlatformProvider } from '@/components/platform';
import { NETWORK_HOSTS } from '@/lib/model';
import { OPTIONAL_HOSTS } from '../../../../wxt.config';
import { mount, until } from '../../react-helpers';

describe('follow navigation on a network (optional host permissions)', () => {
  it('declares exactly the networks’ hosts as optional, none as required', () => {
    expect([...OPTIONAL_HOSTS].sort()).toEqual(Object.values(NETWORK_HOSTS).flat().sort());
  });

  it('asks for a network’s hosts only when it is turned on, and gives them back when turned off', async () => {
    const granted = new Set<string>(['https://github.com/*']);
    const asked: string[][] = [];
    const hosts = {
      has: (origins: readonly string[]) => Promise.resolve(origins.every((origin) => granted.has(origin))),
      request: (origins: readonly string[]) => {
        asked.push([...origins]);
        origins.forEach((origin) => granted.add(origin));
        return Promise.resolve(true);
      },
      release: (origins: readonly string[]) => {
        origins.forEach((origin) => granted.delete(origin));
        return Promise.resolve(true);
      },
    };
    const { host, unmount } = mount(
      <PlatformProvider value={{ hosts }}>
        <FollowNetworks />
      </PlatformProvider>,
    );
    const box = (name: string) =>
      [...host.querySelectorAll('label')].find((label) => label.textContent === `Follow navigation on ${name}`)!.querySelector('input')!;
    await until(() => box('GitHub').checked, 'GitHub shown as granted');
    // One switch per network with fixed hosts; Mastodon servers are anyone's hosts: read on demand only.
    expect([...host.querySelectorAll('label')].map((label) => label.textContent)).toEqual(
      ['X', 'GitHub', 'Facebook', 'Instagram', 'YouTube', 'Bluesky'].map((name) => `Follow navigation on ${name}`),
    );
    expect(box('X').checked).toBe(false);
    expect(asked).toEqual([]);
    box('X').click();
    await until(() => box('X').checked, 'X turned on');
    expect(asked).toEqual([['https://x.com/*', 'https://twitter.com/*']]);
    box('GitHub').click();
    await until(() => !box('GitHub').checked, 'GitHub turned off');
    expect(granted.has('https://github.com/*')).toBe(false);
    unmount();
  });
  it('says why when the browser refuses the request outright, and leaves the switch off', async () => {
    const hosts = {
      has: () => Promise.resolve(false),
      request: () => Promise.reject(new Error('Permissions may only be requested during a user gesture')),
      release: () => Promise.resolve(true),
    };
    const { host, unmount } = mount(
      <PlatformProvider value={{ hosts }}>
        <FollowNetworks />
      </PlatformProvider>,
    );
    const box = [...host.querySelectorAll('label')]
      .find((label) => label.textContent === 'Follow navigation on GitHub')!
      .querySelector('input')!;
    act(() => box.click());
    await until(() => host.querySelector('[role="alert"]') !== null, 'the refusal');
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('GitHub: Permissions may only be requested during a user gesture');
    expect(box.checked).toBe(false);
    unmount();
  });
});
