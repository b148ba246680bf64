import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { draftErrors, previewReviewed } from '@/lib/capture';
import type { SaveLeadResult } from '@/lib/leads';
import type { DraftField, EmailGuess, Lead, ProspectDraft } from '@/lib/model';
import { Button } from '../button';
import { useLiveQuery } from '../hooks/use-live-query';
import { LikelyEmail, useLikelyEmail } from '../leads/likely-email';
import { DraftFields } from './draft-fields';
import { FieldChanges } from './field-changes';
import { DRAFT_FIELD_LABELS, ENGAGEMENT_LABELS, LEAD_FIELD_LABELS, MORE_PERSON_FIELDS, PERSON_FIELDS } from '../leads/field-labels';
import { SavedValues } from './saved-values';

/** What a rep checks on every capture, shown first; the other fields fold under "More fields". */
const LEADING_FIELDS: readonly DraftField[] = ['fullName', 'title', 'company', 'email', 'phone', 'linkedinUrl'];

const SHORTCUT_LABEL = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘+Enter' : 'Ctrl+Enter';

/** Ctrl+Enter (⌘+Enter on a Mac) typed by the user: save from any field. */
export function isSaveShortcut(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && event.nativeEvent.isTrusted;
}

/** One captured person: review and edit, "already a lead" with what would change, save or update. */
export interface PersonDraftCardProps {
  original: ProspectDraft;
  edited: ProspectDraft;
  onEdit: (next: ProspectDraft) => void;
  /** In a list of people: a checkbox, and the fields folded away until "Review". */
  selection?: { selected: boolean; onSelect: (selected: boolean) => void };
  saving: boolean;
  saved?: SaveLeadResult;
  onSave: () => void;
  onOpenLead: (id: string) => void;
  /** Extra actions for the saved or existing lead (e.g. "Enroll in a sequence"). */
  renderForLead?: (lead: Lead) => ReactNode;
  /** The likely address the user added to this draft, and how to add one. */
  guess?: EmailGuess;
  onUseGuess?: (guess: EmailGuess) => void;
}

function savedSummary(saved: SaveLeadResult): string {
  if (saved.created) return 'Saved as a new lead.';
  if (!saved.changes.length) return 'Already saved; nothing new to add.';
  return `Updated ${saved.changes.map((change) => LEAD_FIELD_LABELS[change.field].toLowerCase()).join(', ')}.`;
}

