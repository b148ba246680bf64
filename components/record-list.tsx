import type { ReactNode } from 'react';
import { Button } from './button';
import { EmptyState } from './empty-state';
import { navigate } from './hooks/use-hash-route';

/** One column of a record list after the name: its header and what each row shows in it. */
export interface ListColumn<R> {
  header: string;
  /** The header is read out but not shown (a column of buttons). */
  hideHeader?: boolean;
  /** Numbers line up on the right. */
  numeric?: boolean;
  /** Secondary text, in the muted colour. */
  muted?: boolean;
  cell: (row: R) => ReactNode;
}

/**
 * A dashboard section's list of records (campaigns, sequences, templates) at `#/<list>`: the heading
 * with what applies to the whole list and a "New" button, then a table whose caption is the heading,
 * one row per record named by a link to `#/<list>/<id>`, or, with no rows, what the list is for and
 * a button that creates the first record. `children` follow the table (rules, dialogs).
 */
export function RecordList<R extends { id: string }>({
  list,
  title,
  newLabel,
  headerExtra,
  rows,
  name,
  badges,
  columns,
  empty,
  className = 'flex max-w-3xl flex-col gap-4',
  children,
}: {
  list: string;
  title: string;
  newLabel: string;
  /** Beside the heading: a status line, a filter. */
  headerExtra?: ReactNode;
  rows: readonly R[];
  /** The record's name, as the text of its link. */
  name: (row: R) => string;
  /** Shown after the link in the name cell (status, archived). */
  badges?: (row: R) => ReactNode;
  columns: readonly ListColumn<R>[];
  empty: { title: string; text: ReactNode; createLabel: string };
  className?: string;
  children?: ReactNode;
}) {
  const headingId = `${list}-heading`;
  return (
    <section aria-labelledby={headingId} className={className}>
      <header className="flex flex-wrap items-center gap-3">
        <h1 id={headingId} className="text-xl font-semibold">
          {title}
        </h1>
        {headerExtra}
        <Button variant="primary" className="ml-auto" onClick={() => navigate(list, 'new')}>
          {newLabel}
        </Button>
      </header>
      {rows.length === 0 ? (
        <EmptyState
          title={empty.title}
          action={
            <Button variant="primary" onClick={() => navigate(list, 'new')}>
              {empty.createLabel}
            </Button>
          }
        >
          {empty.text}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{title}</caption>
            <thead className="border-b border-slate-200 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Name
                </th>
                {columns.map((column) => (
                  <th key={column.header} scope="col" className={`px-3 font-medium ${column.numeric ? 'text-right' : ''}`}>
                    {column.hideHeader ? <span className="sr-only">{column.header}</span> : column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const badge = badges?.(row);
                return (
                  <tr key={row.id} className="border-b border-slate-100 align-middle dark:border-slate-800/60">
                    <th scope="row" className="py-2 pr-3 font-medium">
                      <a href={`#/${list}/${encodeURIComponent(row.id)}`} className="hover:underline">
                        {name(row)}
                      </a>
                      {badge ? <> {badge}</> : null}
                    </th>
                    {columns.map((column) => (
                      <td
                        key={column.header}
                        className={`px-3 ${column.numeric ? 'text-right tabular-nums' : ''} ${column.muted ? 'text-slate-600 dark:text-slate-400' : ''}`}
                      >
                        {column.cell(row)}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {children}
    </section>
  );
}
