import { browser } from 'wxt/browser';

/** Optional permissions Leadline may ask for (declared under optional_permissions). */
export type OptionalPermission = 'notifications';

/** True when the optional permission is granted. */
export async function hasPermission(permission: OptionalPermission): Promise<boolean> {
  return browser.permissions.contains({ permissions: [permission] });
}

/** Asks the user for an optional permission; must run inside a click. Resolves to whether it was granted. */
export async function requestPermission(permission: OptionalPermission): Promise<boolean> {
  return browser.permissions.request({ permissions: [permission] });
}

/** Gives up an optional permission (the user turned the feature off). */
export async function releasePermission(permission: OptionalPermission): Promise<boolean> {
  return browser.permissions.remove({ permissions: [permission] });
}

/** Calls `listener` when the user grants optional permissions (registered at start-up). */
export function onPermissionsAdded(listener: () => void): void {
  browser.permissions.onAdded.addListener(listener);
}

/** True when every one of `origins` (optional host permissions) is granted. */
export async function hasHosts(origins: readonly string[]): Promise<boolean> {
  return browser.permissions.contains({ origins: [...origins] });
}

/** Asks for optional host permissions; must run inside a click. */
export async function requestHosts(origins: readonly string[]): Promise<boolean> {
  return browser.permissions.request({ origins: [...origins] });
}

/** Gives up optional host permissions (the user turned following off). */
export async function releaseHosts(origins: readonly string[]): Promise<boolean> {
  return browser.permissions.remove({ origins: [...origins] });
}

/**
 * The manifest's host pattern covering `url` (`https://www.linkedin.com/*`) when Leadline may not
 * read that site now: Firefox lets the user withhold host permissions. Undefined when granted, or
 * when the site is not one Leadline reads on its own.
 */
export async function withheldSiteAccess(url: string): Promise<string | undefined> {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return undefined;
  }
  const { host_permissions: hosts = [] } = browser.runtime.getManifest() as { host_permissions?: string[] };
  const pattern = hosts.find((candidate) => {
    try {
      return new URL(candidate.replace(/\*$/, '')).origin === origin;
    } catch {
      return false;
    }
  });
  if (!pattern) return undefined;
  return (await browser.permissions.contains({ origins: [pattern] })) ? undefined : pattern;
}

/** Asks the user to let Leadline read a site (a host pattern of the manifest); must run inside a click. */
export function requestSiteAccess(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}
