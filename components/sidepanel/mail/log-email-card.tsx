import { useState } from 'react';
import { getDb } from '@/lib/db';
import { formatDateTime } from '@/lib/format';
import { directionOf, leadsAmong, logEmail, loggedFor, type LogResult, otherPeople } from '@/lib/mail';
import type { MailMessage, MailPage } from '@/lib/model';
import { Button } from '../../button';
import { useAction } from '../../hooks/use-action';
import { useLiveQuery } from '../../hooks/use-live-query';

const names = (results: readonly LogResult[]) => results.map((result) => `${result.fullName}’s`).join(' and ');

/** What logging said, in words. */
function describe(results: readonly LogResult[], messages: number): string {
  const added = results.filter((result) => result.created);
  const already = results.filter((result) => !result.created);
  if (messages > 1) {
    return added.length
      ? `Logged ${added.length} new ${added.length === 1 ? 'entry' : 'entries'}; the rest were already on the timeline.`
      : 'Every message was already on the timeline.';
  }
  const parts = [];
  if (added.length) parts.push(`Logged on ${names(added)} timeline.`);
  if (already.length) parts.push(`Already on ${names(already)} timeline: nothing added.`);
  return parts.join(' ');
}

/**
 * "Log this email": the newest message of the open thread, logged on the timeline of every lead it
 * involves (subject, date, direction, a link to the thread; a snippet only when Settings say so).
 * Logging twice adds nothing; the card says so.
 */
export function LogEmailCard({
  mail,
  ownEmails,
  keepSnippets,
}: {
  mail: MailPage & { thread: NonNullable<MailPage['thread']> };
  ownEmails: readonly string[];
  keepSnippets: boolean;
}) {
  const { thread } = mail;
  const newest = thread.messages.at(-1)!;
  const people = otherPeople(newest, ownEmails);
  const emails = people.map((person) => person.email);
  const leads = useLiveQuery((db) => leadsAmong(db, emails), [emails.join(',')], ['leads']);
  const leadIds = (leads.data ?? []).map((lead) => lead.id);
  const logged = useLiveQuery((db) => loggedFor(db, mail.provider, newest.key, leadIds), [newest.key, leadIds.join(',')], ['activities']);
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();
  const direction = directionOf(newest, ownEmails);
  const allLogged = leadIds.length > 0 && leadIds.every((id) => logged.data?.has(id));

  const { run: log, busy } = useAction(
    async (messages: readonly MailMessage[]) => {
      setMessage(undefined);
      const db = await getDb();
      const results: LogResult[] = [];
      for (const item of messages) {
        const ids = (
          await leadsAmong(
            db,
            otherPeople(item, ownEmails).map((person) => person.email),
          )
        ).map((lead) => lead.id);
        if (!ids.length) continue;
        const email = {
          provider: mail.provider,
          threadUrl: thread.url,
          subject: thread.subject,
          message: item,
          direction: directionOf(item, ownEmails),
        };
        results.push(...(await logEmail(db, ids, email, keepSnippets)));
      }
      setMessage({ text: describe(results, messages.length) });
    },
    { onError: (text) => setMessage({ text: `Nothing was logged: ${text}`, error: true }) },
  );

  const who =
    direction === 'inbound'
      ? `From ${newest.from.name ?? newest.from.email}`
      : `To ${people.map((person) => person.name ?? person.email).join(', ') || 'yourself'}`;
  return (
    <section
      aria-labelledby="log-email-heading"
      className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800"
    >
      <div className="flex items-center gap-2">
        <h2 id="log-email-heading" className="text-xs font-medium uppercase tracking-wide text-slate-500">
          This email
        </h2>
        {allLogged ? (
          <span className="ml-auto rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-medium text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200">
            Logged
          </span>
        ) : null}
      </div>
      <p className="break-words text-sm font-medium">{thread.subject || '(no subject)'}</p>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {who} · {newest.at !== undefined ? formatDateTime(newest.at) : (newest.dateText ?? 'date unknown')} ·{' '}
        {direction === 'inbound' ? 'received' : 'sent'}
      </p>
      {leads.data && !leads.data.length ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">Save the person below as a lead to log this email on their timeline.</p>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button variant="primary" disabled={busy || !leads.data} onClick={() => void log([newest])}>
            Log this email
          </Button>
          {thread.messages.length > 1 ? (
            <Button variant="ghost" disabled={busy || !leads.data} onClick={() => void log(thread.messages)}>
              Log all {thread.messages.length} messages
            </Button>
          ) : null}
        </div>
      )}
      {message ? (
        <p
          role={message.error ? 'alert' : 'status'}
          className={`text-sm ${message.error ? 'text-rose-600' : 'text-emerald-700 dark:text-emerald-400'}`}
        >
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
