import { useState, type FormEvent } from 'react';
import { parseMoneyInput } from '@/lib/campaigns';
import { dealValueRequest, stageMoveEdit } from '@/lib/leads';
import { STAGE_LABELS, STAGES, type Lead, type Stage } from '@/lib/model';
import { Button } from '../button';
import { SelectField, TextField } from '../field';
import { useUpdateLead } from '../hooks/use-lead-writes';
import type { Notify } from '../view-context';
import { DealValueField } from './deal-value-field';
import { OwnerField } from '../team/owner-field';

/** A lead's stage and deal: value, expected close date, lost reason, owner. Every change lands in the timeline. */
export function DealFields({ lead, currency, notify }: { lead: Lead; currency: string; notify: Notify }) {
  const foreign = lead.dealCurrency && lead.dealCurrency !== currency ? lead.dealCurrency : undefined;
  const [stage, setStage] = useState<Stage>(lead.stage);
  const [value, setValue] = useState(lead.dealValue === undefined ? '' : String(lead.dealValue));
  const [cleared, setCleared] = useState(false);
  const [closeDate, setCloseDate] = useState(lead.expectedCloseDate ?? '');
  const [reason, setReason] = useState(lead.lostReason ?? '');
  const [owner, setOwner] = useState(lead.owner ?? '');
  const { run: update, busy, error, setError } = useUpdateLead();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseMoneyInput(value, 'Deal value');
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    // An untouched amount keeps the currency it was entered in; a new one is in the workspace currency;
    // an emptied one is kept (only Clear value removes it).
    const edit = stageMoveEdit(lead, stage, {
      ...(parsed.value === lead.dealValue && !cleared ? {} : dealValueRequest(parsed.value, cleared)),
      expectedCloseDate: closeDate || undefined,
      lostReason: reason,
    });
    const nextOwner = owner.trim() || undefined;
    if (nextOwner !== lead.owner) edit.deal = { ...edit.deal, owner: nextOwner };
    if (await update(lead.id, edit)) notify({ text: stage !== lead.stage ? `Moved to ${STAGE_LABELS[stage]}` : 'Deal saved' });
  };

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label="Deal"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800"
    >
      <h2 className="text-sm font-semibold">Deal</h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Stage"
          options={STAGES.map((entry) => ({ value: entry, label: STAGE_LABELS[entry] }))}
          value={stage}
          onChange={(event) => setStage(event.target.value as Stage)}
        />
        <DealValueField
          label={`Deal value (${foreign ?? currency})`}
          value={value}
          error={error}
          hint={foreign ? `Entered in ${foreign}; a new amount is recorded in ${currency}` : undefined}
          stored={lead.dealValue === undefined ? undefined : `${lead.dealValue} ${foreign ?? currency}`}
          cleared={cleared}
          onChange={setValue}
          onClearedChange={setCleared}
        />
        <TextField label="Expected close date" type="date" value={closeDate} onChange={(event) => setCloseDate(event.target.value)} />
        <OwnerField value={owner} onChange={setOwner} />
        {stage === 'lost' ? (
          <TextField label="Lost reason" value={reason} maxLength={2000} onChange={(event) => setReason(event.target.value)} />
        ) : null}
      </div>
      <div>
        <Button type="submit" variant="primary" disabled={busy}>
          Save deal
        </Button>
      </div>
    </form>
  );
}
