import { useState } from 'react';
import { describeDue, type FollowUp, type SnoozeChoice, type StepAction } from '@/lib/sequences';
import { Button } from '../button';
import { usePlatform } from '../platform';
import { SnoozeMenu } from './snooze-menu';

/** What a row asks its list to do. */
export interface FollowUpEvents {
  onDone: (row: FollowUp) => void;
  onSkip: (row: FollowUp) => void;
  onSnooze: (row: FollowUp, choice: SnoozeChoice) => void;
  onOpenLead: (row: FollowUp) => void;
  /** The user agreed to use the lead's guessed address for sequence steps. */
  onApproveGuess: (row: FollowUp, email: string) => void;
  /** Gmail or Outlook was opened to write this step's email. */
  onComposed?: (row: FollowUp) => void;
}

/** One follow-up: the lead, the step, how late; Compose/Call/LinkedIn, Done, Skip, Snooze, Open lead. */
export function FollowUpRow({
  row,
  now,
  timeZone,
  late,
  action,
  blockedAbove = false,
  events,
  today,
}: {
  row: FollowUp;
  now: number;
  timeZone: string;
  late: boolean;
  /** The step in one click (see `stepAction`). */
  action: StepAction;
  /** The list says once, above, why `action` is blocked (the same reason for many rows): not repeated here. */
  blockedAbove?: boolean;
  events: FollowUpEvents;
  /** `YYYY-MM-DD` of today, the earliest date the snooze picker offers. */
  today: string;
}) {
  const platform = usePlatform();
  const [note, setNote] = useState<string>();
  const [asking, setAsking] = useState(false);
  const { task, lead } = row;
  const name = lead?.fullName ?? 'Deleted lead';

  const act = async () => {
    if (action.kind === 'compose' && action.guessed && !action.guessed.approved) {
      setAsking(true);
      return;
    }
    if (action.kind === 'compose' || action.kind === 'call') platform.openUrl(action.url);
    if (action.kind === 'compose') events.onComposed?.(row);
    if (action.kind === 'linkedin') {
      if (action.message !== undefined) {
        const copied = await platform.copyText(action.message);
        setNote(copied ? 'Message copied: paste it on LinkedIn' : 'Could not copy the message');
      }
      platform.openUrl(action.url);
    }
  };

  return (
    <li aria-label={`${name}: ${task.title}`} className="flex flex-col gap-1 rounded-md border border-slate-200 p-2 dark:border-slate-800">
      <div className="flex items-baseline gap-2">
        <span className="min-w-0 flex-1 truncate text-sm font-medium">{name}</span>
        <span className={`shrink-0 text-xs ${late ? 'font-medium text-rose-600 dark:text-rose-400' : 'text-slate-500'}`}>
          {describeDue(task.dueAt, now, timeZone)}
        </span>
      </div>
      <p className="truncate text-xs text-slate-600 dark:text-slate-400">{task.title}</p>
      {task.instructions ? <p className="text-xs text-slate-500">{task.instructions}</p> : null}
      {action.kind === 'blocked' && !blockedAbove ? (
        <p role="note" className="text-xs text-amber-700 dark:text-amber-400">
          {action.reason}
        </p>
      ) : null}
      {asking && action.kind === 'compose' && action.guessed ? (
        <div
          role="alertdialog"
          aria-label="Use a guessed address?"
          className="flex flex-col gap-1 rounded bg-amber-50 p-2 text-xs text-amber-900 dark:bg-amber-950/40 dark:text-amber-200"
        >
          <p>
            {action.guessed.email} is a guessed address ({action.guessed.pattern || 'marked guessed'}): nothing has confirmed it yet. Use it
            for this lead’s sequence steps?
          </p>
          <div className="flex gap-1">
            <Button
              variant="primary"
              className="!px-2 !py-1 text-xs"
              autoFocus
              onClick={() => {
                setAsking(false);
                platform.openUrl(action.url);
                events.onComposed?.(row);
                events.onApproveGuess(row, action.guessed!.email);
              }}
            >
              Use this address
            </Button>
            <Button variant="ghost" className="!px-2 !py-1 text-xs" onClick={() => setAsking(false)}>
              Not now
            </Button>
          </div>
        </div>
      ) : null}
      {note ? (
        <p role="status" className="text-xs text-emerald-700 dark:text-emerald-400">
          {note}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-1">
        {action.kind === 'compose' || action.kind === 'linkedin' || action.kind === 'call' ? (
          <Button variant="primary" className="!px-2 !py-1 text-xs" onClick={() => void act()}>
            {action.label}
          </Button>
        ) : null}
        <Button className="!px-2 !py-1 text-xs" onClick={() => events.onDone(row)}>
          Done
        </Button>
        <Button variant="ghost" className="!px-2 !py-1 text-xs" onClick={() => events.onSkip(row)}>
          Skip
        </Button>
        <SnoozeMenu minDate={today} onSnooze={(choice) => events.onSnooze(row, choice)} />
        {lead ? (
          <Button variant="ghost" className="!px-2 !py-1 text-xs" onClick={() => events.onOpenLead(row)}>
            Open lead
          </Button>
        ) : null}
      </div>
    </li>
  );
}
