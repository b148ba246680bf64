import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

const CONTROL =
  'w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 placeholder:text-slate-400 focus:border-indigo-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 aria-[invalid=true]:border-rose-500';

interface FieldFrame {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  /**
   * The hint as a small "i" beside the label (its text in a tooltip, and still the input's accessible
   * description) instead of a line under the field: for forms where every field has one.
   */
  compactHint?: boolean;
}

function Frame({ id, label, error, hint, compactHint, children }: FieldFrame & { id: string; children: ReactNode }) {
  const compact = compactHint && hint && !error;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-1">
        <label htmlFor={id} className="text-xs font-medium text-slate-600 dark:text-slate-400">
          {label}
        </label>
        {compact ? (
          <span
            aria-hidden="true"
            title={typeof hint === 'string' ? hint : undefined}
            className="inline-flex size-3.5 cursor-help items-center justify-center rounded-full border border-slate-400 text-[0.6rem] font-semibold leading-none text-slate-600 dark:text-slate-400"
          >
            i
          </span>
        ) : null}
      </div>
      {children}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-rose-600 dark:text-rose-400">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className={compact ? 'sr-only' : 'text-xs text-slate-500'}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled text input with an optional error or hint under it. */
export function TextField({ label, error, hint, compactHint, ...props }: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <Frame id={id} label={label} error={error} hint={hint} compactHint={compactHint}>
      <input
        id={id}
        className={CONTROL}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        {...props}
      />
    </Frame>
  );
}

/** A labelled multi-line text input. */
export function TextAreaField({ label, error, hint, ...props }: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <Frame id={id} label={label} error={error} hint={hint}>
      <textarea
        id={id}
        className={CONTROL}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...props}
      />
    </Frame>
  );
}

/** A labelled select. */
export function SelectField({
  label,
  error,
  hint,
  options,
  ...props
}: FieldFrame & SelectHTMLAttributes<HTMLSelectElement> & { options: ReadonlyArray<{ value: string; label: string }> }) {
  const id = useId();
  return (
    <Frame id={id} label={label} error={error} hint={hint}>
      <select id={id} className={CONTROL} aria-invalid={error ? true : undefined} {...props}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}
