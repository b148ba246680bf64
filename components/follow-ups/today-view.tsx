import { useEffect, useLayoutEffect, useState } from 'react';
import { getDb, type LeadlineDB } from '@/lib/db';
import { markOnce, TODAY_SHOWN_MARK } from '@/lib/perf';
import { STEP_TYPE_LABELS, type Template } from '@/lib/model';
import {
  completeTask,
  describeDue,
  isoDay,
  loadTodayPage,
  snoozeTaskById,
  stepAction,
  type FollowUp,
  type StepAction,
  type TodayPage,
} from '@/lib/sequences';
import { approveGuessedEmail } from '@/lib/leads';
import { listTemplates } from '@/lib/templates';
import { Button } from '../button';
import { EmptyState } from '../empty-state';
import { useOutcome } from '../hooks/use-action';
import { useLiveQuery } from '../hooks/use-live-query';
import { useNow } from '../hooks/use-now';
import { usePlatform } from '../platform';
import { useComposeReturn } from './compose-return';
import { FollowUpRow, type FollowUpEvents } from './follow-up-row';

/**
 * "Today": overdue follow-ups first, then those due today, then the next few upcoming; each row
 * does its step in one click. Reads only the rows shown, through the status + due-date index, once
 * per change and once per local day (not on every tick of the clock). `takeFirst` hands over the
 * first answer when the page read it, or started reading it, before React rendered (the popup does):
 * an answer already read is shown by the first render.
 */
