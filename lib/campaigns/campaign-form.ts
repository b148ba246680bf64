import { CHANNELS, IsoDateSchema, type Campaign, type CampaignStatus, type Channel } from '../model';
import { parseMoneyInput } from './money-input';

/** The campaign form's inputs, as typed. */
export interface CampaignFormInput {
  name: string;
  channel: Channel;
  medium: string;
  utmCampaign: string;
  utmSource: string;
  startDate: string;
  endDate: string;
  cost: string;
  goalLeads: string;
  owner: string;
  notes: string;
  status: CampaignStatus;
}

export type CampaignFormErrors = Partial<Record<keyof CampaignFormInput, string>>;

/** The fields a campaign form sets (ids, timestamps and currency are added when saved). */
export type CampaignFields = Pick<Campaign, 'name' | 'channel' | 'cost' | 'notes' | 'status'> &
  Partial<Pick<Campaign, 'medium' | 'utmCampaign' | 'utmSource' | 'startDate' | 'endDate' | 'goalLeads' | 'owner'>>;

/** The form filled from a campaign (or empty for a new one). */
export function campaignFormFrom(campaign?: Campaign): CampaignFormInput {
  return {
    name: campaign?.name ?? '',
    channel: campaign?.channel ?? 'linkedin',
    medium: campaign?.medium ?? '',
    utmCampaign: campaign?.utmCampaign ?? '',
    utmSource: campaign?.utmSource ?? '',
    startDate: campaign?.startDate ?? '',
    endDate: campaign?.endDate ?? '',
    cost: campaign && campaign.cost ? String(campaign.cost) : '',
    goalLeads: campaign?.goalLeads === undefined ? '' : String(campaign.goalLeads),
    owner: campaign?.owner ?? '',
    notes: campaign?.notes ?? '',
    status: campaign?.status ?? 'active',
  };
}

const optional = (text: string) => text.trim() || undefined;

/** Checks the form; every problem is named next to its field. */
export function parseCampaignForm(
  input: CampaignFormInput,
): { ok: true; fields: CampaignFields } | { ok: false; errors: CampaignFormErrors } {
  const errors: CampaignFormErrors = {};
  const name = input.name.trim();
  if (!name) errors.name = 'Give the campaign a name';
  else if (name.length > 200) errors.name = 'Keep the name under 200 characters';
  if (!(CHANNELS as readonly string[]).includes(input.channel)) errors.channel = 'Pick a channel';

  const cost = parseMoneyInput(input.cost, 'Cost');
  if (!cost.ok) errors.cost = cost.error;

  let goalLeads: number | undefined;
  const goal = input.goalLeads.trim();
  if (goal) {
    if (goal.startsWith('-')) errors.goalLeads = 'The goal cannot be negative';
    else if (!/^\d+$/.test(goal.replace(/[, ]/g, ''))) errors.goalLeads = 'Enter the goal as a whole number of leads';
    else goalLeads = Number(goal.replace(/[, ]/g, ''));
  }

  for (const key of ['startDate', 'endDate'] as const) {
    if (input[key] && !IsoDateSchema.safeParse(input[key]).success) errors[key] = 'Use a date written as YYYY-MM-DD';
  }
  if (!errors.startDate && !errors.endDate && input.startDate && input.endDate && input.endDate < input.startDate) {
    errors.endDate = 'The campaign ends before it starts';
  }
  for (const [key, max] of [
    ['medium', 100],
    ['utmCampaign', 200],
    ['utmSource', 200],
    ['owner', 100],
  ] as const) {
    if (input[key].trim().length > max) errors[key] = `Keep this under ${max} characters`;
  }

  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      name,
      channel: input.channel,
      medium: optional(input.medium),
      utmCampaign: optional(input.utmCampaign),
      utmSource: optional(input.utmSource),
      startDate: optional(input.startDate),
      endDate: optional(input.endDate),
      cost: cost.ok ? (cost.value ?? 0) : 0,
      goalLeads,
      owner: optional(input.owner),
      notes: input.notes,
      status: input.status,
    },
  };
}

/** The fields of a checked form that the user changed (`changed`, keys of the form): only those are written. */
export function changedCampaignFields(fields: CampaignFields, changed: readonly (keyof CampaignFormInput)[]): Partial<CampaignFields> {
  const out: Partial<CampaignFields> = {};
  for (const key of changed) Object.assign(out, { [key]: fields[key] });
  return out;
}

/** What each input is called, for messages that name fields. */
export const CAMPAIGN_FORM_LABELS: Record<keyof CampaignFormInput, string> = {
  name: 'name',
  channel: 'channel',
  medium: 'medium',
  utmCampaign: 'UTM campaign',
  utmSource: 'UTM source',
  startDate: 'start date',
  endDate: 'end date',
  cost: 'cost',
  goalLeads: 'goal',
  owner: 'owner',
  notes: 'notes',
  status: 'status',
};
