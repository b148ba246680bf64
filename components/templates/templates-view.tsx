import { listTemplates } from '@/lib/templates';
import { useLiveQuery } from '../hooks/use-live-query';
import { TemplateEditor } from './template-editor';
import { RecordList } from '../record-list';
import { MissingRecord, RecordPage } from '../record-page';
import type { ViewContext } from '../view-context';

/** Templates: the list, and the editor for `#/templates/new` or `#/templates/<id>`. */
export function TemplatesView({ params, settings, notify }: ViewContext) {
  const templates = useLiveQuery(listTemplates, [], ['templates']);
  const [id] = params;
  if (templates.loading && !templates.data) return <p className="text-sm text-slate-500">Loading…</p>;
  const all = templates.data ?? [];
  if (id) {
    const template = id === 'new' ? undefined : all.find((item) => item.id === id);
    if (id !== 'new' && !template) return <MissingRecord what="template" list="templates" />;
    return (
      <RecordPage
        list="templates"
        headingId="template-heading"
        className="flex max-w-5xl flex-col gap-4"
        title={template ? template.name : 'New template'}
      >
        <TemplateEditor key={id} template={template} settings={settings} notify={notify} />
      </RecordPage>
    );
  }
  return (
    <RecordList
      list="templates"
      title="Templates"
      newLabel="New template"
      rows={all}
      name={(template) => template.name}
      columns={[{ header: 'Channel', muted: true, cell: (template) => (template.channel === 'email' ? 'Email' : 'LinkedIn') }]}
      empty={{
        title: 'No templates yet',
        createLabel: 'Write a template',
        text: (
          <>
            Write the emails and LinkedIn notes your sequences send, with merge fields such as {'{{firstName}}'} and {'{{company}}'}.
          </>
        ),
      }}
    />
  );
}
