import type { ActivityType, Stage } from '../model';
import type { MetricActivity, MetricLead } from './types';

/** The pipeline as a funnel: each stage reached implies every one before it. Lost is not a step. */
export const FUNNEL_STAGES = ['new', 'contacted', 'qualified', 'presentation', 'negotiation', 'won'] as const satisfies readonly Stage[];

/** A stage's step in the funnel (lost counts as no step beyond "new"). */
export function funnelStep(stage: Stage): number {
  const index = (FUNNEL_STAGES as readonly Stage[]).indexOf(stage);
  return index < 0 ? 0 : index;
}

/** Activities that mean someone reached out to the lead. */
export const OUTREACH_TYPES: ReadonlySet<ActivityType> = new Set(['email-logged', 'step-done']);

/** What the timeline says about one lead. */
export interface LeadHistory {
  outreach: boolean;
  replied: boolean;
  /** Seen engaging on a social network (replied to, commented on or reacted to a post, follows). */
  social: boolean;
  /** The furthest funnel step any recorded stage move went through. */
  furthest: number;
}

/** Per lead, what its activities say: reached out to, replied, furthest stage passed (one pass). */
export function historyIndex(activities: readonly MetricActivity[]): Map<string, LeadHistory> {
  const index = new Map<string, LeadHistory>();
  for (const activity of activities) {
    let entry = index.get(activity.leadId);
    if (!entry) {
      entry = { outreach: false, replied: false, social: false, furthest: 0 };
      index.set(activity.leadId, entry);
    }
    if (OUTREACH_TYPES.has(activity.type)) entry.outreach = true;
    else if (activity.type === 'replied') entry.replied = true;
    else if (activity.type === 'engaged') entry.social = true;
    else if (activity.type === 'stage-changed') {
      for (const stage of [activity.fromStage, activity.toStage]) {
        if (stage && stage !== 'lost') entry.furthest = Math.max(entry.furthest, funnelStep(stage));
      }
    }
  }
  return index;
}

/** How far down the funnel a lead got: its stage now, or further if its history says so. */
export function furthestStep(lead: Pick<MetricLead, 'stage'>, history: LeadHistory | undefined): number {
  const now = lead.stage === 'lost' ? 0 : funnelStep(lead.stage);
  return Math.max(now, history?.furthest ?? 0);
}

/** The engagement flags a report counts for one lead. */
export interface LeadEngagement {
  /** Reached out to (an email or a sequence step), replied, or moved to "contacted" or beyond. */
  contacted: boolean;
  replied: boolean;
  qualified: boolean;
  won: boolean;
}

/** The engagement flags of one lead from its stage and its history. */
export function engagementOf(lead: Pick<MetricLead, 'stage'>, history: LeadHistory | undefined): LeadEngagement {
  const step = furthestStep(lead, history);
  const replied = history?.replied ?? false;
  return {
    contacted: step >= 1 || replied || (history?.outreach ?? false),
    replied,
    qualified: step >= 2,
    won: lead.stage === 'won',
  };
}
