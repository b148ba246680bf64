import { useCallback, useRef, useState } from 'react';
import { getDb } from '@/lib/db';
import { newId, type Sequence, type SequenceRules, type Step, type Template } from '@/lib/model';
import {
  countRunningEnrollments,
  deleteSequence,
  duplicateSequence,
  listSequences,
  saveSequence,
  setSequenceArchived,
} from '@/lib/sequences';
import { Button } from '../button';
import { ConfirmDialog } from '../confirm-dialog';
import { SelectField, TextAreaField, TextField } from '../field';
import { useAction } from '../hooks/use-action';
import { navigate } from '../hooks/use-hash-route';
import { useStaleForm, type FormStep } from '../hooks/use-stale-form';
import { describeSave, StaleFormPrompt } from '../stale-form-dialog';
import { HolidayPresetPicker } from './holiday-preset-picker';
import { StepFields } from './step-fields';
import type { ViewContext } from '../view-context';

const DEFAULT_RULES: SequenceRules = { onReply: 'pause', finishOnClosed: true, skipWeekends: true, holidays: [] };
const newStep = (): Step => ({ id: newId(), type: 'email', delayDays: 2, businessDays: true, instructions: '' });
const dates = (text: string) =>
  [
    ...new Set(
      text
        .split(/[\s,]+/)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ].sort();

/** The sequence form's values, one per thing a user edits: a save writes only those they changed. */
interface SequenceForm {
  name: string;
  steps: Step[];
  onReply: SequenceRules['onReply'];
  finishOnClosed: boolean;
  skipWeekends: boolean;
  holidays: string[];
}

const SEQUENCE_LABELS: Record<keyof SequenceForm, string> = {
  name: 'name',
  steps: 'steps',
  onReply: 'reply rule',
  finishOnClosed: 'won or lost rule',
  skipWeekends: 'weekend rule',
  holidays: 'holidays',
};

const sequenceForm = (sequence: Sequence | undefined): SequenceForm => {
  const rules = sequence?.rules ?? DEFAULT_RULES;
  return {
    name: sequence?.name ?? '',
    steps: sequence?.steps ?? [{ ...newStep(), delayDays: 0 }],
    onReply: rules.onReply,
    finishOnClosed: rules.finishOnClosed,
    skipWeekends: rules.skipWeekends,
    holidays: [...rules.holidays],
  };
};

/** Create or edit a sequence: steps in order and its rules; duplicate, archive, delete (asking first). */
export function SequenceEditor({
  sequence,
  templates,
  notify,
}: Pick<ViewContext, 'notify'> & { sequence: Sequence | undefined; templates: readonly Template[] }) {
  const [name, setName] = useState(sequence?.name ?? '');
  const [steps, setSteps] = useState<Step[]>(sequence?.steps ?? [{ ...newStep(), delayDays: 0 }]);
  const [rules, setRules] = useState<SequenceRules>(sequence?.rules ?? DEFAULT_RULES);
  const [holidayText, setHolidayText] = useState((sequence?.rules.holidays ?? []).join('\n'));
  const [confirmDelete, setConfirmDelete] = useState<number>();
  // One write at a time (save, a stale-form choice, duplicate, archive, delete), its failure above the form.
  const { run: act, error } = useAction((work: () => Promise<void>) => work());
  const formValues = (): SequenceForm => ({
    name,
    steps,
    onReply: rules.onReply,
    finishOnClosed: rules.finishOnClosed,
    skipWeekends: rules.skipWeekends,
    holidays: dates(holidayText),
  });
  const show = (values: SequenceForm) => {
    setName(values.name);
    setSteps(values.steps);
    setRules({
      onReply: values.onReply,
      finishOnClosed: values.finishOnClosed,
      skipWeekends: values.skipWeekends,
      holidays: values.holidays,
    });
    setHolidayText(values.holidays.join('\n'));
  };

  const storedNow = useCallback(
    async () => (sequence ? (await listSequences(await getDb())).find((entry) => entry.id === sequence.id) : undefined),
    [sequence],
  );
  const load = useCallback(async () => {
    const stored = await storedNow();
    return stored ? { values: sequenceForm(stored), version: stored.updatedAt } : undefined;
  }, [storedNow]);
  // How many enrolled leads the last write moved to the new steps, for the message after it.
  const rescheduled = useRef(0);
  const write = useCallback(
    async (values: SequenceForm, _fields: (keyof SequenceForm)[], version: unknown) => {
      // The values are the stored sequence with only the user's changed fields on top (useStaleForm);
      // archiving happens apart from the form, so the stored flag is kept.
      const stored = await storedNow();
      const { onReply, finishOnClosed, skipWeekends, holidays, ...rest } = values;
      const result = await saveSequence(
        await getDb(),
        {
          id: sequence?.id,
          ...rest,
          rules: { onReply, finishOnClosed, skipWeekends, holidays },
          archived: stored?.archived ?? false,
          ifUpdatedAt: version as number,
        },
        Date.now(),
      );
      rescheduled.current = result.rescheduled;
      return result.sequence.updatedAt;
    },
    [sequence, storedNow],
  );
  const stale = useStaleForm<SequenceForm>({ initial: { values: sequenceForm(sequence), version: sequence?.updatedAt }, load, write });

  const savedText = (saved: string) => {
    const count = rescheduled.current;
    return count ? `${saved}; ${count} enrolled lead${count === 1 ? '' : 's'} follow the new steps` : saved;
  };
  const run = (step: FormStep<SequenceForm>) =>
    void act(async () => {
      const outcome = await step();
      if (outcome.kind === 'saved' || outcome.kind === 'unchanged') {
        notify({
          text: outcome.kind === 'saved' ? describeSave(outcome, SEQUENCE_LABELS, savedText(`Saved “${name}”`)) : 'Nothing changed',
        });
        navigate('sequences', sequence?.id ?? '');
      }
    });
  const save = async () => {
    if (sequence) return run(() => stale.submit(formValues()));
    await act(async () => {
      const result = await saveSequence(
        await getDb(),
        { name, steps, rules: { ...rules, holidays: dates(holidayText) }, archived: false },
        Date.now(),
      );
      notify({ text: `Saved “${result.sequence.name}”` });
      navigate('sequences', result.sequence.id);
    });
  };
  const duplicate = async () => {
    if (!sequence) return;
    await act(async () => {
      const copy = await duplicateSequence(await getDb(), sequence.id, Date.now());
      notify({ text: `Created “${copy.name}”` });
      navigate('sequences', copy.id);
    });
  };
  const archive = async () => {
    if (!sequence) return;
    await act(async () => {
      await setSequenceArchived(await getDb(), sequence.id, !sequence.archived, Date.now());
      notify({ text: sequence.archived ? `Restored “${sequence.name}”` : `Archived “${sequence.name}”: leads in it carry on` });
    });
  };
  const askDelete = async () => {
    if (!sequence) return;
    setConfirmDelete(await countRunningEnrollments(await getDb(), sequence.id));
  };
  const remove = async () => {
    if (!sequence) return;
    setConfirmDelete(undefined);
    await act(async () => {
      const ended = await deleteSequence(await getDb(), sequence.id, Date.now());
      notify({ text: `Deleted “${sequence.name}”${ended ? `; ended ${ended} enrollment${ended === 1 ? '' : 's'}` : ''}` });
      navigate('sequences');
    });
  };
  const move = (index: number, offset: -1 | 1) =>
    setSteps((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      next.splice(index + offset, 0, item!);
      return next;
    });

  return (
    <form
      aria-label={sequence ? `Edit sequence ${sequence.name}` : 'New sequence'}
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {error ? (
        <p role="alert" className="text-sm text-rose-600">
          {error}
        </p>
      ) : null}
      <TextField label="Sequence name" value={name} required onChange={(e) => setName(e.target.value)} />
      <section aria-label="Steps" className="flex flex-col gap-3">
        <h2 className="text-base font-semibold">Steps</h2>
        {steps.map((step, index) => (
          <StepFields
            key={step.id}
            step={step}
            index={index}
            count={steps.length}
            templates={templates}
            onChange={(changed) => setSteps((list) => list.map((item) => (item.id === changed.id ? changed : item)))}
            onMove={(offset) => move(index, offset)}
            onRemove={() => setSteps((list) => list.filter((item) => item.id !== step.id))}
          />
        ))}
        <div>
          <Button onClick={() => setSteps((list) => [...list, newStep()])}>Add step</Button>
        </div>
      </section>
      <section aria-label="Rules" className="flex flex-col gap-3">
        <h2 className="text-base font-semibold">Rules</h2>
        <SelectField
          label="When the lead replies"
          options={[
            { value: 'pause', label: 'Pause the sequence' },
            { value: 'finish', label: 'Finish the sequence' },
          ]}
          value={rules.onReply}
          onChange={(e) => setRules({ ...rules, onReply: e.target.value as SequenceRules['onReply'] })}
        />
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={rules.finishOnClosed}
            onChange={(e) => setRules({ ...rules, finishOnClosed: e.target.checked })}
          />
          Finish when the deal is won or lost
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={rules.skipWeekends} onChange={(e) => setRules({ ...rules, skipWeekends: e.target.checked })} />
          Skip weekends
        </label>
        <TextAreaField
          label="Holidays (nothing comes due on these dates)"
          rows={3}
          value={holidayText}
          hint="One date per line, YYYY-MM-DD. Holidays set in Settings apply to every sequence as well."
          onChange={(e) => setHolidayText(e.target.value)}
        />
        <HolidayPresetPicker onAdd={(added) => setHolidayText((text) => dates(`${text}\n${added.join('\n')}`).join('\n'))} />
      </section>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary">
          Save sequence
        </Button>
        <Button onClick={() => navigate('sequences')}>Cancel</Button>
        {sequence ? (
          <>
            <Button onClick={() => void duplicate()}>Duplicate</Button>
            <Button onClick={() => void archive()}>{sequence.archived ? 'Restore' : 'Archive'}</Button>
            <Button variant="danger" className="ml-auto" onClick={() => void askDelete()}>
              Delete
            </Button>
          </>
        ) : null}
      </div>
      <StaleFormPrompt form={stale} labels={SEQUENCE_LABELS} run={run} onReload={show} />
      {confirmDelete !== undefined && sequence ? (
        <ConfirmDialog
          title={`Delete “${sequence.name}”?`}
          confirmLabel={confirmDelete ? 'Delete and end enrollments' : 'Delete'}
          danger
          onCancel={() => setConfirmDelete(undefined)}
          onConfirm={() => void remove()}
        >
          {confirmDelete
            ? `${confirmDelete} lead${confirmDelete === 1 ? ' is' : 's are'} still in this sequence. Deleting ends ${confirmDelete === 1 ? 'that enrollment' : 'those enrollments'} and cancels their open follow-ups; the steps already done stay in each lead’s timeline.`
            : 'No lead is in this sequence now. Past enrollments stay in the leads’ timelines.'}
        </ConfirmDialog>
      ) : null}
    </form>
  );
}
