import { fieldText, type FieldChange, type FieldValue } from '@/lib/leads';
import { LEAD_FIELD_LABELS } from '../leads/field-labels';

const show = (value: FieldValue | undefined) => fieldText(value) || '—';

/** A field-by-field table of what saving would change on an existing lead. */
export function FieldChanges({ changes, label }: { changes: readonly FieldChange[]; label: string }) {
  return (
    <table aria-label={label} className="w-full table-fixed border-collapse text-left text-xs">
      <thead className="text-slate-500">
        <tr>
          <th scope="col" className="w-24 py-1 font-medium">
            Field
          </th>
          <th scope="col" className="py-1 font-medium">
            Now
          </th>
          <th scope="col" className="py-1 font-medium">
            After
          </th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field} className="border-t border-slate-200 align-top dark:border-slate-800">
            <th scope="row" className="py-1 pr-2 font-medium">
              {LEAD_FIELD_LABELS[change.field]}
            </th>
            <td className="break-words py-1 pr-2 text-slate-500 line-through decoration-slate-400">{show(change.before)}</td>
            <td className="break-words py-1 text-emerald-700 dark:text-emerald-400">{show(change.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
