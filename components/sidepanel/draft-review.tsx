import { useEffect, useState, type ReactNode } from 'react';
import { draftErrors, isPersonDraft, saveReviewed } from '@/lib/capture';
import { getDb } from '@/lib/db';
import { recordSeenAddresses, type SaveLeadResult } from '@/lib/leads';
import type { EmailGuess, Lead, ProspectDraft } from '@/lib/model';
import { Button } from '../button';
import { CaptureCampaignTags } from '../campaigns/capture-campaign-tags';
import { useAction } from '../hooks/use-action';
import { CompanyDraftCard } from './company-draft-card';
import { isSaveShortcut, PersonDraftCard } from './person-draft-card';

/**
 * Every draft of one page, whatever the source (LinkedIn, Sales Navigator, Gmail, Outlook, any page):
 * one person is reviewed and saved on its own; several get checkboxes and "Save selected"; companies
 * get their own card. Mounted afresh for each page (keyed by the capture generation), so edits made
 * for one person can never be saved onto the next.
 */
export function DraftReview({
  drafts,
  onOpenLead,
  renderForLead,
}: {
  drafts: readonly ProspectDraft[];
  onOpenLead: (id: string) => void;
  renderForLead?: (lead: Lead) => ReactNode;
}) {
  const [edited, setEdited] = useState<ProspectDraft[]>(() => [...drafts]);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [saved, setSaved] = useState<ReadonlyMap<number, SaveLeadResult>>(new Map());
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();
  // Campaign tags the user removed for this capture (every person on a page shares the page's tags).
  const [excludedTags, setExcludedTags] = useState<string[]>([]);
  // Likely addresses the user added, by draft (saved marked guessed while the draft keeps them).
  const [guesses, setGuesses] = useState<ReadonlyMap<number, EmailGuess>>(new Map());
  // Names beside company addresses on this page are evidence of the company's address pattern.
  useEffect(() => {
    void getDb()
      .then((db) => recordSeenAddresses(db, drafts))
      .catch((error: unknown) => console.warn('Leadline: could not keep the addresses seen on this page', error));
  }, [drafts]);

  const people = drafts.map((draft, index) => index).filter((index) => isPersonDraft(drafts[index]!));
  const companies = drafts.map((draft, index) => index).filter((index) => !isPersonDraft(drafts[index]!));
  const isList = people.length > 1;
  const unsaved = people.filter((index) => !saved.has(index));

  const edit = (index: number, next: ProspectDraft) => setEdited((current) => current.map((draft, i) => (i === index ? next : draft)));
  const select = (index: number, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(index);
      else next.delete(index);
      return next;
    });

  const saving = useAction(async (indexes: readonly number[]) => {
    setProgress({ done: 0, total: indexes.length });
    const items = indexes.map((index) => ({ original: drafts[index]!, edited: edited[index]!, guess: guesses.get(index) }));
    const results = await saveReviewed(await getDb(), items, (done) => setProgress({ done, total: indexes.length }), Date.now(), {
      excludeCampaignIds: excludedTags,
    });
    setSaved((current) => {
      const next = new Map(current);
      results.forEach((result, i) => next.set(indexes[i]!, result));
      return next;
    });
    setSelected(new Set());
    if (indexes.length > 1) {
      const created = results.filter((result) => result.created).length;
      const updated = results.length - created;
      setMessage({ text: `Saved ${results.length} leads: ${created} new, ${updated} already in Leadline.` });
    }
  });
  const save = (indexes: readonly number[]) => {
    const invalid = indexes.filter((index) => Object.keys(draftErrors(edited[index]!)).length > 0);
    saving.setError(undefined);
    if (invalid.length) {
      setMessage({
        text: `Fix the highlighted fields of ${invalid.map((index) => edited[index]!.fullName ?? edited[index]!.email ?? 'a person').join(', ')} first.`,
        error: true,
      });
      return;
    }
    setMessage(undefined);
    void saving.run(indexes);
  };
  const shown = saving.error ? { text: `Nothing more was saved: ${saving.error}`, error: true } : message;

  const allSelected = unsaved.length > 0 && unsaved.every((index) => selected.has(index));
  return (
    <div
      className="flex flex-col gap-3"
      // In a list of people, Ctrl/⌘+Enter from anywhere saves the selected ones (one person: the card saves itself).
      onKeyDown={(event) => {
        if (!isList || !isSaveShortcut(event)) return;
        event.preventDefault();
        if (selected.size && !saving.busy) save([...selected].sort((a, b) => a - b));
      }}
    >
      {people.length && unsaved.length ? (
        <CaptureCampaignTags draft={drafts[people[0]!]!} excluded={excludedTags} onExcludedChange={setExcludedTags} />
      ) : null}
      {isList ? (
        // Sticky: "Save selected" stays in view while the list scrolls.
        <div className="sticky top-0 z-10 flex flex-wrap items-center gap-3 border-b border-slate-200 bg-white/95 py-2 dark:border-slate-800 dark:bg-slate-950/95">
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4 accent-indigo-600"
              checked={allSelected}
              disabled={!unsaved.length}
              onChange={(event) => setSelected(new Set(event.target.checked ? unsaved : []))}
            />
            Select all ({unsaved.length})
          </label>
          <Button
            variant="primary"
            className="ml-auto"
            disabled={!selected.size || saving.busy}
            onClick={() => save([...selected].sort((a, b) => a - b))}
          >
            Save selected ({selected.size})
          </Button>
        </div>
      ) : null}
      {saving.busy && progress ? (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          Saving {Math.min(progress.done + 1, progress.total)} of {progress.total}…
        </p>
      ) : null}
      {shown ? (
        <p
          role={shown.error ? 'alert' : 'status'}
          className={`text-sm ${shown.error ? 'text-rose-600' : 'text-emerald-700 dark:text-emerald-400'}`}
        >
          {shown.text}
        </p>
      ) : null}
      {people.map((index) => (
        <PersonDraftCard
          key={index}
          original={drafts[index]!}
          edited={edited[index]!}
          onEdit={(next) => edit(index, next)}
          selection={isList ? { selected: selected.has(index), onSelect: (on) => select(index, on) } : undefined}
          saving={saving.busy}
          saved={saved.get(index)}
          onSave={() => save([index])}
          onOpenLead={onOpenLead}
          renderForLead={renderForLead}
          guess={guesses.get(index)}
          onUseGuess={(guess) => {
            setGuesses((current) => new Map(current).set(index, guess));
            edit(index, { ...edited[index]!, email: guess.email });
          }}
        />
      ))}
      {companies.map((index) => (
        <CompanyDraftCard key={index} original={drafts[index]!} edited={edited[index]!} onEdit={(next) => edit(index, next)} />
      ))}
    </div>
  );
}
