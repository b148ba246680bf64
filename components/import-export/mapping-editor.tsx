import {
  type ColumnMapping,
  CUSTOM_PREFIX,
  customKeyFromHeader,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  type MappingTarget,
  type OpenedFile,
  PRESETS,
} from '@/lib/io';

const FIELD_OPTIONS = IMPORT_FIELDS.map((field) => ({ value: field, label: IMPORT_FIELD_LABELS[field] }));

/** Which column feeds which field: one row per column with sample values and a field picker. */
export function MappingEditor({
  file,
  preset,
  mapping,
  onPresetChange,
  onMappingChange,
}: {
  file: OpenedFile;
  preset: string;
  mapping: ColumnMapping;
  onPresetChange: (preset: string) => void;
  onMappingChange: (header: string, target: MappingTarget) => void;
}) {
  return (
    <section aria-labelledby="mapping-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-3">
        <h3 id="mapping-heading" className="text-sm font-semibold">
          Columns
        </h3>
        <label className="ml-auto flex items-center gap-2 text-sm">
          Format
          <select
            value={preset}
            onChange={(event) => onPresetChange(event.target.value)}
            className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
          >
            <option value="custom">Other spreadsheet</option>
            {PRESETS.map((item) => (
              <option key={item.id} value={item.id}>
                {item.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-xs text-slate-600 dark:bg-slate-900 dark:text-slate-400">
            <tr>
              <th scope="col" className="px-3 py-2">
                Column in the file
              </th>
              <th scope="col" className="px-3 py-2">
                First values
              </th>
              <th scope="col" className="px-3 py-2">
                Imported as
              </th>
            </tr>
          </thead>
          <tbody>
            {file.headers.map((header, index) => {
              const target = mapping[header] ?? '';
              const custom = `${CUSTOM_PREFIX}${customKeyFromHeader(header)}`;
              return (
                <tr key={header} className="border-t border-slate-200 dark:border-slate-800">
                  <th scope="row" className="px-3 py-1.5 font-medium">
                    {header}
                  </th>
                  <td className="max-w-xs truncate px-3 py-1.5 text-slate-600 dark:text-slate-400">
                    {file.sample
                      .map((row) => row[index] ?? '')
                      .filter(Boolean)
                      .slice(0, 3)
                      .join(' · ') || '—'}
                  </td>
                  <td className="px-3 py-1.5">
                    <select
                      aria-label={`Import column “${header}” as`}
                      value={target}
                      onChange={(event) => onMappingChange(header, event.target.value as MappingTarget)}
                      className="w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
                    >
                      <option value="">Don’t import</option>
                      {FIELD_OPTIONS.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                      {target.startsWith(CUSTOM_PREFIX) && target !== custom ? (
                        <option value={target}>Custom field “{target.slice(CUSTOM_PREFIX.length)}”</option>
                      ) : null}
                      <option value={custom}>Custom field “{custom.slice(CUSTOM_PREFIX.length)}”</option>
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
