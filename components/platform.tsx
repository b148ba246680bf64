import { createContext, useContext, type ReactNode } from 'react';

/**
 * What components may ask of the browser, wired by each page's entrypoint (components never call
 * browser APIs themselves). The defaults use plain web APIs so components also run in tests.
 */
export interface Platform {
  /** Opens an http(s), mailto or tel URL (a new tab, or the system handler). */
  openUrl: (url: string) => void;
  /** Copies text to the clipboard; resolves false when the browser refused. */
  copyText: (text: string) => Promise<boolean>;
  /** Asks for the notifications permission (inside a click); resolves to whether it was granted. */
  requestNotifications: () => Promise<boolean>;
  /** Optional host permissions (a network's "follow navigation"): whether granted, ask (inside a click), give up. */
  hosts: {
    has: (origins: readonly string[]) => Promise<boolean>;
    request: (origins: readonly string[]) => Promise<boolean>;
    release: (origins: readonly string[]) => Promise<boolean>;
  };
  /** Opens a dashboard route (`#/leads/<id>`). */
  openDashboard: (hash?: string) => void;
  /** The current time; the single clock every view reads. */
  now: () => number;
  /** Asks the background to replicate with the team server now (the `sync.now` message). */
  syncNow: () => Promise<void>;
}

const fallback: Platform = {
  openUrl: (url) => void window.open(url, '_blank', 'noopener'),
  copyText: (text) =>
    navigator.clipboard.writeText(text).then(
      () => true,
      () => false,
    ),
  requestNotifications: () => Promise.resolve(false),
  hosts: { has: () => Promise.resolve(false), request: () => Promise.resolve(false), release: () => Promise.resolve(true) },
  openDashboard: (hash = '') => {
    window.location.hash = hash.replace(/^#/, '');
  },
  now: () => Date.now(),
  syncNow: () => Promise.reject(new Error('Sync is not available here')),
};

const PlatformContext = createContext<Platform>(fallback);

/** Provides the page's browser actions to every component below it. */
export function PlatformProvider({ value, children }: { value: Partial<Platform>; children: ReactNode }) {
  return <PlatformContext.Provider value={{ ...fallback, ...value }}>{children}</PlatformContext.Provider>;
}

/** The page's browser actions. */
export function usePlatform(): Platform {
  return useContext(PlatformContext);
}
