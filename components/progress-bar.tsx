/**
 * A labelled progress bar (fraction 0..1); without a fraction it says only that work is under way.
 * Screen readers hear the label and, when known, the percentage.
 */
export function ProgressBar({ label, fraction }: { label: string; fraction?: number }) {
  const percent = fraction === undefined ? undefined : Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex justify-between text-xs text-slate-600 dark:text-slate-400">
        <span>{label}…</span>
        {percent === undefined ? null : <span>{percent}%</span>}
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div
          className={`h-full bg-indigo-600 dark:bg-indigo-400 ${percent === undefined ? 'w-1/3 animate-pulse' : 'transition-[width]'}`}
          style={percent === undefined ? undefined : { width: `${percent}%` }}
        />
      </div>
    </div>
  );
}
