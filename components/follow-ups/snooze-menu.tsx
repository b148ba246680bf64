import { useState } from 'react';
import type { SnoozeChoice } from '@/lib/sequences';
import { Button } from '../button';
import { useDisclosure } from '../hooks/use-disclosure';

/** Snooze choices for one follow-up: 1 hour, tomorrow, next week, or a picked date. */
export function SnoozeMenu({ onSnooze, minDate }: { onSnooze: (choice: SnoozeChoice) => void; minDate: string }) {
  const { open, setOpen, id, trigger, onKeyDown } = useDisclosure();
  const [date, setDate] = useState('');
  const pick = (choice: SnoozeChoice) => {
    setOpen(false);
    onSnooze(choice);
  };
  return (
    <div className="relative" onKeyDown={onKeyDown}>
      <Button
        ref={trigger}
        variant="ghost"
        className="!px-2 !py-1 text-xs"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        Snooze
      </Button>
      {open ? (
        <div
          id={id}
          role="group"
          aria-label="Snooze until"
          className="absolute left-0 z-10 mt-1 flex w-52 flex-col gap-1 rounded-md border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <Button variant="ghost" className="justify-start" onClick={() => pick({ kind: 'hour' })}>
            1 hour
          </Button>
          <Button variant="ghost" className="justify-start" onClick={() => pick({ kind: 'tomorrow' })}>
            Tomorrow
          </Button>
          <Button variant="ghost" className="justify-start" onClick={() => pick({ kind: 'next-week' })}>
            Next week
          </Button>
          <form
            className="flex items-center gap-1"
            onSubmit={(event) => {
              event.preventDefault();
              if (date) pick({ kind: 'date', date });
            }}
          >
            <input
              type="date"
              aria-label="Snooze until date"
              min={minDate}
              value={date}
              onChange={(event) => setDate(event.target.value)}
              className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-1 py-0.5 text-xs dark:border-slate-700 dark:bg-slate-900"
            />
            {/* Not "Snooze" again: two controls of one row never share a name. */}
            <Button type="submit" disabled={!date} className="!px-2 !py-0.5 text-xs">
              Set date
            </Button>
          </form>
        </div>
      ) : null}
    </div>
  );
}
