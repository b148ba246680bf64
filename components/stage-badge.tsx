import { STAGE_LABELS, type Stage } from '@/lib/model';

const COLOURS: Record<Stage, string> = {
  new: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
  contacted: 'bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300',
  qualified: 'bg-violet-100 text-violet-800 dark:bg-violet-950 dark:text-violet-300',
  presentation: 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300',
  negotiation: 'bg-orange-100 text-orange-800 dark:bg-orange-950 dark:text-orange-300',
  won: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300',
  lost: 'bg-rose-100 text-rose-800 dark:bg-rose-950 dark:text-rose-300',
};

/** The badge's classes for a stage: for lists that fill their rows without React. */
export function stageBadgeClass(stage: Stage): string {
  return `rounded px-1.5 py-0.5 text-xs font-medium ${COLOURS[stage]}`;
}

/** The pipeline stage as a small coloured label. */
export function StageBadge({ stage }: { stage: Stage }) {
  return <span className={stageBadgeClass(stage)}>{STAGE_LABELS[stage]}</span>;
}
