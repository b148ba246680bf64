import { useEffect, useState } from 'react';
import type { CaptureState } from '@/lib/capture';
import { getSettings } from '@/lib/db';
import { exclusionRules, mailProviderOf } from '@/lib/mail';
import { useLiveQuery } from '../../hooks/use-live-query';
import { LearnedOwnerNotice } from '../../learned-owner-notice';
import { LogEmailCard } from './log-email-card';
import type { MailDeps } from './mail-deps';
import { TemplateInserter } from './template-inserter';
import { useMailPage } from './use-mail-page';

/**
 * The mail pieces of the side panel beside Gmail or Outlook on the web: "Log this email" for the open
 * thread, and "Write with a template" while a reply or new message is open. Renders nothing beside
 * other pages. The capture of the thread's people stays the panel's shared capture flow.
 */
export function MailSection({
  page,
  deps,
  onOpenDashboard,
}: {
  page: CaptureState;
  deps: MailDeps;
  onOpenDashboard: (hash: string) => void;
}) {
  const isMail = mailProviderOf(page.url) !== undefined;
  const { mail, error } = useMailPage(deps, isMail ? page.tabId : undefined, page.generation, page.status === 'ready');
  const settings = useLiveQuery(getSettings, [], ['settings']);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    deps.onInsertCommand((tabId) => {
      if (tabId === page.tabId) setFocusRequest((count) => count + 1);
    }, controller.signal);
    return () => controller.abort();
  }, [deps, page.tabId]);

  if (!isMail || !settings.data) return null;
  if (error) {
    return (
      <p role="alert" className="rounded-md bg-rose-50 p-3 text-sm text-rose-800 dark:bg-rose-950/40 dark:text-rose-200">
        Leadline could not read this mailbox page: {error}
      </p>
    );
  }
  if (!mail) return null;
  const ownEmails = exclusionRules(settings.data, mail.owner).ownEmails;
  const thread = mail.thread?.messages.length ? mail.thread : undefined;
  return (
    <div className="flex flex-col gap-3">
      <LearnedOwnerNotice learned={settings.data.learnedOwnEmails} />
      {mail.compose && page.tabId !== undefined ? (
        <TemplateInserter
          tabId={page.tabId}
          mail={{ ...mail, compose: mail.compose }}
          ownEmails={ownEmails}
          senderName={settings.data.senderName}
          deps={deps}
          focusRequest={focusRequest}
          onOpenDashboard={onOpenDashboard}
        />
      ) : focusRequest ? (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          Open a reply or a new message first: the template goes where your cursor is.
        </p>
      ) : null}
      {thread ? (
        <LogEmailCard key={thread.url} mail={{ ...mail, thread }} ownEmails={ownEmails} keepSnippets={settings.data.keepEmailSnippets} />
      ) : null}
    </div>
  );
}
