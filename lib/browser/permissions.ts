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
