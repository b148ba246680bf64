import { STEP_TYPE_LABELS, STEP_TYPES, type Step, type StepType, type Template } from '@/lib/model';
import { templateChannelFor } from '@/lib/sequences';
import { Button } from '../button';
import { SelectField, TextAreaField, TextField } from '../field';

const TYPE_OPTIONS = STEP_TYPES.map((type) => ({ value: type, label: STEP_TYPE_LABELS[type] }));
const DAY_KIND_OPTIONS = [
  { value: 'business', label: 'business days' },
  { value: 'calendar', label: 'calendar days' },
];

/** One step of the sequence editor: type, delay, time of day, template, instructions; move and remove. */
export function StepFields({
  step,
  index,
  count,
  templates,
  onChange,
  onMove,
  onRemove,
}: {
  step: Step;
  index: number;
  count: number;
  templates: readonly Template[];
  onChange: (step: Step) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}) {
  const channel = templateChannelFor(step.type);
  const usable = templates.filter((template) => template.channel === channel);
  const set = (patch: Partial<Step>) => onChange({ ...step, ...patch });
  return (
    <fieldset className="grid gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-800 sm:grid-cols-2">
      <legend className="px-1 text-sm font-semibold">Step {index + 1}</legend>
      <SelectField
        label="Type"
        options={TYPE_OPTIONS}
        value={step.type}
        onChange={(e) => {
          const type = e.target.value as StepType;
          // A template of the wrong channel would be refused at save: drop it with the type change.
          set({ type, templateId: templateChannelFor(type) === channel ? step.templateId : undefined });
        }}
      />
      <div className="grid grid-cols-[5rem_1fr] items-end gap-2">
        <TextField
          label={index === 0 ? 'Delay after enrolling' : 'Delay after previous'}
          type="number"
          min={0}
          max={365}
          value={String(step.delayDays)}
          onChange={(e) => set({ delayDays: Math.max(0, Math.min(365, Math.trunc(Number(e.target.value) || 0))) })}
        />
        <SelectField
          label="Counted in"
          options={DAY_KIND_OPTIONS}
          value={step.businessDays ? 'business' : 'calendar'}
          onChange={(e) => set({ businessDays: e.target.value === 'business' })}
        />
      </div>
      <TextField
        label="Time of day (optional)"
        type="time"
        value={step.timeOfDay ?? ''}
        hint="Empty: 09:00, or at once for a same-day step"
        onChange={(e) => set({ timeOfDay: e.target.value || undefined })}
      />
      {channel ? (
        <SelectField
          label="Template"
          options={[
            { value: '', label: usable.length ? 'No template' : `No ${channel === 'email' ? 'email' : 'LinkedIn'} templates yet` },
            ...usable.map((t) => ({ value: t.id, label: t.name })),
          ]}
          value={step.templateId ?? ''}
          onChange={(e) => set({ templateId: e.target.value || undefined })}
        />
      ) : (
        <div />
      )}
      <div className="sm:col-span-2">
        <TextAreaField label="Instructions" rows={2} value={step.instructions} onChange={(e) => set({ instructions: e.target.value })} />
      </div>
      <div className="flex gap-2 sm:col-span-2">
        <Button variant="ghost" disabled={index === 0} onClick={() => onMove(-1)} aria-label={`Move step ${index + 1} up`}>
          ↑ Up
        </Button>
        <Button variant="ghost" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={`Move step ${index + 1} down`}>
          ↓ Down
        </Button>
        <Button variant="ghost" className="ml-auto" onClick={onRemove} aria-label={`Remove step ${index + 1}`}>
          Remove
        </Button>
      </div>
    </fieldset>
  );
}
