import { useState, type FormEvent } from 'react';
import { parseMoneyInput } from '@/lib/campaigns';
import type { LeadRow } from '@/lib/db';
import { dealValueRequest, type StageMoveDetails } from '@/lib/leads';
import { STAGE_LABELS, STAGES, type Stage } from '@/lib/model';
import { Button } from '../button';
import { Dialog } from '../dialog';
import { DealValueField } from './deal-value-field';
import { SelectField, TextField } from '../field';

/**
 * Move a deal to another stage, with what that stage asks for: the deal value (checked: no
 * negatives, no text), the expected close date, and for a lost deal the reason.
 */
export function MoveStageDialog({
  lead,
  initialStage,
  currency,
  onMove,
  onClose,
}: {
  lead: LeadRow;
  initialStage?: Stage;
  currency: string;
  onMove: (stage: Stage, details: StageMoveDetails) => void;
  onClose: () => void;
}) {
  const [stage, setStage] = useState<Stage>(initialStage ?? lead.stage);
  const inOtherCurrency = lead.dealCurrency && lead.dealCurrency !== currency;
  const [value, setValue] = useState(lead.dealValue === undefined || inOtherCurrency ? '' : String(lead.dealValue));
  const [cleared, setCleared] = useState(false);
  const [closeDate, setCloseDate] = useState(lead.expectedCloseDate ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseMoneyInput(value, 'Deal value');
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    onMove(stage, {
      ...dealValueRequest(parsed.value, cleared),
      expectedCloseDate: closeDate || undefined,
      ...(stage === 'lost' ? { lostReason: reason } : {}),
    });
  };

  return (
    <Dialog title={`Move ${lead.fullName}`} onClose={onClose}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-3">
        <SelectField
          label="Stage"
          options={STAGES.map((entry) => ({ value: entry, label: STAGE_LABELS[entry] }))}
          value={stage}
          onChange={(event) => setStage(event.target.value as Stage)}
        />
        <DealValueField
          label={`Deal value (${currency})`}
          value={value}
          error={error}
          stored={lead.dealValue === undefined ? undefined : `${lead.dealValue} ${lead.dealCurrency ?? currency}`}
          cleared={cleared}
          onChange={setValue}
          onClearedChange={setCleared}
        />
        {stage !== 'won' && stage !== 'lost' ? (
          <TextField label="Expected close date" type="date" value={closeDate} onChange={(event) => setCloseDate(event.target.value)} />
        ) : null}
        {stage === 'lost' ? (
          <TextField
            label="Lost reason"
            placeholder="Chose another vendor, no budget…"
            value={reason}
            maxLength={2000}
            onChange={(event) => setReason(event.target.value)}
          />
        ) : null}
        <div className="flex gap-2">
          <Button type="submit" variant="primary">
            Move to {STAGE_LABELS[stage]}
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </div>
      </form>
    </Dialog>
  );
}
