import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { composeRecipients, leadsAmong } from '@/lib/mail';
import type { MailPage } from '@/lib/model';
import { listTemplates, renderTemplate } from '@/lib/templates';
import { Button } from '../../button';
import { SelectField } from '../../field';
import { useAction } from '../../hooks/use-action';
import { useLiveQuery } from '../../hooks/use-live-query';
import type { MailDeps } from './mail-deps';

/**
 * "Write with a template" while a reply or new message is open in Gmail or Outlook: an email template
 * rendered for the recipient's lead (merge fields from the lead, {{senderName}} from Settings),
 * previewed as plain text and inserted at the caret. A field with no value blocks insertion and is
 * named — never a blank "Hi ,".
 */
export function TemplateInserter({
  tabId,
  mail,
  ownEmails,
  senderName,
  deps,
  focusRequest,
  onOpenDashboard,
}: {
  tabId: number;
  mail: MailPage & { compose: NonNullable<MailPage['compose']> };
  ownEmails: readonly string[];
  senderName: string;
  deps: MailDeps;
  /** Changes when the keyboard command asks to insert: the template picker takes the focus. */
  focusRequest: number;
  onOpenDashboard: (hash: string) => void;
}) {
  const recipients = composeRecipients(mail, ownEmails);
  const emails = recipients.map((person) => person.email);
  const leads = useLiveQuery((db) => leadsAmong(db, emails), [emails.join(',')], ['leads']);
  const templates = useLiveQuery(
    async (db) => (await listTemplates(db)).filter((template) => template.channel === 'email'),
    [],
    ['templates'],
  );
  const [leadId, setLeadId] = useState<string>();
  const [templateId, setTemplateId] = useState<string | undefined>(() => deps.lastTemplate.get());
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();
  const form = useRef<HTMLFormElement>(null);
  const previewId = useId();

  const lead = leads.data?.find((candidate) => candidate.id === leadId) ?? leads.data?.[0];
  const template = templates.data?.find((candidate) => candidate.id === templateId) ?? templates.data?.[0];
  const formShown = !!(lead && template);

  // The keyboard command: the picker takes the focus (once it is there), so Enter inserts.
  useEffect(() => {
    if (focusRequest) form.current?.querySelector<HTMLSelectElement>('select[data-template-picker]')?.focus();
  }, [focusRequest, formShown]);

  const rendered = lead && template ? renderTemplate(template, { lead, senderName }) : undefined;

  const inserting = useAction(
    async (chosen: { id: string; name: string }, text: { subject: string; body: string }) => {
      setMessage(undefined);
      const result = await deps.insert(tabId, text);
      deps.lastTemplate.set(chosen.id);
      const where = result.placed === 'caret' ? 'at the cursor' : 'at the start of the message (the cursor was not in it)';
      setMessage({ text: `Inserted “${chosen.name}” ${where}${result.subjectFilled ? ', and filled the subject' : ''}.` });
    },
    { onError: (text) => setMessage({ text, error: true }) },
  );
  const busy = inserting.busy;
  const insert = (event?: FormEvent | KeyboardEvent) => {
    event?.preventDefault();
    if (!template || !rendered?.ok || busy) return;
    void inserting.run(template, { subject: rendered.subject, body: rendered.body });
  };

  let body;
  if (!recipients.length)
    body = <p className="text-sm text-slate-600 dark:text-slate-400">Add a recipient to the message, then pick a template for them.</p>;
  else if (leads.data && !leads.data.length) {
    body = (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {recipients.map((person) => person.name ?? person.email).join(', ')} {recipients.length === 1 ? 'is' : 'are'} not a lead yet: save
        them first, so a template can be filled for them.
      </p>
    );
  } else if (templates.data && !templates.data.length) {
    body = (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        No email templates yet.{' '}
        <button type="button" className="text-indigo-700 underline dark:text-indigo-300" onClick={() => onOpenDashboard('#/templates/new')}>
          Write one in the dashboard
        </button>
        .
      </p>
    );
  } else if (lead && template && templates.data) {
    body = (
      <form ref={form} aria-label="Insert a template" onSubmit={(event) => insert(event)} className="flex flex-col gap-2">
        {leads.data && leads.data.length > 1 ? (
          <SelectField
            label="For"
            value={lead.id}
            onChange={(event) => setLeadId(event.target.value)}
            options={leads.data.map((candidate) => ({ value: candidate.id, label: candidate.fullName }))}
          />
        ) : (
          <p className="text-xs text-slate-600 dark:text-slate-400">For {lead.fullName}</p>
        )}
        <SelectField
          data-template-picker
          label="Template"
          value={template.id}
          aria-describedby={previewId}
          onChange={(event) => {
            setTemplateId(event.target.value);
            setMessage(undefined);
          }}
          // A select does not submit its form on Enter: the keyboard path (Alt+Shift+E, then Enter) needs it to.
          onKeyDown={(event) => {
            if (event.key === 'Enter') insert(event);
          }}
          options={templates.data.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
        />
        {rendered && !rendered.ok ? (
          <p id={previewId} role="alert" className="text-sm text-rose-600 dark:text-rose-400">
            Not inserted: {rendered.message}.
          </p>
        ) : rendered?.ok ? (
          <div id={previewId} aria-label="Preview" className="rounded-md bg-slate-50 p-2 text-sm dark:bg-slate-900">
            {rendered.subject ? <p className="mb-1 font-medium">{rendered.subject}</p> : null}
            <p className="whitespace-pre-wrap break-words">{rendered.body}</p>
          </div>
        ) : null}
        <Button type="submit" variant="primary" disabled={busy || !rendered?.ok}>
          Insert into message
        </Button>
      </form>
    );
  }

  return (
    <section
      aria-labelledby="insert-template-heading"
      className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800"
    >
      <h2 id="insert-template-heading" className="text-xs font-medium uppercase tracking-wide text-slate-500">
        Write with a template
      </h2>
      {body}
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
