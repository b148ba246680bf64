import { useState } from 'react';
import { Button } from '../button';
import { useDisclosure } from '../hooks/use-disclosure';

const KEY = 'leadline-leads-hidden-columns';

/** The leads table's hidden columns, kept in this browser across visits (a display preference, not data). */
export function useHiddenColumns(known: readonly string[]): [ReadonlySet<string>, (next: ReadonlySet<string>) => void] {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => {
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
      return new Set(
        Array.isArray(stored) ? stored.filter((label): label is string => typeof label === 'string' && known.includes(label)) : [],
      );
    } catch {
      return new Set();
    }
  });
  const save = (next: ReadonlySet<string>) => {
    setHidden(next);
    try {
      localStorage.setItem(KEY, JSON.stringify([...next]));
    } catch {
      // Not kept for next time; shown as chosen now.
    }
  };
  return [hidden, save];
}

/**
 * "Columns": which of the leads table's columns to show (Name always shows). A disclosure: its button
 * or Esc closes it, and Esc puts focus back on the button.
 */
export function ColumnChooser({
  labels,
  hidden,
  onChange,
}: {
  labels: readonly string[];
  hidden: ReadonlySet<string>;
  onChange: (next: ReadonlySet<string>) => void;
}) {
  const { open, setOpen, id, trigger, onKeyDown } = useDisclosure();
  const count = labels.filter((label) => hidden.has(label)).length;
  return (
    <div className="relative" onKeyDown={onKeyDown}>
      <Button ref={trigger} variant="ghost" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {count ? `Columns (${count} hidden)` : 'Columns'}
      </Button>
      {open ? (
        <fieldset
          id={id}
          className="absolute right-0 z-20 mt-1 flex w-48 flex-col gap-1 rounded-md border border-slate-200 bg-white p-2 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <legend className="sr-only">Columns shown</legend>
          {labels
            .filter((label) => label !== 'Name')
            .map((label) => (
              <label key={label} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={!hidden.has(label)}
                  onChange={(event) => {
                    const next = new Set(hidden);
                    if (event.target.checked) next.delete(label);
                    else next.add(label);
                    onChange(next);
                  }}
                />
                {label}
              </label>
            ))}
        </fieldset>
      ) : null}
    </div>
  );
}
