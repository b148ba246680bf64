import { useEffect, useState } from 'react';

/**
 * How long work without a known fraction runs before its bar appears: an export or a backup of a
 * few thousand leads is done sooner, and a bar that flashes for a moment says less than the busy
 * button beside it (and its pulse would take frames from the work itself).
 */
export const INDETERMINATE_BAR_DELAY_MS = 400;

/**
 * A labelled progress bar (fraction 0..1); without a fraction it says only that work is under way,
 * and appears once that work has run `INDETERMINATE_BAR_DELAY_MS`.
 * Screen readers hear the label and, when known, the percentage.
 */
export function ProgressBar({ label, fraction }: { label: string; fraction?: number }) {
  const percent = fraction === undefined ? undefined : Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  const shown = useShownAfter(percent === undefined ? INDETERMINATE_BAR_DELAY_MS : 0);
  if (!shown) return null;
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
          className={`h-full bg-indigo-600 dark:bg-indigo-400 ${percent === undefined ? 'w-1/3 animate-pulse motion-reduce:animate-none' : 'transition-[width]'}`}
          style={percent === undefined ? undefined : { width: `${percent}%` }}
        />
      </div>
    </div>
  );
}

/** True once the component has been mounted `delay` ms (at once for 0). */
function useShownAfter(delay: number): boolean {
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    if (delay === 0) return;
    const timer = setTimeout(() => setWaited(true), delay);
    return () => clearTimeout(timer);
  }, [delay]);
  return delay === 0 || waited;
}
