import { campaignFormFrom, parseCampaignForm, type CampaignFields, type CampaignFormInput } from '@/lib/campaigns';
import { CHANNEL_LABELS, CHANNELS, type Campaign } from '@/lib/model';
import { FormButtons } from '../button';
import { SelectField, TextAreaField, TextField } from '../field';
import { useFormFields } from '../hooks/use-form-fields';

const CHANNEL_OPTIONS = CHANNELS.map((channel) => ({ value: channel, label: CHANNEL_LABELS[channel] }));
// "Open", not "Active": the active campaign is the one captures are tagged with (Campaigns page header).
const STATUS_OPTIONS = [
  { value: 'active', label: 'Open' },
  { value: 'draft', label: 'Draft (created from a link; review it)' },
  { value: 'archived', label: 'Archived' },
];

/** The create/edit campaign form. Emits checked fields; saving is the caller's job. */
export function CampaignForm({
  campaign,
  initial,
  currency,
  onSubmit,
  onCancel,
  submitLabel,
  busy,
}: {
  campaign?: Campaign | undefined;
  /** The values the form opens with (the campaign's by default). */
  initial?: CampaignFormInput | undefined;
  currency: string;
  onSubmit: (fields: CampaignFields, input: CampaignFormInput) => void;
  onCancel: () => void;
  submitLabel: string;
  busy?: boolean;
}) {
  const { bind, submit: check } = useFormFields(() => initial ?? campaignFormFrom(campaign), parseCampaignForm);
  const costCurrency = campaign?.currency && campaign.currency !== currency && campaign.cost ? campaign.currency : currency;

  const submit = check((result, input) => onSubmit(result.fields, input));

  return (
    <form onSubmit={submit} noValidate aria-label={campaign ? `Edit ${campaign.name}` : 'New campaign'} className="grid gap-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Name" required autoFocus autoComplete="off" {...bind('name')} />
        <SelectField label="Channel" options={CHANNEL_OPTIONS} {...bind('channel')} />
        <TextField label="Medium" placeholder="social, cpc, newsletter…" {...bind('medium')} />
        <TextField
          label="UTM campaign"
          hint="utm_campaign of your links: captures from them are tagged automatically"
          {...bind('utmCampaign')}
        />
        <TextField label="UTM source" placeholder="linkedin, newsletter…" {...bind('utmSource')} />
        <TextField label="Owner" {...bind('owner')} />
        <TextField label="Start date" type="date" {...bind('startDate')} />
        <TextField label="End date" type="date" {...bind('endDate')} />
        <TextField
          label={`Budget / cost (${costCurrency})`}
          inputMode="decimal"
          hint={costCurrency !== currency ? `Entered in ${costCurrency}; a new amount is recorded in ${currency}` : undefined}
          {...bind('cost')}
        />
        <TextField label="Goal (leads)" inputMode="numeric" {...bind('goalLeads')} />
        {campaign ? <SelectField label="Status" options={STATUS_OPTIONS} {...bind('status')} /> : null}
      </div>
      <TextAreaField label="Notes" rows={3} {...bind('notes')} />
      <FormButtons submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
