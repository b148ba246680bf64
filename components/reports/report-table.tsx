import { reportTableCsv, type Cell, type ColumnKind, type ReportTable } from '@/lib/metrics';
import { formatMoney } from '@/lib/format';
import { Button } from '../button';
import { downloadBlob } from '../download';

/** A cell as shown: money in the workspace currency, percentages, ratios; "—" for unknown. */
export function formatCell(value: Cell, kind: ColumnKind, currency: string): string {
  if (value === null || value === undefined || value === '') return kind === 'text' ? '' : '—';
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'money':
      return formatMoney(Math.round(value * 100) / 100, currency);
    case 'percent':
      return `${(value * 100).toFixed(1)}%`;
    case 'ratio':
      return `${value.toFixed(2)}×`;
    case 'days':
      return `${value.toFixed(1)} days`;
    default:
      return value.toLocaleString();
  }
}

/** A CSV file spreadsheet apps read as UTF-8 (the byte-order mark keeps accents and “quotes”). */
const csvBlob = (text: string) => new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });

/** One body or footer row: the first cell heads the row. */
function ReportRow({
  row,
  table,
  currency,
  className,
  headClassName,
}: {
  row: readonly Cell[];
  table: ReportTable;
  currency: string;
  className: string;
  headClassName: string;
}) {
  return (
    <tr className={className}>
      {row.map((value, index) => {
        const kind = table.columns[index]?.kind ?? 'text';
        return index === 0 ? (
          <th key={index} scope="row" className={`px-2 py-1 ${headClassName}`}>
            {formatCell(value, kind, currency)}
          </th>
        ) : (
          <td key={index} className={`px-2 py-1 ${kind === 'text' ? '' : 'text-right tabular-nums'}`}>
            {formatCell(value, kind, currency)}
          </td>
        );
      })}
    </tr>
  );
}

/** A report table with its numbers formatted, summary rows apart, and "Export CSV". */
export function ReportTableView({ table, currency }: { table: ReportTable; currency: string }) {
  const headingId = `${table.id}-table`;
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-center gap-2">
        <h3 id={headingId} className="text-sm font-medium">
          {table.title}
        </h3>
        <Button
          variant="ghost"
          className="ml-auto !py-0.5 text-xs"
          aria-label={`Export ${table.title} as CSV`}
          onClick={() =>
            downloadBlob(csvBlob(reportTableCsv(table, currency)), `leadline-${table.id}-${new Date().toISOString().slice(0, 10)}.csv`)
          }
        >
          Export CSV
        </Button>
      </div>
      {/* Focusable so a keyboard can scroll a table wider than the page (axe: scrollable-region-focusable). */}
      <div
        className="overflow-x-auto rounded focus-visible:outline-2 focus-visible:outline-indigo-500"
        tabIndex={0}
        role="region"
        aria-labelledby={headingId}
      >
        <table aria-labelledby={headingId} className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-xs text-slate-500 dark:border-slate-800">
            <tr>
              {table.columns.map((column, index) => (
                <th key={index} scope="col" className={`px-2 py-1.5 font-medium ${column.kind === 'text' ? '' : 'text-right'}`}>
                  {column.label}
                  {column.kind === 'percent' && table.columns.some((other, i) => i !== index && other.label === column.label) ? ' %' : ''}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, rowIndex) => (
              <ReportRow
                key={rowIndex}
                row={row}
                table={table}
                currency={currency}
                className="border-b border-slate-100 dark:border-slate-800/60"
                headClassName="font-normal"
              />
            ))}
          </tbody>
          {table.footer.length ? (
            <tfoot className="font-medium">
              {table.footer.map((row, rowIndex) => (
                <ReportRow
                  key={rowIndex}
                  row={row}
                  table={table}
                  currency={currency}
                  className="border-t border-slate-300 dark:border-slate-700"
                  headClassName=""
                />
              ))}
            </tfoot>
          ) : null}
        </table>
      </div>
    </div>
  );
}