export function PersonDraftCard({
  original,
  edited,
  onEdit,
  selection,
  saving,
  saved,
  onSave,
  onOpenLead,
  renderForLead,
  guess,
  onUseGuess,
}: PersonDraftCardProps) {
  const [expanded, setExpanded] = useState(!selection);
  const headingId = useId();
  const detailsId = useId();
  const preview = useLiveQuery((db) => previewReviewed(db, { original, edited }), [JSON.stringify(edited), original], ['leads']);
  const existing = preview.data?.existing;
  const changes = preview.data?.changes ?? [];
  const errors = draftErrors(edited);
  const invalid = Object.keys(errors).length > 0;
  const name = edited.fullName || [edited.firstName, edited.lastName].filter(Boolean).join(' ') || edited.email || 'Unnamed person';
  const role = [edited.title, edited.company].filter(Boolean).join(' · ');
  const fields: DraftField[] = [...PERSON_FIELDS, ...MORE_PERSON_FIELDS.filter((field) => original[field] || edited[field])];
  // A likely email only for a named person with no address here or on the lead they already are.
  const wantsGuess =
    !!onUseGuess &&
    expanded &&
    !saved &&
    !edited.email &&
    !existing?.emails.length &&
    !preview.loading &&
    !!(edited.fullName || edited.lastName);
  const likely = useLikelyEmail(
    wantsGuess
      ? {
          fullName: edited.fullName,
          firstName: edited.firstName,
          lastName: edited.lastName,
          companyDomain: edited.companyDomain ?? existing?.companyDomain,
          websiteUrl: edited.websiteUrl ?? existing?.websiteUrl,
          company: edited.company ?? existing?.company,
          companyId: existing?.companyId,
          leadId: existing?.id,
        }
      : undefined,
  );
  const guessInUse = guess && edited.email === guess.email ? guess : undefined;
  const leading = LEADING_FIELDS.filter((field) => fields.includes(field));
  const folded = fields.filter((field) => !LEADING_FIELDS.includes(field));
  const [moreOpen, setMoreOpen] = useState(false);
  const [showSources, setShowSources] = useState(false);
  // A folded field with a problem is never hidden.
  const moreShown = moreOpen || folded.some((field) => errors[field]);
  const moreId = useId();
  const canSave = !saving && !invalid && !preview.loading && !(existing && !changes.length);
  const onKeyDown = (event: KeyboardEvent) => {
    if (selection || !isSaveShortcut(event)) return;
    event.preventDefault();
    if (canSave) onSave();
  };

  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <header className="flex items-start gap-2">
        {selection && !saved ? (
          <input
            type="checkbox"
            className="mt-1 size-4 accent-indigo-600"
            aria-label={`Select ${name}`}
            checked={selection.selected}
            onChange={(event) => selection.onSelect(event.target.checked)}
          />
        ) : null}
        <div className="min-w-0 flex-1">
          <h2 id={headingId} className="break-words text-sm font-semibold">
            {name}
          </h2>
          {role ? <p className="break-words text-xs text-slate-600 dark:text-slate-400">{role}</p> : null}
          {edited.socialHandle || edited.socialUrl ? (
            <p className="break-all text-xs text-slate-600 dark:text-slate-400">{edited.socialHandle ?? edited.socialUrl}</p>
          ) : null}
          {edited.bio && !role ? <p className="line-clamp-2 break-words text-xs text-slate-600 dark:text-slate-400">{edited.bio}</p> : null}
          {edited.engagement ? (
            <p className="text-xs text-indigo-700 dark:text-indigo-300">{ENGAGEMENT_LABELS[edited.engagement.action]}</p>
          ) : null}
        </div>
        {existing && !saved ? (
          <span className="shrink-0 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-200">
            Already a lead
          </span>
        ) : null}
        {selection && !saved ? (
          <Button
            variant="ghost"
            className="!px-2 !py-0.5 text-xs"
            aria-expanded={expanded}
            aria-controls={detailsId}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? 'Fold' : 'Review'}
          </Button>
        ) : null}
      </header>

      {saved ? (
        <div className="flex flex-col gap-2">
          <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
            {savedSummary(saved)}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => onOpenLead(saved.lead.id)}>Open in Leadline</Button>
          </div>
          <PossibleDuplicates people={saved.possibleDuplicates} saved onOpenLead={onOpenLead} />
          {renderForLead?.(saved.lead)}
        </div>
      ) : expanded ? (
        <div id={detailsId} className="flex flex-col gap-3" onKeyDown={onKeyDown}>
          {existing ? (
            <section aria-label="Already a lead" className="flex flex-col gap-2 rounded-md bg-amber-50 p-2 text-sm dark:bg-amber-950/40">
              <p>
                <strong>{existing.fullName}</strong> is already a lead.{' '}
                <button type="button" className="text-indigo-700 underline dark:text-indigo-300" onClick={() => onOpenLead(existing.id)}>
                  Open
                </button>
              </p>
              <SavedValues lead={existing} draft={edited} />
              {changes.length ? (
                <FieldChanges changes={changes} label="What updating would change" />
              ) : (
                <p className="text-xs text-slate-600 dark:text-slate-400">Nothing on this page is new for this lead.</p>
              )}
              {renderForLead?.(existing)}
            </section>
          ) : null}
          <PossibleDuplicates people={preview.data?.possibleDuplicates ?? []} saved={false} onOpenLead={onOpenLead} />
          <Button
            variant="ghost"
            className="self-end !px-2 !py-0.5 text-xs"
            aria-pressed={showSources}
            onClick={() => setShowSources(!showSources)}
          >
            Show sources
          </Button>
          <DraftFields fields={leading} original={original} edited={edited} errors={errors} onChange={onEdit} compactHints={!showSources} />
          {wantsGuess && onUseGuess ? <LikelyEmail view={likely.data} onAdd={onUseGuess} /> : null}
          {guessInUse ? (
            <p role="status" className="text-xs text-amber-800 dark:text-amber-300">
              {guessInUse.email} is a guessed address ({guessInUse.pattern}, {guessInUse.support} of {guessInUse.total}): it is saved marked
              guessed.
            </p>
          ) : null}
          {folded.length ? (
            <div className="flex flex-col gap-2">
              <Button
                variant="ghost"
                className="self-start !whitespace-normal !px-2 !py-0.5 text-left text-xs"
                aria-expanded={moreShown}
                aria-controls={moreId}
                onClick={() => setMoreOpen(!moreShown)}
              >
                {moreShown ? 'Fewer fields' : `More fields (${folded.map((field) => DRAFT_FIELD_LABELS[field].toLowerCase()).join(', ')})`}
              </Button>
              <div id={moreId} hidden={!moreShown}>
                <DraftFields
                  fields={folded}
                  original={original}
                  edited={edited}
                  errors={errors}
                  onChange={onEdit}
                  compactHints={!showSources}
                  showAlternates={false}
                />
              </div>
            </div>
          ) : null}
          {!selection ? (
            // Sticky: Save stays in view at the bottom of a short panel however many fields are open.
            <div className="sticky bottom-0 -mx-3 -mb-3 flex items-center gap-2 rounded-b-lg border-t border-slate-200 bg-white/95 px-3 py-2 dark:border-slate-800 dark:bg-slate-950/95">
              <Button
                variant="primary"
                className="flex-1"
                onClick={onSave}
                disabled={!canSave}
                aria-keyshortcuts="Control+Enter Meta+Enter"
              >
                {saving ? 'Saving…' : existing ? 'Update lead' : 'Save lead'}
              </Button>
              <span aria-hidden="true" className="text-xs text-slate-500">
                {SHORTCUT_LABEL}
              </span>
            </div>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}

/**
 * Leads with the same name and company whose email or profile differ: never merged by a capture,
 * only named here (compare them in the dashboard's Possible duplicates).
 */
function PossibleDuplicates({
  people,
  saved,
  onOpenLead,
}: {
  people: ReadonlyArray<{ id: string; fullName: string; company?: string | undefined }>;
  saved: boolean;
  onOpenLead: (id: string) => void;
}) {
  if (!people.length) return null;
  return (
    <section aria-label="Possible duplicates" className="flex flex-col gap-1 rounded-md bg-amber-50 p-2 text-sm dark:bg-amber-950/40">
      <p>
        {saved ? 'Saved as a separate lead. ' : ''}Same name and company as{' '}
        {people.length === 1 ? 'a lead you have' : `${people.length} leads you have`}, with a different email or profile:{' '}
        {saved ? 'kept apart' : 'saving keeps them apart'}. Compare them under Dashboard → Possible duplicates.
      </p>
      <ul className="flex flex-col gap-0.5">
        {people.map((person) => (
          <li key={person.id}>
            {person.fullName}
            {person.company ? ` (${person.company})` : ''}{' '}
            <button type="button" className="text-indigo-700 underline dark:text-indigo-300" onClick={() => onOpenLead(person.id)}>
              Open
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
