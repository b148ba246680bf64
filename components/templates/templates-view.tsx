import { listTemplates } from '@/lib/templates';
import { Button } from '../button';
import { EmptyState } from '../empty-state';
import { navigate } from '../hooks/use-hash-route';
import { useLiveQuery } from '../hooks/use-live-query';
import { TemplateEditor } from './template-editor';
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
    <section aria-labelledby="templates-heading" className="flex max-w-3xl flex-col gap-4">
      <header className="flex items-center gap-3">
        <h1 id="templates-heading" className="text-xl font-semibold">
          Templates
        </h1>
        <Button variant="primary" className="ml-auto" onClick={() => navigate('templates', 'new')}>
          New template
        </Button>
      </header>
      {all.length === 0 ? (
        <EmptyState title="No templates yet">
          Write the emails and LinkedIn notes your sequences send, with merge fields such as {'{{firstName}}'} and {'{{company}}'}.
        </EmptyState>
      ) : (
        <ul aria-label="Templates" className="divide-y divide-slate-200 dark:divide-slate-800">
          {all.map((template) => (
            <li key={template.id}>
              <a
                href={`#/templates/${encodeURIComponent(template.id)}`}
                className="flex items-center gap-3 px-2 py-2 hover:bg-slate-50 dark:hover:bg-slate-900"
              >
                <span className="flex-1 text-sm font-medium">{template.name}</span>
                <span className="text-xs text-slate-500">{template.channel === 'email' ? 'Email' : 'LinkedIn'}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
