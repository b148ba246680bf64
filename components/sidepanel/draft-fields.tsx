import { TextField } from '../field';
import type { DraftField, ProspectDraft } from '@/lib/model';
import { DRAFT_FIELD_LABELS } from '../leads/field-labels';

const INPUT_TYPES: Partial<Record<DraftField, string>> = {
  email: 'email',
  phone: 'tel',
  linkedinUrl: 'url',
  websiteUrl: 'url',
  companyLinkedinUrl: 'url',
};

/** Where a value came from, as the hint under its field. */
function evidenceHint(field: DraftField, original: ProspectDraft, edited: ProspectDraft): string | undefined {
  if ((original[field] ?? '') !== (edited[field] ?? '')) return 'Typed by you';
  const strategy = original.evidence[field];
  return strategy ? `From ${strategy}` : undefined;
}

/**
 * The captured fields, editable, each with where its value came from ("From embedded page data").
 * Values are shown as text only; nothing from the page is ever rendered as markup.
 */
export function DraftFields({
  fields,
  original,
  edited,
  errors,
  onChange,
  compactHints = false,
  showAlternates = true,
}: {
  fields: readonly DraftField[];
  original: ProspectDraft;
  edited: ProspectDraft;
  errors: Partial<Record<DraftField, string>>;
  onChange: (next: ProspectDraft) => void;
  /** Where each value came from as a small marker beside its label (and the input's description), not a line under it. */
  compactHints?: boolean;
  /** "Also on this page" (other emails and phones) under these fields. */
  showAlternates?: boolean;
}) {
  const set = (field: DraftField, value: string) => {
    const next = { ...edited, evidence: { ...edited.evidence } } as Record<string, unknown> & ProspectDraft;
    if (value === '') delete next[field];
    else next[field] = value;
    onChange(next);
  };
  const alternates = [
    ...(original.alternates?.emails ?? []).map((value) => ({ field: 'email' as const, value })),
    ...(original.alternates?.phones ?? []).map((value) => ({ field: 'phone' as const, value })),
  ].filter(({ field, value }) => edited[field] !== value);
  return (
    <div className="flex flex-col gap-2">
      {fields.map((field) => (
        <TextField
          key={field}
          label={DRAFT_FIELD_LABELS[field]}
          type={INPUT_TYPES[field] ?? 'text'}
          value={edited[field] ?? ''}
          error={errors[field]}
          hint={evidenceHint(field, original, edited)}
          compactHint={compactHints}
          onChange={(event) => set(field, event.target.value)}
        />
      ))}
      {showAlternates && alternates.length ? (
        <div className="text-xs text-slate-600 dark:text-slate-400">
          <p>Also on this page:</p>
          <ul className="mt-1 flex flex-col gap-1">
            {alternates.map(({ field, value }) => (
              <li key={`${field}:${value}`} className="flex items-center gap-2">
                <span className="break-all">{value}</span>
                <button
                  type="button"
                  className="rounded px-1.5 py-0.5 text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
                  aria-label={`Use ${value} as ${DRAFT_FIELD_LABELS[field].toLowerCase()}`}
                  onClick={() => set(field, value)}
                >
                  Use
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
