import type { Ref } from 'react';

/** The search-as-you-type input used by the popup, the side panel and the dashboard. */
export function SearchBox({
  value,
  onChange,
  placeholder = 'Search name, company or email',
  autoFocus,
  inputRef,
  label = 'Search leads',
}: {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  label?: string;
}) {
  return (
    <input
      ref={inputRef}
      type="search"
      aria-label={label}
      value={value}
      autoFocus={autoFocus}
      placeholder={placeholder}
      onChange={(event) => onChange(event.target.value)}
      className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm placeholder:text-slate-400 focus:border-indigo-500 dark:border-slate-700 dark:bg-slate-900"
    />
  );
}
