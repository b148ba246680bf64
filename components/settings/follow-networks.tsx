import { useEffect, useState } from 'react';
import { NETWORK_HOSTS, SOURCE_LABELS } from '@/lib/model';
import { usePlatform } from '../platform';

type Network = keyof typeof NETWORK_HOSTS;
const NETWORKS = Object.keys(NETWORK_HOSTS) as Network[];

/**
 * Settings → Social networks: per network, "follow navigation" (the side panel reads each profile
 * as you move between them). The granted host permission is the setting itself: it is asked for
 * when turned on, and given back when turned off. Without it, pages are read only when you ask.
 */
export function FollowNetworks() {
  const { hosts } = usePlatform();
  const [granted, setGranted] = useState<Partial<Record<Network, boolean>>>({});
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    void Promise.all(NETWORKS.map(async (network) => [network, await hosts.has(NETWORK_HOSTS[network])] as const)).then((entries) => {
      if (live) setGranted(Object.fromEntries(entries));
    });
    return () => {
      live = false;
    };
  }, [hosts]);

  const toggle = async (network: Network, on: boolean) => {
    let ok: boolean;
    try {
      // The permission prompt must come from this click, before anything else is awaited.
      ok = on ? await hosts.request(NETWORK_HOSTS[network]) : await hosts.release(NETWORK_HOSTS[network]);
    } catch (problem) {
      setError(`${SOURCE_LABELS[network]}: ${problem instanceof Error ? problem.message : String(problem)}`);
      return;
    }
    if (on && !ok) {
      setError(`${SOURCE_LABELS[network]} did not get the permission: its pages are still read when you ask.`);
      return;
    }
    setError(undefined);
    setGranted((current) => ({ ...current, [network]: on }));
  };

  return (
    <section aria-labelledby="follow-networks-heading" className="flex flex-col gap-3">
      <h2 id="follow-networks-heading" className="text-base font-semibold">
        Social networks
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Leadline reads X, GitHub, Facebook, Instagram, YouTube, Bluesky and Mastodon pages when you ask (side panel, Alt+Shift+S or
        right-click). To have the side panel follow you from profile to profile on a network, turn it on here: the browser asks you to let
        Leadline read that site.
      </p>
      {error ? (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
          {error}
        </p>
      ) : null}
      <ul className="flex flex-col gap-2">
        {NETWORKS.map((network) => (
          <li key={network}>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={granted[network] ?? false} onChange={(event) => void toggle(network, event.target.checked)} />
              Follow navigation on {SOURCE_LABELS[network]}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
