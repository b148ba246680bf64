import type { LeadEmailState } from '../emails';
import type { ActivityType, Campaign, Lead, Stage } from '../model';

/** The lead fields reports read (a light projection: see lib/db/lead-rows.ts). */
export type MetricLead = Pick<
  Lead,
  | 'id'
  | 'stage'
  | 'dealValue'
  | 'dealCurrency'
  | 'owner'
  | 'capturedFrom'
  | 'campaignIds'
  | 'firstTouchCampaignId'
  | 'lastTouchCampaignId'
  | 'createdAt'
  | 'closedAt'
> & {
  /** Whether the lead has an address to write to, and whether only a guessed one (absent: none). */
  emailState?: LeadEmailState;
};

/** The activity fields reports read; stage moves carry where they came from and went. */
export interface MetricActivity {
  leadId: string;
  type: ActivityType;
  at: number;
  fromStage?: Stage;
  toStage?: Stage;
}

/** The campaign fields reports read. */
export type MetricCampaign = Pick<Campaign, 'id' | 'name' | 'channel' | 'cost' | 'currency' | 'goalLeads' | 'status'>;
