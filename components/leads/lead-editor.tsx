import { useCallback } from 'react';
import { getDb, getLead } from '@/lib/db';
import { LEAD_FORM_LABELS, leadEditFromForm, leadFormFrom, parseLeadForm, updateLead, type LeadFormInput } from '@/lib/leads';
import type { Lead } from '@/lib/model';
import { useFormSave, useStaleForm, type SaveOutcome } from '../hooks/use-stale-form';
import { LeadForm } from './lead-form';
import { describeSave, StaleFormPrompt } from '../stale-form-dialog';
import type { Notify } from '../view-context';

/**
 * The lead's Edit form. Saving writes only the fields changed in it; when the lead changed since
 * the form opened (another tab, a capture, the pipeline), the user chooses what to keep.
 */
export function LeadEditor({ lead, currency, notify, onClose }: { lead: Lead; currency: string; notify: Notify; onClose: () => void }) {
  const load = useCallback(async () => {
    const stored = await getLead(await getDb(), lead.id);
    return stored ? { values: leadFormFrom(stored), version: stored.updatedAt } : undefined;
  }, [lead.id]);
  const write = useCallback(
    async (values: LeadFormInput, fields: (keyof LeadFormInput)[], version: unknown) => {
      const parsed = parseLeadForm(values);
      if (!parsed.ok) throw new Error(Object.values(parsed.errors).join('; '));
      const saved = await updateLead(await getDb(), lead.id, { ...leadEditFromForm(parsed, fields), ifUpdatedAt: version as number });
      return saved.updatedAt;
    },
    [lead.id],
  );
  const form = useStaleForm<LeadFormInput>({ initial: { values: leadFormFrom(lead), version: lead.updatedAt }, load, write });

  const finish = (outcome: SaveOutcome<LeadFormInput>) => {
    if (outcome.kind === 'saved') {
      notify({ text: describeSave(outcome, LEAD_FORM_LABELS) });
      onClose();
    } else if (outcome.kind === 'unchanged') {
      notify({ text: 'Nothing changed' });
      onClose();
    }
  };
  const { run, error } = useFormSave(finish);

  return (
    <>
      {error ? (
        <p role="alert" className="mb-3 text-sm text-rose-600">
          {error}
        </p>
      ) : null}
      <LeadForm
        key={form.generation}
        lead={lead}
        initial={form.baseline.values}
        currency={currency}
        submitLabel="Save changes"
        onCancel={onClose}
        onSubmit={({ input }) => run(() => form.submit(input))}
      />
      <StaleFormPrompt form={form} labels={LEAD_FORM_LABELS} run={run} />
    </>
  );
}
