import { leadEmailState, type LeadEmailState } from '../emails';
import { foldText } from '../keys';
import { ACTIVITY_TYPES, ActivitySchema, type ActivityType, describeZodError, type Lead, LeadSchema, type Stage, STAGES } from '../model';
import { reportProblem } from './problems';
import type { MirrorSpec } from './store-mirror';

// Only the fields lists and reports show are parsed: a full parse of 50,000 leads on every
// refresh would cost more than the table needs. The lead page still parses the full record.
const LeadRowSchema = LeadSchema.pick({
  id: true,
  fullName: true,
  title: true,
  company: true,
  emails: true,
  emailGuesses: true,
  stage: true,
  dealValue: true,
  dealCurrency: true,
  owner: true,
  capturedFrom: true,
  sourceTags: true,
  campaignIds: true,
  firstTouchCampaignId: true,
  lastTouchCampaignId: true,
  createdAt: true,
  updatedAt: true,
  closedAt: true,
  expectedCloseDate: true,
  search: true,
});

/** A lead as the table, the pipeline board and the reports see it. */
export type LeadRow = Pick<
  Lead,
  | 'id'
  | 'fullName'
  | 'title'
  | 'company'
  | 'stage'
  | 'dealValue'
  | 'dealCurrency'
  | 'owner'
  | 'capturedFrom'
  | 'campaignIds'
  | 'firstTouchCampaignId'
  | 'lastTouchCampaignId'
  | 'createdAt'
  | 'updatedAt'
  | 'closedAt'
  | 'expectedCloseDate'
  | 'search'
> & {
  email: string | undefined;
  emailState: LeadEmailState;
  utmSource: string | undefined;
  /** Folded name for sorting without a collator call per comparison. */
  sortName: string;
  sortCompany: string;
};

/** Projects a stored lead to a row, reporting (and skipping) one that fails its schema. */
export function leadRowFrom(raw: unknown): LeadRow | undefined {
  const result = LeadRowSchema.safeParse(raw);
  if (!result.success) {
    const key = typeof raw === 'object' && raw && 'id' in raw ? String(raw.id) : '?';
    reportProblem({ store: 'leads', key, message: describeZodError(result.error) });
    return undefined;
  }
  const { emails, emailGuesses, sourceTags, ...lead } = result.data;
  return {
    ...lead,
    email: emails[0],
    emailState: leadEmailState({ emails, emailGuesses }),
    utmSource: sourceTags.utm_source,
    sortName: foldText(lead.fullName),
    sortCompany: foldText(lead.company ?? ''),
  };
}

// `details` is left out of the parse: reports read only a stage move's from/to, checked below.
const ActivityRowSchema = ActivitySchema.pick({ id: true, leadId: true, type: true, at: true });

/** An activity as reports see it: who, what, when, and for stage moves from where to where. */
export interface ActivityRow {
  id: string;
  leadId: string;
  type: ActivityType;
  at: number;
  fromStage?: Stage;
  toStage?: Stage;
}

const ACTIVITY_TYPE_NAMES: ReadonlySet<string> = new Set(ACTIVITY_TYPES);
const STAGE_NAMES: ReadonlySet<string> = new Set(STAGES);
const isId = (value: unknown): value is string => typeof value === 'string' && value.length >= 1 && value.length <= 200;

/**
 * The four fields a report row keeps, checked by hand where they hold what `ActivityRowSchema`
 * accepts (ids of 1–200 characters, a known type, a whole non-negative time): the reports' first
 * visit reads every activity, and the schema's own walk cost as much as reading them. Anything
 * else goes through the schema, which names the problem.
 */
function plainActivityRow(raw: unknown): Pick<ActivityRow, 'id' | 'leadId' | 'type' | 'at'> | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const { id, leadId, type, at } = raw as Record<string, unknown>;
  if (!isId(id) || !isId(leadId) || typeof type !== 'string' || !ACTIVITY_TYPE_NAMES.has(type)) return undefined;
  if (typeof at !== 'number' || !Number.isSafeInteger(at) || at < 0) return undefined;
  return { id, leadId, type: type as ActivityType, at };
}

/** Projects a stored activity to a row, reporting (and skipping) one that fails its schema. */
export function activityRowFrom(raw: unknown): ActivityRow | undefined {
  let activity = plainActivityRow(raw);
  if (!activity) {
    const result = ActivityRowSchema.safeParse(raw);
    if (!result.success) {
      const key = typeof raw === 'object' && raw && 'id' in raw ? String(raw.id) : '?';
      reportProblem({ store: 'activities', key, message: describeZodError(result.error) });
      return undefined;
    }
    activity = result.data;
  }
  if (activity.type !== 'stage-changed') return activity;
  const details = (raw as { details?: Record<string, unknown> }).details ?? {};
  // `StageSchema` accepts exactly these names: a set lookup, not a schema walk per stage move.
  const stageOf = (value: unknown) => (typeof value === 'string' && STAGE_NAMES.has(value) ? (value as Stage) : undefined);
  return { ...activity, fromStage: stageOf(details.from), toStage: stageOf(details.to) };
}

/** The leads mirror's spec. */
export const LEAD_ROWS: MirrorSpec<LeadRow> = { store: 'leads', project: leadRowFrom };
/** The activities mirror's spec. */
export const ACTIVITY_ROWS: MirrorSpec<ActivityRow> = { store: 'activities', project: activityRowFrom };
