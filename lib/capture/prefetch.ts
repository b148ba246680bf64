import type { CaptureDeps } from './capture-session';

type Finder = CaptureDeps['targetTab'];
type Reader = CaptureDeps['readTab'];

/**
 * Starts finding the panel's tab, and reading that tab as soon as it is known, right away (the
 * panel calls this before React renders, so both run during its first frame). The first
 * `targetTab()` call, and the first `readTab(id)` for that same tab, take those answers; every
 * later call (the user reloads, the tab navigates) runs anew.
 */
export function prefetchCapture(targetTab: Finder, readTab: Reader): { targetTab: Finder; readTab: Reader } {
  let target: ReturnType<Finder> | undefined = targetTab();
  let read: { tabId: number; answer: ReturnType<Reader> } | undefined;
  // Registered before any caller awaits `target`: the read has started by the time a caller asks for it.
  target.then(
    (found) => {
      if (!found) return;
      read = { tabId: found.tabId, answer: readTab(found.tabId) };
      read.answer.catch(() => undefined); // a caller that never asks does not leave it unhandled
    },
    () => undefined,
  );
  return {
    targetTab: () => {
      const answer = target ?? targetTab();
      target = undefined;
      return answer;
    },
    readTab: (tabId) => {
      const early = read?.tabId === tabId ? read.answer : undefined;
      read = undefined;
      return early ?? readTab(tabId);
    },
  };
}
