/**
 * In-app navigation of a single-page mail client, seen from a content script. A content script lives
 * in an isolated world, so patching `history.pushState` would see nothing (docs/sites.md).
 */

/** Gmail routes by the hash and fires `hashchange` (with the old URL) on every navigation. */
export function onHashNavigation(win: Window, listener: (oldUrl: string) => void, signal: AbortSignal): void {
  win.addEventListener('hashchange', (event) => listener(event.oldURL), { signal });
}

/**
 * Outlook routes by the path. Where the browser has the Navigation API (Chrome 102+), its
 * `currententrychange` event names the entry left. Elsewhere (Firefox without it): `popstate` for
 * back and forward, and a MutationObserver on the app's root that compares the address when the page
 * changes — a route change always re-renders, and nothing runs while the page is still.
 */
export function onRouteNavigation(win: Window, root: () => Node, listener: (oldUrl: string) => void, signal: AbortSignal): void {
  let last = win.location.href;
  const seen = () => {
    const now = win.location.href;
    if (now === last) return;
    const before = last;
    last = now;
    listener(before);
  };
  const navigation = (win as Window & { navigation?: Navigation }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', seen, { signal });
    return;
  }
  win.addEventListener('popstate', seen, { signal });
  const observer = new MutationObserver(seen);
  observer.observe(root(), { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
