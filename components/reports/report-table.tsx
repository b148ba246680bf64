import { reportTableCsv, type Cell, type ColumnKind, type ReportTable } from '@/lib/metrics';
import { formatMoney } from '@/lib/format/format';
import { Button } from '../button';

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

/** Saves text as a file through a temporary link (no browser API needed). */
function download(name: string, text: string) {
  // The byte-order mark makes spreadsheet apps read the file as UTF-8 (accents, “quotes”).
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
          onClick={() => download(`leadline-${table.id}-${new Date().toISOString().slice(0, 10)}.csv`, reportTableCsv(table, currency))}
        >
          Export CSV
        </Button>
      </div>
      <div className="overflow-x-auto">
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
              <tr key={rowIndex} className="border-b border-slate-100 dark:border-slate-800/60">
                {row.map((value, index) => {
                  const kind = table.columns[index]?.kind ?? 'text';
                  return index === 0 ? (
                    <th key={index} scope="row" className="px-2 py-1 font-normal">
                      {formatCell(value, kind, currency)}
                    </th>
                  ) : (
                    <td key={index} className={`px-2 py-1 ${kind === 'text' ? '' : 'text-right tabular-nums'}`}>
                      {formatCell(value, kind, currency)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          {table.footer.length ? (
            <tfoot className="font-medium">
              {table.footer.map((row, rowIndex) => (
                <tr key={rowIndex} className="border-t border-slate-300 dark:border-slate-700">
                  {row.map((value, index) => {
                    const kind = table.columns[index]?.kind ?? 'text';
                    return index === 0 ? (
                      <th key={index} scope="row" className="px-2 py-1">
                        {formatCell(value, kind, currency)}
                      </th>
                    ) : (
                      <td key={index} className={`px-2 py-1 ${kind === 'text' ? '' : 'text-right tabular-nums'}`}>
                        {formatCell(value, kind, currency)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tfoot>
          ) : null}
        </table>
      </div>
    </div>
  );
}
