import type { Lead } from '@/lib/model';
import { StageBadge } from '../stage-badge';

/** One lead in a list: name, title at company, first email, stage. */
export function LeadRow({ lead, onOpen, compact }: { lead: Lead; onOpen: (lead: Lead) => void; compact?: boolean }) {
  const role = [lead.title, lead.company].filter(Boolean).join(' · ');
  return (
    <button
      type="button"
      onClick={() => onOpen(lead)}
      className="flex w-full items-center gap-3 rounded-md px-2 py-2 text-left hover:bg-slate-100 focus-visible:bg-slate-100 dark:hover:bg-slate-800 dark:focus-visible:bg-slate-800"
    >
      <span className="min-w-0 flex-1">
        <span className="block truncate text-sm font-medium">{lead.fullName}</span>
        <span className="block truncate text-xs text-slate-500">{compact ? role || lead.emails[0] : role}</span>
      </span>
      {!compact && lead.emails[0] ? <span className="hidden truncate text-xs text-slate-500 sm:block">{lead.emails[0]}</span> : null}
      <StageBadge stage={lead.stage} />
    </button>
  );
}
