import { type LeadRow, SEARCH_TOKEN_START } from '../db';
import { SOURCES, STAGES, type Source, type Stage } from '../model';
import { queryWords } from '../keys';

/** The campaign filter value for leads with no campaign tag. */
export const NO_CAMPAIGN_FILTER = '__none__';
/** The owner filter value for leads nobody owns. */
export const NO_OWNER_FILTER = '__unassigned__';

/** The leads table's filters, as the toolbar holds them (empty string: no filter). */
export interface LeadTableFilters {
  query: string;
  /** A campaign id, or NO_CAMPAIGN_FILTER. */
  campaign: string;
  /** `site:<capture source>` or `utm:<utm_source>`. */
  source: string;
  stage: Stage | '';
  /** An owner, or NO_OWNER_FILTER. */
  owner: string;
  /** Captured on or after this local date (YYYY-MM-DD). */
  from: string;
  /** Captured on or before this local date (YYYY-MM-DD). */
  to: string;
}

/** Columns the table sorts by. */
export const SORT_KEYS = ['name', 'company', 'stage', 'dealValue', 'owner', 'createdAt', 'updatedAt'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface LeadSort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

/** No filters, newest update first. */
export const EMPTY_FILTERS: LeadTableFilters = { query: '', campaign: '', source: '', stage: '', owner: '', from: '', to: '' };
export const DEFAULT_SORT: LeadSort = { key: 'updatedAt', direction: 'desc' };

/** Local midnight of a `YYYY-MM-DD` date, in ms; undefined for an empty or malformed date. */
function localDay(date: string, plusDays = 0): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays).getTime();
}

/** True when any filter (search included) is set. */
export function hasFilters(filters: LeadTableFilters): boolean {
  return Object.values(filters).some(Boolean);
}

/** The rows that pass every filter and contain every search word (as a prefix of a name, company or email word). */
export function filterLeadRows<R extends LeadRow>(rows: readonly R[], filters: LeadTableFilters): R[] {
  // Each word as it would follow a token's start in `searchText`, made once for every row.
  const starts = queryWords(filters.query).map((word) => SEARCH_TOKEN_START + word);
  const start = localDay(filters.from);
  const end = localDay(filters.to, 1);
  const [sourceKind, sourceValue] = filters.source.split(/:(.*)/s);
  return rows.filter((row) => {
    if (filters.stage && row.stage !== filters.stage) return false;
    if (filters.campaign) {
      if (filters.campaign === NO_CAMPAIGN_FILTER ? row.campaignIds.length > 0 : !row.campaignIds.includes(filters.campaign)) return false;
    }
    if (filters.owner) {
      if (filters.owner === NO_OWNER_FILTER ? Boolean(row.owner) : row.owner !== filters.owner) return false;
    }
    if (sourceKind === 'site' && row.capturedFrom !== sourceValue) return false;
    if (sourceKind === 'utm' && row.utmSource !== sourceValue) return false;
    if (start !== undefined && row.createdAt < start) return false;
    if (end !== undefined && row.createdAt >= end) return false;
    return starts.every((wordStart) => row.searchText.includes(wordStart));
  });
}

const STAGE_ORDER = new Map(STAGES.map((stage, index) => [stage, index]));

/** Sorts rows by a column; ties fall back to the newest update, so the order is stable to the eye. */
export function sortLeadRows<R extends LeadRow>(rows: R[], sort: LeadSort): R[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  // Missing values sort last whichever the direction.
  const compareText = (a: string, b: string) => (a === b ? 0 : !a ? 1 : !b ? -1 : sign * (a < b ? -1 : 1));
  const compareNumber = (a: number | undefined, b: number | undefined) =>
    a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : sign * (a - b);
  const comparators: Record<SortKey, (a: R, b: R) => number> = {
    name: (a, b) => compareText(a.sortName, b.sortName),
    company: (a, b) => compareText(a.sortCompany, b.sortCompany),
    stage: (a, b) => sign * ((STAGE_ORDER.get(a.stage) ?? 0) - (STAGE_ORDER.get(b.stage) ?? 0)),
    dealValue: (a, b) => compareNumber(a.dealValue, b.dealValue),
    owner: (a, b) => compareText((a.owner ?? '').toLowerCase(), (b.owner ?? '').toLowerCase()),
    createdAt: (a, b) => sign * (a.createdAt - b.createdAt),
    updatedAt: (a, b) => sign * (a.updatedAt - b.updatedAt),
  };
  const compare = comparators[sort.key];
  return rows.sort((a, b) => compare(a, b) || b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1));
}

/** Filters and sort as a saved filter's string map (settings.savedFilters[].query). */
export function filtersToQuery(filters: LeadTableFilters, sort: LeadSort): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters) as Array<[string, string]>) if (value) query[key] = value;
  query.sort = `${sort.key}:${sort.direction}`;
  return query;
}

/** Filters and sort back from a saved filter; unknown or malformed values are dropped, not trusted. */
export function filtersFromQuery(query: Readonly<Record<string, string>>): { filters: LeadTableFilters; sort: LeadSort } {
  const text = (key: keyof LeadTableFilters) => (typeof query[key] === 'string' ? query[key].slice(0, 500) : '');
  const stage = (STAGES as readonly string[]).includes(query.stage ?? '') ? (query.stage as Stage) : '';
  const date = (key: 'from' | 'to') => (localDay(text(key)) === undefined ? '' : text(key));
  const source = text('source');
  const [kind, value] = source.split(/:(.*)/s);
  const validSource = (kind === 'site' && (SOURCES as readonly string[]).includes(value ?? '')) || (kind === 'utm' && Boolean(value));
  const [key, direction] = (query.sort ?? '').split(':');
  const sort: LeadSort =
    (SORT_KEYS as readonly string[]).includes(key ?? '') && (direction === 'asc' || direction === 'desc')
      ? { key: key as SortKey, direction }
      : DEFAULT_SORT;
  return {
    filters: {
      query: text('query'),
      campaign: text('campaign'),
      source: validSource ? source : '',
      stage,
      owner: text('owner'),
      from: date('from'),
      to: date('to'),
    },
    sort,
  };
}

/** `site:<source>` filter value for a capture source. */
export function siteSource(source: Source): string {
  return `site:${source}`;
}
