import { useEffect, useState } from 'react';
import type { CaptureState } from '@/lib/capture';
import { Button } from '../button';

/** What the notice needs from the browser (wired by the panel's entrypoint). */
export interface SiteAccessDeps {
  /** The host pattern Leadline needs for `url` and does not have, if any. */
  withheld(url: string): Promise<string | undefined>;
  /** The browser's permission prompt; called straight from the click. */
  request(pattern: string): Promise<boolean>;
  reloadTab(tabId: number): Promise<void>;
}

const hostOf = (pattern: string) => pattern.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '');

/**
 * Beside LinkedIn, Gmail or Outlook when the user has not let Leadline read that site (Firefox makes
 * host permissions optional): says so and asks, in context, with the browser's own prompt.
 */
export function SiteAccess({ page, deps }: { page: CaptureState; deps: SiteAccessDeps }) {
  // Answers are kept with the address they are for: another page shows nothing until its own answer.
  const [answer, setAnswer] = useState<{ url: string; pattern?: string; refused?: boolean }>();
  useEffect(() => {
    let live = true;
    const url = page.url;
    if (url) {
      deps.withheld(url).then(
        (pattern) => live && setAnswer({ url, pattern }),
        () => undefined, // no answer: the capture section reports what it could not read
      );
    }
    return () => {
      live = false;
    };
  }, [page.url, deps]);

  const pattern = answer && answer.url === page.url ? answer.pattern : undefined;
  if (!pattern) return null;
  const host = hostOf(pattern);
  const allow = () => {
    void deps.request(pattern).then(async (granted) => {
      setAnswer({ url: answer!.url, pattern: granted ? undefined : pattern, refused: !granted });
      if (!granted) return;
      if (page.tabId !== undefined) await deps.reloadTab(page.tabId);
    });
  };
  return (
    <section
      aria-label="Site access"
      className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-slate-900 dark:border-amber-700 dark:bg-amber-950 dark:text-slate-100"
    >
      <p>Leadline needs access to {host} to read it. It reads the page in your browser only; nothing is sent anywhere.</p>
      <Button variant="primary" className="self-start" onClick={allow}>
        Allow
      </Button>
      {answer?.refused ? (
        <p role="status">Not allowed. You can allow it later here, or in Firefox’s Add-ons manager (Leadline → Permissions).</p>
      ) : null}
    </section>
  );
}