export function TodayView({ takeFirst }: { takeFirst?: () => TodayPage | Promise<TodayPage> | undefined }) {
  const platform = usePlatform();
  const [first] = useState(takeFirst);
  const now = useNow();
  const [day, setDay] = useState<string>();
  const list = useLiveQuery((db) => loadTodayPage(db, platform.now()), [day], ['tasks', 'leads', 'sequences', 'settings'], first);
  // The first list (or "No follow-ups") is in the page: the moment the popup's budget ends.
  useLayoutEffect(() => markOnce(TODAY_SHOWN_MARK, list.data !== undefined), [list.data]);
  // Past midnight the groups are cut again ("due today" becomes "overdue").
  const shownDay = list.data?.day;
  const currentDay = list.data ? isoDay(now, list.data.timeZone) : undefined;
  useEffect(() => {
    if (shownDay && currentDay && currentDay !== shownDay) setDay(currentDay);
  }, [shownDay, currentDay]);
  const templates = useLiveQuery(listTemplates, [], ['templates']).data ?? [];
  const composeReturn = useComposeReturn(platform.now);
  // A row's step (done, skip, snooze, use a guess): its outcome, or why it failed, above the list.
  const step = useOutcome(async (work: (db: LeadlineDB, at: number) => Promise<string>) => work(await getDb(), platform.now()));
  const run = (work: (db: LeadlineDB, at: number) => Promise<string>) => void step.run(work);
  const message = step.message;

  if (list.error)
    return (
      <p role="alert" className="text-sm text-rose-600">
        {list.error.message}
      </p>
    );
  if (!list.data) return <p className="text-sm text-slate-500">Loading follow-ups…</p>;
  const data = list.data;
  const { settings, timeZone } = data;
  const events: FollowUpEvents = {
    onDone: (row) =>
      run(async (db, at) => {
        const next = await completeTask(db, row.task.id, 'done', at);
        return next ? `Done. Next: ${STEP_TYPE_LABELS[next.type]} ${describeDue(next.dueAt, at, timeZone)}` : 'Done.';
      }),
    onSkip: (row) =>
      run(async (db, at) => {
        const next = await completeTask(db, row.task.id, 'skipped', at);
        return next ? `Skipped. Next: ${STEP_TYPE_LABELS[next.type]} ${describeDue(next.dueAt, at, timeZone)}` : 'Skipped.';
      }),
    onSnooze: (row, choice) =>
      run(async (db, at) => `Snoozed until ${describeDue(await snoozeTaskById(db, row.task.id, choice, at), at, timeZone)}`),
    onOpenLead: (row) => platform.openDashboard(`#/leads/${encodeURIComponent(row.task.leadId)}`),
    onApproveGuess: (row, email) =>
      run(async (db, at) => {
        await approveGuessedEmail(db, row.task.leadId, email, at);
        return `Using the guessed address ${email} for this lead’s steps`;
      }),
    onComposed: (row) => composeReturn.composed({ taskId: row.task.id, name: row.lead?.fullName ?? 'this lead' }),
  };
  // Back from Gmail or Outlook: offer to record the email as sent, while its step is still open.
  const composedRow = composeReturn.pending
    ? [...data.overdue, ...data.today, ...data.upcoming].find((row) => row.task.id === composeReturn.pending!.taskId)
    : undefined;

  const byId = new Map<string, Template>(templates.map((template) => [template.id, template]));
  const actionOf = (row: FollowUp): StepAction =>
    row.lead
      ? stepAction(row.step, row.task.type, row.lead, row.step?.templateId ? byId.get(row.step.templateId) : undefined, settings)
      : { kind: 'none' };
  const actions = new Map([...data.overdue, ...data.today, ...data.upcoming].map((row) => [row.task.id, actionOf(row)]));
  // Your name missing blocks every template that signs with it: said once, above the list, not on each row.
  const needsName = (action: StepAction) => action.kind === 'blocked' && action.missing?.length === 1 && action.missing[0] === 'senderName';
  const waitingForName = [...actions.values()].filter(needsName).length;
  const today = isoDay(now, timeZone);
  const section = (label: string, rows: FollowUp[], total: number, late: (row: FollowUp) => boolean) =>
    rows.length ? (
      <section aria-label={label} className="flex flex-col gap-1.5">
        <h2 className="px-1 text-xs font-medium uppercase tracking-wide text-slate-500">
          {label} <span className="font-normal">({total.toLocaleString()})</span>
        </h2>
        <ul aria-label={label} className="flex flex-col gap-1.5">
          {rows.map((row) => {
            const action = actions.get(row.task.id)!;
            return (
              <FollowUpRow
                key={row.task.id}
                row={row}
                now={now}
                timeZone={timeZone}
                late={late(row)}
                action={action}
                blockedAbove={needsName(action)}
                events={events}
                today={today}
              />
            );
          })}
        </ul>
        {total > rows.length ? (
          <p className="px-1 text-xs text-slate-500">and {(total - rows.length).toLocaleString()} more: work through these first.</p>
        ) : null}
      </section>
    ) : null;

  const nothing = !data.overdue.length && !data.today.length && !data.upcoming.length;
  return (
    <div className="flex flex-col gap-3">
      {message ? (
        <p
          role={message.error ? 'alert' : 'status'}
          className={`text-xs ${message.error ? 'text-rose-600' : 'text-emerald-700 dark:text-emerald-400'}`}
        >
          {message.text}
        </p>
      ) : null}
      {composedRow ? (
        <div
          role="group"
          aria-label="Email sent?"
          className="flex flex-col items-start gap-1 rounded-md bg-indigo-50 p-2 text-xs text-indigo-900 dark:bg-indigo-950/60 dark:text-indigo-100"
        >
          <p>Did you send the email to {composeReturn.pending!.name}?</p>
          <div className="flex gap-1">
            <Button
              variant="primary"
              className="!px-2 !py-1 text-xs"
              onClick={() => {
                composeReturn.forget();
                events.onDone(composedRow);
              }}
            >
              Mark done
            </Button>
            <Button variant="ghost" className="!px-2 !py-1 text-xs" onClick={composeReturn.forget}>
              Not yet
            </Button>
          </div>
        </div>
      ) : null}
      {waitingForName ? (
        <div
          role="note"
          className="flex flex-col items-start gap-1 rounded-md bg-amber-50 p-2 text-xs text-amber-900 dark:bg-amber-950/40 dark:text-amber-200"
        >
          <p>
            {waitingForName === 1
              ? 'Set your name to compose the message below: its template signs with {{senderName}}.'
              : `Set your name to compose the ${waitingForName} messages below: their templates sign with {{senderName}}.`}
          </p>
          <Button className="!px-2 !py-1 text-xs" onClick={() => platform.openDashboard('#/settings/name')}>
            Set your name in Settings
          </Button>
        </div>
      ) : null}
      {nothing ? (
        <EmptyState title="No follow-ups">
          Type above to find a lead. Enroll leads in a sequence (Dashboard → a lead → Sequences) and each step comes due here on the right
          day.
        </EmptyState>
      ) : (
        <>
          {section('Overdue', data.overdue, data.overdueCount, () => true)}
          {section('Due today', data.today, data.todayCount, (row) => row.task.dueAt <= now)}
          {/* Said where today's follow-ups would be, above what comes later. */}
          {!data.overdue.length && !data.today.length ? <p className="px-1 text-sm text-slate-500">Nothing due today.</p> : null}
          {section('Upcoming', data.upcoming, data.upcoming.length, () => false)}
        </>
      )}
    </div>
  );
}
