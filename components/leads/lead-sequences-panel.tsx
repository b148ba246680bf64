import { getDb, getSettings } from '@/lib/db';
import { STEP_TYPE_LABELS, type FinishReason } from '@/lib/model';
import {
  describeDue,
  type LeadEnrollment,
  leadEnrollments,
  pauseEnrollmentById,
  recordReply,
  resumeEnrollmentById,
  unenroll,
} from '@/lib/sequences';
import { effectiveTimeZone } from '@/lib/time';
import { Button } from '../button';
import { EnrollPicker } from '../enroll/enroll-picker';
import { useOutcome } from '../hooks/use-action';
import { useLiveQuery } from '../hooks/use-live-query';
import { useNow } from '../hooks/use-now';
import { usePlatform } from '../platform';

const FINISHED: Record<FinishReason, string> = {
  completed: 'every step done',
  replied: 'replied',
  'stage-closed': 'deal closed',
  unenrolled: 'unenrolled',
  'sequence-deleted': 'sequence deleted',
};

/** The lead page's sequences: where the lead stands in each, pause/resume/unenroll, enroll, record a reply. */
export function LeadSequencesPanel({ leadId }: { leadId: string }) {
  const platform = usePlatform();
  const rows = useLiveQuery((db) => leadEnrollments(db, leadId), [leadId], ['enrollments', 'tasks', 'sequences']);
  const now = useNow(30_000, rows.data);
  const timeZone = effectiveTimeZone(useLiveQuery(getSettings, [], ['settings']).data?.timeZone ?? '');
  const outcome = useOutcome((work: () => Promise<string | undefined>) => work());
  const run = (work: () => Promise<string | undefined>) => void outcome.run(work);
  const message = outcome.message;
  const reply = () =>
    run(async () => {
      const result = await recordReply(await getDb(), leadId, platform.now(), 'manual');
      const done = result.outcomes.map((o) => `${o.result} “${o.sequenceName}”`).join(', ');
      return `Reply recorded${done ? `: ${done}` : ''}.`;
    });

  const status = (row: LeadEnrollment) => {
    const { enrollment, openTask } = row;
    if (enrollment.status === 'active')
      return openTask ? `Active · next: ${STEP_TYPE_LABELS[openTask.type]}, ${describeDue(openTask.dueAt, now, timeZone)}` : 'Active';
    if (enrollment.status === 'paused') return 'Paused';
    return `Finished: ${FINISHED[enrollment.finishReason ?? 'completed']}`;
  };

  return (
    <section aria-labelledby="lead-sequences-heading" className="flex flex-col gap-3">
      <h2 id="lead-sequences-heading" className="text-sm font-semibold">
        Sequences
      </h2>
      {message ? (
        <p
          role={message.error ? 'alert' : 'status'}
          className={`text-sm ${message.error ? 'text-rose-600' : 'text-emerald-700 dark:text-emerald-400'}`}
        >
          {message.text}
        </p>
      ) : null}
      {rows.data?.length ? (
        <ul aria-label="Enrollments" className="flex flex-col gap-2">
          {rows.data.map((row) => (
            <li
              key={row.enrollment.id}
              aria-label={row.sequence?.name ?? 'Deleted sequence'}
              className="flex flex-wrap items-center gap-2 text-sm"
            >
              <span className="min-w-0 flex-1">
                <span className="block font-medium">{row.sequence?.name ?? 'Deleted sequence'}</span>
                <span className="block text-xs text-slate-500">{status(row)}</span>
              </span>
              {row.enrollment.status === 'active' ? (
                <Button
                  className="!px-2 !py-1 text-xs"
                  onClick={() => run(async () => void (await pauseEnrollmentById(await getDb(), row.enrollment.id, platform.now())))}
                >
                  Pause
                </Button>
              ) : null}
              {row.enrollment.status === 'paused' && row.sequence ? (
                <Button
                  className="!px-2 !py-1 text-xs"
                  onClick={() => run(async () => void (await resumeEnrollmentById(await getDb(), row.enrollment.id, platform.now())))}
                >
                  Resume
                </Button>
              ) : null}
              {row.enrollment.status !== 'finished' ? (
                <Button
                  variant="ghost"
                  className="!px-2 !py-1 text-xs"
                  onClick={() => run(async () => void (await unenroll(await getDb(), row.enrollment.id, platform.now())))}
                >
                  Unenroll
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">Not in any sequence.</p>
      )}
      <EnrollPicker leadIds={[leadId]} compact />
      <div>
        <Button onClick={reply} title="The lead answered: pause or finish their sequences as each one’s rule says">
          Record a reply
        </Button>
      </div>
    </section>
  );
}
