import { STAGES, type Stage } from '../model';
import { FUNNEL_STAGES, furthestStep, type LeadHistory } from './engagement';
import type { ScopedLead } from './filters';
import { amountIn, isInCurrency, ratio, type ExcludedMoney } from './money';

const DAY = 86_400_000;

/** One step of the funnel: how many leads got at least this far, and what share of the step before. */
export interface FunnelStep {
  stage: (typeof FUNNEL_STAGES)[number];
  reached: number;
  /** reached / previous step's reached; null for the first step or after an empty step. */
  conversion: number | null;
}

/**
 * The funnel: a lead counts at every step up to the furthest it reached (its stage now, or further
 * along by its recorded stage moves: a lost deal that got to negotiation counts up to negotiation).
 */
export function funnel(leads: readonly ScopedLead[], history: ReadonlyMap<string, LeadHistory>): FunnelStep[] {
  const atLeast = FUNNEL_STAGES.map(() => 0);
  for (const { lead } of leads) {
    const step = furthestStep(lead, history.get(lead.id));
    for (let i = 0; i <= step; i++) atLeast[i]! += 1;
  }
  return FUNNEL_STAGES.map((stage, index) => ({
    stage,
    reached: atLeast[index]!,
    conversion: index === 0 ? null : ratio(atLeast[index]!, atLeast[index - 1]!),
  }));
}

/** The headline sales figures for the leads in scope, in the workspace currency. */
export interface SalesSummary {
  leads: number;
  open: number;
  won: number;
  lost: number;
  /** won / (won + lost); null when nothing has closed. */
  winRate: number | null;
  /** Sum of won deal values in the workspace currency. */
  revenue: number;
  /** revenue / won deals that have a value; null when none has. */
  averageDealSize: number | null;
  /** Won deals with no value recorded (left out of the average). */
  wonWithoutValue: number;
  /** Mean days from capture to won, over won deals with a close date; null when none. */
  averageDaysToWon: number | null;
  /** Won deal values in another currency, left out of revenue and the average. */
  excluded: ExcludedMoney;
}

/** Win rate, revenue won, average deal size and time from capture to won. */
export function salesSummary(leads: readonly ScopedLead[], currency: string): SalesSummary {
  const excluded: ExcludedMoney = {};
  let won = 0;
  let lost = 0;
  let revenue = 0;
  let valued = 0;
  let wonWithoutValue = 0;
  let cycleDays = 0;
  let cycles = 0;
  for (const { lead } of leads) {
    if (lead.stage === 'lost') lost += 1;
    if (lead.stage !== 'won') continue;
    won += 1;
    if (lead.dealValue === undefined) wonWithoutValue += 1;
    else if (isInCurrency(lead.dealCurrency, currency)) {
      revenue += lead.dealValue;
      valued += 1;
    } else amountIn(lead.dealValue, lead.dealCurrency, currency, excluded);
    if (lead.closedAt !== undefined && lead.closedAt >= lead.createdAt) {
      cycleDays += (lead.closedAt - lead.createdAt) / DAY;
      cycles += 1;
    }
  }
  return {
    leads: leads.length,
    open: leads.length - won - lost,
    won,
    lost,
    winRate: ratio(won, won + lost),
    revenue,
    averageDealSize: ratio(revenue, valued),
    wonWithoutValue,
    averageDaysToWon: ratio(cycleDays, cycles),
    excluded,
  };
}

/** Deals at one stage and what they are worth. */
export interface StageValueRow {
  stage: Stage;
  leads: number;
  value: number;
  /** Deals at this stage with no value recorded. */
  withoutValue: number;
}

/** Pipeline value by stage (every stage, won and lost included), in the workspace currency. */
export function pipelineByStage(leads: readonly ScopedLead[], currency: string): { rows: StageValueRow[]; excluded: ExcludedMoney } {
  const excluded: ExcludedMoney = {};
  const rows = new Map<Stage, StageValueRow>(STAGES.map((stage) => [stage, { stage, leads: 0, value: 0, withoutValue: 0 }]));
  for (const { lead } of leads) {
    const row = rows.get(lead.stage)!;
    row.leads += 1;
    if (lead.dealValue === undefined) row.withoutValue += 1;
    else row.value += amountIn(lead.dealValue, lead.dealCurrency, currency, excluded);
  }
  return { rows: [...rows.values()], excluded };
}
