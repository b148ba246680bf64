import { DEFAULT_SORT, EMPTY_FILTERS, type LeadSort, type LeadTableFilters } from '@/lib/leads';

/** What the leads table looks like: its search and filters, its order, and the active row. */
export interface LeadsTableView {
  filters: LeadTableFilters;
  sort: LeadSort;
  /** Index of the active row in the filtered, sorted rows; the table scrolls it into view. */
  active: number;
}

/** A view a page remembers while it stays open: read when the view is shown, written as it changes. */
export interface ViewStore<T> {
  get(): T;
  set(view: T): void;
}

/** A store that lives as long as the page: a reload starts from `initial` again. */
export function viewStore<T>(initial: T): ViewStore<T> {
  let current = initial;
  return {
    get: () => current,
    set: (view) => {
      current = view;
    },
  };
}

export const INITIAL_LEADS_VIEW: LeadsTableView = { filters: EMPTY_FILTERS, sort: DEFAULT_SORT, active: 0 };

/**
 * The dashboard's leads table, as it was left: opening a lead replaces the table with the lead's
 * page, and back at the table it shows the same search, filters, order and row.
 */
export const leadsTableView = viewStore<LeadsTableView>(INITIAL_LEADS_VIEW);
