import { useId, useState } from 'react';
import { draftErrors } from '@/lib/capture';
import { companyPatchFromDraft, previewCompany, saveCompany, type SaveCompanyResult } from '@/lib/companies';
import { getDb } from '@/lib/db';
import type { ProspectDraft } from '@/lib/model';
import { Button } from '../button';
import { useAction } from '../hooks/use-action';
import { useLiveQuery } from '../hooks/use-live-query';
import { DraftFields } from './draft-fields';
import { COMPANY_DRAFT_FIELDS, COMPANY_FIELD_LABELS } from '../leads/field-labels';

const plural = (count: number, one: string, many: string) => `${count.toLocaleString()} ${count === 1 ? one : many}`;

/** A captured company (a LinkedIn company page): review, save, and attach the leads who work there. */
export function CompanyDraftCard({
  original,
  edited,
  onEdit,
}: {
  original: ProspectDraft;
  edited: ProspectDraft;
  onEdit: (next: ProspectDraft) => void;
}) {
  const headingId = useId();
  const [saved, setSaved] = useState<SaveCompanyResult>();
  const patch = companyPatchFromDraft(edited);
  const preview = useLiveQuery((db) => previewCompany(db, patch), [JSON.stringify(patch)], ['companies', 'leads']);
  const errors = draftErrors(edited);
  if (!edited.company?.trim()) errors.company = 'Enter the company’s name';
  const existing = preview.data?.existing;
  const leads = preview.data?.leads ?? [];

  const {
    run: save,
    busy: saving,
    error,
  } = useAction(async () =>
    setSaved(await saveCompany(await getDb(), patch, { source: edited.source, url: edited.sourceUrl, at: Date.now() })),
  );

  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <header>
        <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Company</p>
        <h2 id={headingId} className="break-words text-sm font-semibold">
          {edited.company || 'Unnamed company'}
        </h2>
      </header>
      {saved ? (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
          {saved.created ? 'Saved' : 'Updated'} {saved.company.name}; {plural(saved.attached, 'lead is', 'leads are')} attached to it.
        </p>
      ) : (
        <>
          {existing ? (
            <section aria-label="Already saved" className="rounded-md bg-amber-50 p-2 text-sm dark:bg-amber-950/40">
              <p>
                <strong>{existing.name}</strong> is already saved.{' '}
                {preview.data?.changes.length
                  ? `Saving updates ${preview.data.changes.map((change) => COMPANY_FIELD_LABELS[change.field].toLowerCase()).join(', ')}.`
                  : 'Nothing on this page is new for it.'}
              </p>
            </section>
          ) : null}
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {leads.length
              ? `Saving attaches ${plural(leads.length, 'lead', 'leads')} of this company: ${leads
                  .slice(0, 5)
                  .map((lead) => lead.fullName)
                  .join(', ')}${leads.length > 5 ? '…' : ''}.`
              : 'No saved lead works here yet.'}
          </p>
          <DraftFields fields={COMPANY_DRAFT_FIELDS} original={original} edited={edited} errors={errors} onChange={onEdit} />
          {error ? (
            <p role="alert" className="text-sm text-rose-600">
              {error}
            </p>
          ) : null}
          <Button variant="primary" disabled={saving || Object.keys(errors).length > 0} onClick={() => void save()}>
            {saving ? 'Saving…' : existing ? 'Update company' : 'Save company'}
          </Button>
        </>
      )}
    </article>
  );
}
