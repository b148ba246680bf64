import type { ReactNode } from 'react';

/** What an empty list says instead: what this place is for and what to do next. */
export function EmptyState({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
      <h2 className="text-base font-semibold">{title}</h2>
      <div className="max-w-md text-sm text-slate-600 dark:text-slate-400">{children}</div>
      {action}
    </div>
  );
}
