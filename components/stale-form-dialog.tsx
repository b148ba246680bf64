import { useState } from 'react';
import type { FieldChoice } from '@/lib/forms';
import { Button } from './button';
import { Dialog } from './dialog';
import type { FormConflict, SaveOutcome, useStaleForm } from './hooks/use-stale-form';

const shown = (value: unknown) => {
  const text =
    typeof value === 'boolean'
      ? value
        ? 'on'
        : 'off'
      : typeof value === 'string' || typeof value === 'number'
        ? String(value).trim()
        : '';
  return text ? (text.length > 120 ? `${text.slice(0, 117)}…` : text) : '—';
};

/**
 * Shown when a save finds the record changed since the form opened: names what changed on each
 * side and lets the user keep their version, take the stored one, or merge field by field (fields
 * only one side changed are merged as they are; fields both changed are chosen here).
 */
export function StaleFormDialog<V extends object>({
  conflict,
  labels,
  onKeepMine,
  onTakeTheirs,
  onMerge,
  onCancel,
}: {
  conflict: FormConflict<V>;
  labels: Record<keyof V, string>;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onMerge: (choices: Partial<Record<keyof V, FieldChoice>>) => void;
  onCancel: () => void;
}) {
  const [choices, setChoices] = useState<Partial<Record<keyof V, FieldChoice>>>({});
  const { merge, mine, theirs } = conflict;
  const elsewhereOnly = merge.theirs.filter((key) => !merge.conflicts.includes(key));
  const mineOnly = merge.mine.filter((key) => !merge.theirs.includes(key));
  const name = (key: keyof V) => labels[key];
  return (
    <Dialog title="Changed since you opened it" onClose={onCancel}>
      <div className="flex flex-col gap-3 text-sm" data-testid="stale-form">
        <p>
          While this form was open, {merge.theirs.map(name).join(', ')} changed elsewhere (another tab, a capture or Leadline itself).
          Nothing is saved yet.
        </p>
        {elsewhereOnly.length ? (
          <div>
            <h3 className="font-medium">Changed elsewhere{mineOnly.length ? ' (kept when merging)' : ''}</h3>
            <ul className="list-disc pl-5">
              {elsewhereOnly.map((key) => (
                <li key={String(key)}>
                  {name(key)}: {shown(theirs[key])}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {mineOnly.length ? (
          <div>
            <h3 className="font-medium">Your changes</h3>
            <ul className="list-disc pl-5">
              {mineOnly.map((key) => (
                <li key={String(key)}>
                  {name(key)}: {shown(mine[key])}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {merge.conflicts.map((key) => (
          <fieldset key={String(key)} className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
            <legend className="px-1 font-medium">{name(key)}: changed on both sides</legend>
            {(['mine', 'theirs'] as const).map((side) => (
              <label key={side} className="flex items-start gap-2">
                <input
                  type="radio"
                  name={`stale-${String(key)}`}
                  className="mt-1"
                  checked={(choices[key] ?? 'mine') === side}
                  onChange={() => setChoices((prev) => ({ ...prev, [key]: side }))}
                />
                <span>
                  {side === 'mine' ? 'Yours' : 'Stored now'}: {shown(side === 'mine' ? mine[key] : theirs[key])}
                </span>
              </label>
            ))}
          </fieldset>
        ))}
        <div className="flex flex-wrap gap-2">
          <Button variant="primary" onClick={() => onMerge(choices)}>
            Merge and save
          </Button>
          <Button onClick={onKeepMine}>Keep mine</Button>
          <Button onClick={onTakeTheirs}>Take theirs</Button>
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        </div>
        <p className="text-xs text-slate-500">
          Keep mine saves the form as you see it and replaces what changed elsewhere; take theirs drops your edits and shows the stored
          values.
        </p>
      </div>
    </Dialog>
  );
}

/** The message after a save: what was written, and what changed elsewhere that was kept or replaced. */
export function describeSave<V extends object>(
  outcome: { kind: 'saved'; fields: (keyof V)[]; keptTheirs: (keyof V)[]; replaced: (keyof V)[] },
  labels: Record<keyof V, string>,
  headline?: string,
): string {
  const list = (keys: (keyof V)[]) => keys.map((key) => labels[key]).join(', ');
  const parts = [headline ?? `Saved ${list(outcome.fields)}`];
  if (outcome.keptTheirs.length) parts.push(`kept changes made elsewhere to ${list(outcome.keptTheirs)}`);
  if (outcome.replaced.length) parts.push(`replaced changes made elsewhere to ${list(outcome.replaced)}`);
  return parts.join('; ');
}

/**
 * The stale-form dialog wired to a `useStaleForm` result: each choice runs through the form's own
 * `run` (its busy and error handling), and "Take theirs" hands the stored values to `onReload`
 * for forms that keep their inputs in state of their own.
 */
export function StaleFormPrompt<V extends object>({
  form,
  labels,
  run,
  onReload,
}: {
  form: Pick<ReturnType<typeof useStaleForm<V>>, 'conflict' | 'resolve' | 'takeTheirs' | 'dismiss'>;
  labels: Record<keyof V, string>;
  run: (action: () => Promise<SaveOutcome<V>> | SaveOutcome<V>) => void;
  onReload?: (theirs: V) => void;
}) {
  if (!form.conflict) return null;
  return (
    <StaleFormDialog
      conflict={form.conflict}
      labels={labels}
      onKeepMine={() => run(() => form.resolve('mine'))}
      onMerge={(choices) => run(() => form.resolve('merge', choices))}
      onTakeTheirs={() => {
        const theirs = form.conflict?.theirs;
        run(form.takeTheirs);
        if (theirs) onReload?.(theirs);
      }}
      onCancel={form.dismiss}
    />
  );
}
