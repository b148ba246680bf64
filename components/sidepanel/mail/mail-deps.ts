import type { ReplyOf } from '@/lib/messaging';
import type { MailPage } from '@/lib/model';

/** What the panel's mail pieces ask the browser to do (wired by the panel's entrypoint, faked in tests). */
export interface MailDeps {
  /** What a webmail tab shows (`mail.read`), validated. */
  read(tabId: number): Promise<MailPage>;
  /** Inserts text into the message being written in the tab (`mail.insert`). */
  insert(tabId: number, text: { subject: string; body: string }): Promise<ReplyOf<'mail.insert'>>;
  /** Calls `listener` with the tab id whenever a webmail tab says its thread or message changed. */
  onChanged(listener: (tabId: number) => void, signal: AbortSignal): void;
  /** Calls `listener` with the tab id when the "Insert a template" keyboard command asks for that tab. */
  onInsertCommand(listener: (tabId: number) => void, signal: AbortSignal): void;
  /** The template inserted last (remembered in this browser), preselected next time. */
  lastTemplate: { get(): string | undefined; set(id: string): void };
}
