import type { Lead, ProspectDraft } from '@/lib/model';
import { savedBesidePage } from '@/lib/capture';
import { LEAD_FIELD_LABELS } from '../leads/field-labels';

/**
 * A saved lead's values beside the page's, field by field: what Leadline holds stays visible when
 * the page repeats it or says something else (a value the user typed is marked, and kept).
 */
export function SavedValues({ lead, draft }: { lead: Lead; draft: ProspectDraft }) {
  const rows = savedBesidePage(lead, draft);
  if (!rows.length) return null;
  return (
    <table aria-label="Saved in Leadline and on this page" className="w-full table-fixed border-collapse text-left text-xs">
      <thead className="text-slate-600 dark:text-slate-400">
        <tr>
          <th scope="col" className="w-20 py-1 font-medium">
            Field
          </th>
          <th scope="col" className="py-1 font-medium">
            Saved
          </th>
          <th scope="col" className="py-1 font-medium">
            This page
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field} className="border-t border-amber-200 align-top dark:border-amber-900">
            <th scope="row" className="py-1 pr-2 font-medium">
              {LEAD_FIELD_LABELS[row.field]}
            </th>
            <td className="break-words py-1 pr-2">
              {row.saved}
              {row.typed ? <span className="block text-slate-600 dark:text-slate-400">Typed by you · kept</span> : null}
            </td>
            <td className="break-words py-1 text-slate-700 dark:text-slate-300">{row.page ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
