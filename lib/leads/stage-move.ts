import type { Lead, Stage } from '../model';
import type { LeadEdit } from './update-lead';

/** Deal details a stage move may carry (a won deal's value, a lost deal's reason). */
export interface StageMoveDetails {
  dealValue?: number | undefined;
  dealCurrency?: string | undefined;
  expectedCloseDate?: string | undefined;
  lostReason?: string | undefined;
}

/**
 * The edit that moves a lead to `stage` with the details given. Only details that differ from what
 * the lead holds are included, so the timeline lists real changes; leaving "lost" clears the lost reason.
 */
export function stageMoveEdit(
  lead: Pick<Lead, 'stage' | 'dealValue' | 'dealCurrency' | 'expectedCloseDate' | 'lostReason'>,
  stage: Stage,
  details: StageMoveDetails = {},
): LeadEdit {
  const deal: NonNullable<LeadEdit['deal']> = { stage };
  if ('dealValue' in details && (details.dealValue !== lead.dealValue || details.dealCurrency !== lead.dealCurrency)) {
    deal.dealValue = details.dealValue;
    deal.dealCurrency = details.dealCurrency;
  }
  if ('expectedCloseDate' in details && details.expectedCloseDate !== lead.expectedCloseDate) {
    deal.expectedCloseDate = details.expectedCloseDate;
  }
  if (stage === 'lost') {
    const reason = details.lostReason?.trim() || undefined;
    if ('lostReason' in details && reason !== lead.lostReason) deal.lostReason = reason;
  } else if (lead.lostReason) {
    deal.lostReason = undefined;
  }
  return { deal };
}

/**
 * What a deal-value input asks for: an empty input leaves the stored value unchanged (a value field
 * left blank while moving a deal to Won is not a request to wipe it); only the explicit "clear"
 * action clears it; a typed amount is in the workspace currency.
 */
export function dealValueRequest(typed: number | undefined, cleared: boolean): Pick<StageMoveDetails, 'dealValue' | 'dealCurrency'> {
  if (cleared) return { dealValue: undefined, dealCurrency: undefined };
  if (typed === undefined) return {};
  return { dealValue: typed, dealCurrency: undefined };
}
