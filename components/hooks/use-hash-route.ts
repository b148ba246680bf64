import { useEffect, useState } from 'react';

/** The part of the URL after `#/`, split on `/`, kept in sync with navigation. */
export function useHashRoute(): string[] {
  const read = () =>
    window.location.hash
      .replace(/^#\/?/, '')
      .split('/')
      .filter(Boolean)
      .map((part) => decodeURIComponent(part));
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const update = () => setRoute(read());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** Navigates within the page: `navigate('leads', id)` → `#/leads/<id>`. */
export function navigate(...parts: string[]): void {
  window.location.hash = `/${parts.map(encodeURIComponent).join('/')}`;
}
