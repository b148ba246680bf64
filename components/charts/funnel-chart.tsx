import type { FunnelStep } from '@/lib/metrics';
import { STAGE_LABELS } from '@/lib/model';

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

/** The funnel as centred bars narrowing step by step, each with its count and conversion from the step before. */
export function FunnelChart({ steps }: { steps: readonly FunnelStep[] }) {
  const top = Math.max(1, steps[0]?.reached ?? 0);
  return (
    <ol aria-label="Funnel" className="flex flex-col gap-1 text-sm">
      {steps.map((step, index) => (
        <li key={step.stage} className="grid grid-cols-[7rem_1fr_9rem] items-center gap-2">
          <span>{STAGE_LABELS[step.stage]}</span>
          <span aria-hidden="true" className="flex justify-center">
            <span
              className="block h-6 rounded bg-indigo-500/80"
              style={{ width: `${Math.max(step.reached ? 2 : 0, (step.reached / top) * 100)}%` }}
              title={`${STAGE_LABELS[step.stage]}: ${step.reached.toLocaleString()} leads`}
            />
          </span>
          <span className="tabular-nums">
            {step.reached.toLocaleString()}
            {index > 0 ? <span className="text-xs text-slate-500"> · {percent(step.conversion)} of previous</span> : null}
          </span>
        </li>
      ))}
    </ol>
  );
}
