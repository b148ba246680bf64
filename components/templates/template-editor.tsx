import { useCallback, useState } from 'react';
import { getDb } from '@/lib/db';
import type { Lead, Template, TemplateChannel } from '@/lib/model';
import { checkTemplate, deleteTemplate, listTemplates, MERGE_FIELDS, renderTemplate, saveTemplate, TemplateError } from '@/lib/templates';
import { Button } from '../button';
import { SelectField, TextAreaField, TextField } from '../field';
import { useAction } from '../hooks/use-action';
import { navigate } from '../hooks/use-hash-route';
import { useStaleForm, type FormStep } from '../hooks/use-stale-form';
import { describeSave, StaleFormPrompt } from '../stale-form-dialog';
import { LeadPicker } from '../leads/lead-picker';
import type { ViewContext } from '../view-context';

const CHANNELS = [
  { value: 'email', label: 'Email' },
  { value: 'linkedin', label: 'LinkedIn message or note' },
];

/** The template form's inputs. */
interface TemplateForm {
  name: string;
  channel: TemplateChannel;
  subject: string;
  body: string;
}

const TEMPLATE_LABELS: Record<keyof TemplateForm, string> = { name: 'name', channel: 'channel', subject: 'subject', body: 'message' };

const templateForm = (template: Template | undefined): TemplateForm => ({
  name: template?.name ?? '',
  channel: template?.channel ?? 'email',
  subject: template?.subject ?? '',
  body: template?.body ?? '',
});

/** Create or edit a template: merge fields, a live preview against a chosen lead, errors named. */
export function TemplateEditor({
  template,
  settings,
  notify,
}: Pick<ViewContext, 'settings' | 'notify'> & { template: Template | undefined }) {
  const [name, setName] = useState(template?.name ?? '');
  const [channel, setChannel] = useState<TemplateChannel>(template?.channel ?? 'email');
  const [subject, setSubject] = useState(template?.subject ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const [previewLead, setPreviewLead] = useState<Lead>();
  // One write at a time (save, a stale-form choice, delete); a template the checker refuses says so.
  const {
    run: act,
    error,
    setError,
  } = useAction((work: () => Promise<void>) => work(), {
    onError: (message, caught) => caught instanceof TemplateError && setError(`Not saved: ${message}`),
  });
  const problems = checkTemplate({ subject: channel === 'email' ? subject : '', body });
  const preview = previewLead
    ? renderTemplate({ subject: channel === 'email' ? subject : '', body }, { lead: previewLead, senderName: settings.senderName })
    : undefined;

  const load = useCallback(async () => {
    const stored = template ? (await listTemplates(await getDb())).find((entry) => entry.id === template.id) : undefined;
    return stored ? { values: templateForm(stored), version: stored.updatedAt } : undefined;
  }, [template]);
  const write = useCallback(
    async (values: TemplateForm, _fields: (keyof TemplateForm)[], version: unknown) =>
      // The values are the stored template with only the user's changed fields on top (useStaleForm).
      (await saveTemplate(await getDb(), { id: template?.id, ...values }, Date.now(), version as number)).updatedAt,
    [template],
  );
  const stale = useStaleForm<TemplateForm>({ initial: { values: templateForm(template), version: template?.updatedAt }, load, write });
  const show = (values: TemplateForm) => {
    setName(values.name);
    setChannel(values.channel);
    setSubject(values.subject);
    setBody(values.body);
  };
  const run = (step: FormStep<TemplateForm>) =>
    void act(async () => {
      const outcome = await step();
      if (outcome.kind === 'saved' || outcome.kind === 'unchanged') {
        notify({
          text: outcome.kind === 'saved' ? describeSave(outcome, TEMPLATE_LABELS, `Saved template “${name}”`) : 'Nothing changed',
        });
        navigate('templates', template?.id ?? '');
      }
    });
  const save = async () => {
    if (template) return run(() => stale.submit({ name, channel, subject, body }));
    await act(async () => {
      const saved = await saveTemplate(await getDb(), { name, channel, subject, body }, Date.now());
      notify({ text: `Saved template “${saved.name}”` });
      navigate('templates', saved.id);
    });
  };
  const remove = async () => {
    if (!template) return;
    await act(async () => {
      await deleteTemplate(await getDb(), template.id);
      notify({ text: `Deleted template “${template.name}”` });
      navigate('templates');
    });
  };

  return (
    <form
      aria-label={template ? `Edit template ${template.name}` : 'New template'}
      className="grid gap-4 lg:grid-cols-[1fr_20rem]"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      noValidate
    >
      <div className="flex flex-col gap-3">
        {error ? (
          <p role="alert" className="text-sm text-rose-600">
            {error}
          </p>
        ) : null}
        <TextField label="Template name" value={name} required onChange={(e) => setName(e.target.value)} />
        <SelectField label="Channel" options={CHANNELS} value={channel} onChange={(e) => setChannel(e.target.value as TemplateChannel)} />
        {channel === 'email' ? <TextField label="Subject" value={subject} onChange={(e) => setSubject(e.target.value)} /> : null}
        <TextAreaField
          label="Message"
          rows={10}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          hint="Merge fields: {{firstName}}, {{company}}… Add a fallback with {{firstName|there}}."
        />
        {problems.length ? (
          <ul aria-label="Problems" className="list-disc pl-5 text-sm text-amber-700 dark:text-amber-400">
            {problems.map((problem) => (
              <li key={problem.message}>{problem.message}</li>
            ))}
          </ul>
        ) : null}
        <div className="flex gap-2">
          <Button type="submit" variant="primary">
            Save template
          </Button>
          <Button onClick={() => navigate('templates')}>Cancel</Button>
          {template ? (
            <Button variant="danger" className="ml-auto" onClick={() => void remove()}>
              Delete
            </Button>
          ) : null}
        </div>
      </div>
      <StaleFormPrompt form={stale} labels={TEMPLATE_LABELS} run={run} onReload={show} />
      <aside className="flex flex-col gap-3" aria-label="Merge fields and preview">
        <div>
          <h3 className="mb-1 text-sm font-semibold">Merge fields</h3>
          <ul className="flex flex-wrap gap-1">
            {Object.entries(MERGE_FIELDS).map(([field, description]) => (
              <li key={field}>
                <button
                  type="button"
                  title={description}
                  onClick={() => setBody((text) => `${text}{{${field}}}`)}
                  className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs hover:bg-slate-200 dark:bg-slate-800 dark:hover:bg-slate-700"
                >
                  {`{{${field}}}`}
                </button>
              </li>
            ))}
          </ul>
          <p className="mt-1 text-xs text-slate-500">Custom lead fields: {'{{custom.yourField}}'}</p>
        </div>
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold">Preview</h3>
          <LeadPicker label="Preview lead" selected={previewLead} onSelect={setPreviewLead} />
          {!preview ? (
            <p className="text-xs text-slate-500">Pick a lead to see the message as they would get it.</p>
          ) : preview.ok ? (
            <div aria-label="Preview" role="region" className="rounded-md border border-slate-200 p-2 text-sm dark:border-slate-800">
              {channel === 'email' ? <p className="mb-1 font-medium">{preview.subject}</p> : null}
              <p className="whitespace-pre-wrap">{preview.body}</p>
            </div>
          ) : (
            <p role="alert" className="text-sm text-rose-600">
              {preview.message}
            </p>
          )}
        </div>
      </aside>
    </form>
  );
}
