import { useCallback, useState } from 'react';
import { useAction } from './use-action';
import {
  changedFields,
  mergeForm,
  resolveMerge,
  sameValue,
  StaleRecordError,
  type FieldChoice,
  type FieldMergers,
  type FormMerge,
} from '@/lib/forms';

/** A stored record as a form shows it, with the version that tells whether it changed since. */
export interface FormSnapshot<V> {
  values: V;
  version: unknown;
}

/** A save that found the record changed since the form opened: what each side did. */
export interface FormConflict<V> {
  base: V;
  mine: V;
  theirs: V;
  version: unknown;
  merge: FormMerge<V>;
}

/** What a save did, for the message the form shows. */
export type SaveOutcome<V> =
  | { kind: 'saved'; fields: (keyof V)[]; keptTheirs: (keyof V)[]; replaced: (keyof V)[] }
  | { kind: 'unchanged' }
  | { kind: 'conflict' }
  | { kind: 'reloaded' };

/**
 * Keeps the values a form opened with (its baseline) and saves only what the user changed. Before
 * writing it reads the record again: when it changed meanwhile, nothing is written and `conflict`
 * says what each side changed, for the user to keep theirs, take the stored one or merge per field.
 * `write` receives the values to store and the fields to write (only those differing from the stored
 * record), must refuse with StaleRecordError when the record's version is no longer `version`, and
 * returns the version it wrote (the form's next baseline).
 */
export function useStaleForm<V extends object>({
  initial,
  load,
  write,
  mergers,
}: {
  initial: FormSnapshot<V>;
  load: () => Promise<FormSnapshot<V> | undefined>;
  write: (values: V, fields: (keyof V)[], version: unknown) => Promise<unknown>;
  mergers?: FieldMergers<V>;
}) {
  const [baseline, setBaseline] = useState(initial);
  const [conflict, setConflict] = useState<FormConflict<V>>();
  // Bumped whenever the baseline is replaced, so the form re-opens with the stored values.
  const [generation, setGeneration] = useState(0);

  const store = useCallback(
    async (values: V, current: FormSnapshot<V>, keptTheirs: (keyof V)[], replaced: (keyof V)[]): Promise<SaveOutcome<V>> => {
      const fields = changedFields(current.values, values);
      if (!fields.length) {
        setBaseline(current);
        setConflict(undefined);
        return { kind: 'unchanged' };
      }
      let written: unknown;
      try {
        written = await write(values, fields, current.version);
      } catch (caught) {
        if (!(caught instanceof StaleRecordError)) throw caught;
        // Changed again between reading and writing: compare once more.
        const again = await load();
        if (!again) throw new Error('This record no longer exists', { cause: caught });
        setConflict({
          base: baseline.values,
          mine: values,
          theirs: again.values,
          version: again.version,
          merge: mergeForm(baseline.values, values, again.values, mergers),
        });
        return { kind: 'conflict' };
      }
      setBaseline({ values, version: written });
      setConflict(undefined);
      return { kind: 'saved', fields, keptTheirs, replaced };
    },
    [baseline, load, mergers, write],
  );

  /** Saves the user's values, or opens the conflict when the record changed since the form opened. */
  const submit = useCallback(
    async (mine: V): Promise<SaveOutcome<V>> => {
      const current = await load();
      if (!current) throw new Error('This record no longer exists');
      const stale = !sameValue(current.version, baseline.version) && changedFields(baseline.values, current.values).length > 0;
      if (!stale) {
        // Only the fields the user changed: a field left alone keeps whatever is stored now.
        const values = { ...current.values };
        for (const key of changedFields(baseline.values, mine)) values[key] = mine[key];
        return store(values, current, [], []);
      }
      setConflict({
        base: baseline.values,
        mine,
        theirs: current.values,
        version: current.version,
        merge: mergeForm(baseline.values, mine, current.values, mergers),
      });
      return { kind: 'conflict' };
    },
    [baseline, load, mergers, store],
  );

  /** Resolves the open conflict: "mine" stores the form as typed, "merge" the merge with the choices given. */
  const resolve = useCallback(
    async (how: 'mine' | 'merge', choices: Partial<Record<keyof V, FieldChoice>> = {}): Promise<SaveOutcome<V>> => {
      if (!conflict) return { kind: 'unchanged' };
      const values = how === 'mine' ? conflict.mine : resolveMerge(conflict.merge, conflict.mine, conflict.theirs, choices);
      const keptTheirs = conflict.merge.theirs.filter((key) => values[key] === conflict.theirs[key]);
      const replaced = conflict.merge.theirs.filter((key) => values[key] !== conflict.theirs[key]);
      return store(values, { values: conflict.theirs, version: conflict.version }, keptTheirs, replaced);
    },
    [conflict, store],
  );

  /** Drops the user's edits: the form re-opens with the record as stored now. */
  const takeTheirs = useCallback((): SaveOutcome<V> => {
    if (conflict) setBaseline({ values: conflict.theirs, version: conflict.version });
    setConflict(undefined);
    setGeneration((n) => n + 1);
    return { kind: 'reloaded' };
  }, [conflict]);

  return { baseline, conflict, generation, submit, resolve, takeTheirs, dismiss: () => setConflict(undefined) };
}

/** One step of a stale form (submit, keep mine, take theirs), for `StaleFormPrompt`'s `run`. */
export type FormStep<V> = () => Promise<SaveOutcome<V>> | SaveOutcome<V>;

/**
 * Runs the steps of a `useStaleForm` as one `useAction`: `finish` gets each step's outcome (say what
 * was saved, close the form), and a failure is kept in `error` for the line above the form.
 */
export function useFormSave<V>(finish: (outcome: SaveOutcome<V>) => void) {
  const save = useAction(async (step: FormStep<V>) => finish(await step()));
  return { run: (step: FormStep<V>) => void save.run(step), busy: save.busy, error: save.error, setError: save.setError };
}
