import { useId, useState, type FormEvent } from 'react';
import { getDb, updateSettings } from '@/lib/db';
import { newId, type SavedFilter } from '@/lib/model';
import { Button } from '../button';
import { useAction } from '../hooks/use-action';
import type { Notify } from '../view-context';

const CONTROL = 'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900';

const same = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/** Pick, save and delete named filter sets (kept in settings, so they follow a backup). */
export function SavedFilters({
  saved,
  current,
  onApply,
  notify,
}: {
  saved: readonly SavedFilter[];
  /** The table's filters and sort now, as a saved filter's query. */
  current: Record<string, string>;
  onApply: (query: Readonly<Record<string, string>>) => void;
  notify: Notify;
}) {
  const selectId = useId();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const writing = useAction(async (next: SavedFilter[], text: string) => {
    await updateSettings(await getDb(), { savedFilters: next });
    notify({ text });
    setNaming(false);
    setName('');
  });
  const { error, setError } = writing;
  const applied = saved.find((filter) => same(filter.query, current));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Name the filter');
      return;
    }
    const existing = saved.find((filter) => filter.name.toLowerCase() === trimmed.toLowerCase());
    const next = existing
      ? saved.map((filter) => (filter === existing ? { ...filter, query: current } : filter))
      : [...saved, { id: newId(), name: trimmed.slice(0, 100), query: current }];
    await writing.run(next, existing ? `Updated saved filter “${trimmed}”` : `Saved filter “${trimmed}”`);
  };

  const remove = useAction(
    async (filter: SavedFilter) => {
      await updateSettings(await getDb(), { savedFilters: saved.filter((entry) => entry.id !== filter.id) });
      notify({ text: `Deleted saved filter “${filter.name}”` });
    },
    { onError: (message, _caught, [filter]) => notify({ text: `Could not delete saved filter “${filter.name}”: ${message}` }) },
  );

  return (
    <div className="flex flex-wrap items-end gap-2 text-sm">
      <div className="flex flex-col gap-0.5">
        <label htmlFor={selectId} className="text-xs text-slate-500">
          Saved filters
        </label>
        <select
          id={selectId}
          className={CONTROL}
          value={applied?.id ?? ''}
          onChange={(event) => {
            const filter = saved.find((entry) => entry.id === event.target.value);
            if (filter) onApply(filter.query);
          }}
        >
          <option value="" disabled>
            {saved.length ? 'Choose…' : 'None saved yet'}
          </option>
          {saved.map((filter) => (
            <option key={filter.id} value={filter.id}>
              {filter.name}
            </option>
          ))}
        </select>
      </div>
      {applied ? (
        <Button
          variant="ghost"
          disabled={remove.busy}
          onClick={() => void remove.run(applied)}
          aria-label={`Delete saved filter ${applied.name}`}
        >
          Delete
        </Button>
      ) : null}
      {naming ? (
        <form onSubmit={(event) => void save(event)} className="flex items-end gap-1">
          <label className="flex flex-col gap-0.5">
            <span className="text-xs text-slate-500">Filter name</span>
            <input autoFocus className={CONTROL} value={name} maxLength={100} onChange={(event) => setName(event.target.value)} />
          </label>
          <Button type="submit" variant="primary">
            Save
          </Button>
          <Button variant="ghost" onClick={() => setNaming(false)}>
            Cancel
          </Button>
          {error ? (
            <p role="alert" className="text-xs text-rose-600">
              {error}
            </p>
          ) : null}
        </form>
      ) : (
        <Button onClick={() => setNaming(true)}>Save filters…</Button>
      )}
    </div>
  );
}
