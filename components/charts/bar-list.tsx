/** One bar: what it is, its value, and an optional note shown on hover. */
export interface Bar {
  key: string;
  label: string;
  value: number;
  note?: string;
}

/**
 * Horizontal bars as a list: each row names its value in text (screen readers and the eye get the
 * number without hovering); the bar is decoration. Negative values are drawn as empty.
 */
export function BarList({
  label,
  bars,
  format,
  max,
}: {
  label: string;
  bars: readonly Bar[];
  format: (value: number) => string;
  max?: number;
}) {
  const top = Math.max(max ?? 0, ...bars.map((bar) => bar.value), 0);
  if (!bars.length) return <p className="text-sm text-slate-500">Nothing to show for these filters.</p>;
  return (
    <ul aria-label={label} className="flex flex-col gap-1.5 text-sm">
      {bars.map((bar) => (
        <li
          key={bar.key}
          className="grid grid-cols-[minmax(6rem,12rem)_1fr_auto] items-center gap-2"
          title={bar.note ?? `${bar.label}: ${format(bar.value)}`}
        >
          <span className="truncate">{bar.label}</span>
          <span aria-hidden="true" className="h-3 rounded bg-slate-100 dark:bg-slate-800">
            <span className="block h-3 rounded bg-indigo-500" style={{ width: `${top > 0 ? Math.max(0, (bar.value / top) * 100) : 0}%` }} />
          </span>
          <span className="tabular-nums text-slate-700 dark:text-slate-300">{format(bar.value)}</span>
        </li>
      ))}
    </ul>
  );
}
