import { contentExtensionId, onMessageSync, postFromContent } from '../../browser/content';
import type { MailContentDeps } from './mail-content';

/**
 * What a webmail content script hands `runMailContent`: this page, this extension's messaging, and
 * timers and listeners that end with the content script (`ctx` is WXT's content script context).
 */
export function mailContentDeps(ctx: { signal: AbortSignal; setTimeout(run: () => void, ms: number): number }): MailContentDeps {
  return {
    doc: document,
    href: () => location.href,
    now: () => Date.now(),
    signal: ctx.signal,
    extensionId: contentExtensionId(),
    onMessage: onMessageSync,
    send: postFromContent,
    setTimer: (run, ms) => {
      const id = ctx.setTimeout(run, ms);
      return () => clearTimeout(id);
    },
  };
}
