import type { Lead } from '@/lib/model';
import { LeadCampaignTags } from '../campaigns/lead-campaign-tags';
import { DealFields } from '../pipeline/deal-fields';
import type { Notify } from '../view-context';

/** The lead page's sales side: stage and deal fields, and campaign tags. */
export function LeadSalesPanel({ lead, currency, notify }: { lead: Lead; currency: string; notify: Notify }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {/* Keyed on the stored deal so the form shows a change made elsewhere (the board, another tab). */}
      <DealFields
        key={`${lead.id}:${lead.stage}:${lead.dealValue ?? ''}:${lead.expectedCloseDate ?? ''}:${lead.lostReason ?? ''}:${lead.owner ?? ''}`}
        lead={lead}
        currency={currency}
        notify={notify}
      />
      <LeadCampaignTags lead={lead} notify={notify} />
    </div>
  );
}
