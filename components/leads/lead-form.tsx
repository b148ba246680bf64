import { leadFormFrom, parseLeadForm, type LeadFormInput, type LeadPatch, type LeadEdit } from '@/lib/leads';
import { STAGE_LABELS, STAGES, type Lead } from '@/lib/model';
import { FormButtons } from '../button';
import { SelectField, TextAreaField, TextField } from '../field';
import { useFormFields } from '../hooks/use-form-fields';

const STAGE_OPTIONS = STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }));

/** What the lead form emits: the checked fields, the deal part, and the raw input (for a stale-form check). */
export interface LeadFormOutput {
  fields: LeadPatch;
  deal: NonNullable<LeadEdit['deal']>;
  input: LeadFormInput;
}

/** The add/edit lead form. Emits checked values; saving is the caller's job. */
export function LeadForm({
  lead,
  initial,
  currency,
  onSubmit,
  onCancel,
  submitLabel,
  busy,
}: {
  lead?: Lead | undefined;
  /** The values the form opens with (the lead's by default). */
  initial?: LeadFormInput | undefined;
  currency: string;
  onSubmit: (values: LeadFormOutput) => void;
  onCancel: () => void;
  submitLabel: string;
  busy?: boolean;
}) {
  const { bind, submit: check } = useFormFields(() => initial ?? leadFormFrom(lead), parseLeadForm);
  const submit = check((result, input) => onSubmit({ fields: result.fields, deal: result.deal, input }));

  return (
    <form onSubmit={submit} noValidate aria-label={lead ? `Edit ${lead.fullName}` : 'New lead'} className="grid gap-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Name" required autoFocus autoComplete="off" {...bind('fullName')} />
        <TextField label="Emails" hint="Separate several with commas" autoComplete="off" {...bind('emails')} />
        <TextField label="Phone" autoComplete="off" {...bind('phones')} />
        <TextField label="Title" {...bind('title')} />
        <TextField label="Company" {...bind('company')} />
        <TextField label="Company domain" placeholder="example.com" {...bind('companyDomain')} />
        <TextField label="Location" {...bind('location')} />
        <TextField label="LinkedIn URL" placeholder="https://www.linkedin.com/in/…" {...bind('linkedinUrl')} />
        <TextField label="Website" placeholder="https://…" {...bind('websiteUrl')} />
        <TextAreaField
          label="Social profiles"
          hint="One per line: X, GitHub, Facebook, Instagram, YouTube, Bluesky or Mastodon"
          rows={2}
          placeholder="https://x.com/handle"
          {...bind('socialUrls')}
        />
        <SelectField label="Stage" options={STAGE_OPTIONS} {...bind('stage')} />
        <TextField label={`Deal value (${currency})`} inputMode="decimal" {...bind('dealValue')} />
      </div>
      <TextAreaField label="Notes" rows={4} {...bind('notes')} />
      <FormButtons submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
