import type { Lead } from '../model';

/** The deal fields a hand edit can change besides the stage. */
export const DEAL_FIELDS = ['dealValue', 'expectedCloseDate', 'lostReason', 'owner'] as const;

const LABELS: Record<(typeof DEAL_FIELDS)[number], string> = {
  dealValue: 'deal value',
  expectedCloseDate: 'expected close date',
  lostReason: 'lost reason',
  owner: 'owner',
};

function show(lead: Lead, field: (typeof DEAL_FIELDS)[number]): string {
  const value = lead[field];
  if (value === undefined || value === '') return '—';
  if (field === 'dealValue') return `${lead.dealValue} ${lead.dealCurrency ?? ''}`.trim();
  return String(value);
}

/**
 * The timeline line for deal changes between two versions of a lead, e.g.
 * "Deal value: — → 12500 · Expected close date: — → 2026-12-01"; undefined when nothing changed.
 * Amounts carry their currency code when they have one (the workspace currency otherwise).
 */
export function describeDealChanges(before: Lead, after: Lead): { summary: string; fields: string } | undefined {
  const changed = DEAL_FIELDS.filter((field) => show(before, field) !== show(after, field));
  if (!changed.length) return undefined;
  const summary = changed
    .map((field) => `${LABELS[field][0]!.toUpperCase()}${LABELS[field].slice(1)}: ${show(before, field)} → ${show(after, field)}`)
    .join(' · ');
  return { summary: summary.slice(0, 500), fields: changed.join(', ') };
}
