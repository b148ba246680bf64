import { getDb } from '@/lib/db';
import { saveLead } from '@/lib/leads';
import { useAction } from '../hooks/use-action';
import { navigate } from '../hooks/use-hash-route';
import { LeadForm, type LeadFormOutput } from './lead-form';
import type { ViewContext } from '../view-context';

/** "Add lead": the form, then the new lead's page (or the existing one it merged into). */
export function NewLeadPage({ settings, notify }: ViewContext) {
  const { run, busy, error } = useAction(async ({ fields, deal }: LeadFormOutput) => {
    const result = await saveLead(await getDb(), {
      patch: fields,
      origin: { kind: 'manual' },
      extras: { stage: deal.stage, dealValue: deal.dealValue, notes: deal.notes },
    });
    notify({
      text: result.created ? `Saved ${result.lead.fullName}` : `${result.lead.fullName} was already a lead: merged`,
    });
    navigate('leads', result.lead.id);
  });
  return (
    <section aria-labelledby="new-lead-heading" className="max-w-3xl">
      <h1 id="new-lead-heading" className="mb-4 text-xl font-semibold">
        New lead
      </h1>
      {error ? (
        <p role="alert" className="mb-3 text-sm text-rose-600">
          {error}
        </p>
      ) : null}
      <LeadForm
        currency={settings.currency}
        submitLabel="Save lead"
        busy={busy}
        onCancel={() => navigate('leads')}
        onSubmit={(output) => void run(output)}
      />
    </section>
  );
}
