import { leadEmailState, type LeadEmailState } from '../emails';
import { foldText } from '../keys';
import { z } from 'zod';
import {
  ACTIVITY_TYPES,
  ActivitySchema,
  type ActivityType,
  describeZodError,
  type Lead,
  LeadSchema,
  type Source,
  SOURCES,
  type Stage,
  STAGES,
} from '../model';
import { reportProblem } from './problems';
import type { MirrorSpec } from './store-mirror';

// Only the fields lists and reports show are parsed: a full parse of 50,000 leads on every
// refresh would cost more than the table needs. The lead page still parses the full record.
export const LeadRowSchema = LeadSchema.pick({
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
> & {
  email: string | undefined;
  emailState: LeadEmailState;
  utmSource: string | undefined;
  /** Folded name for sorting without a collator call per comparison. */
  sortName: string;
  sortCompany: string;
  /**
   * The lead's search tokens in one string, each after a line feed (`SEARCH_TOKEN_START`): one
   * string a row instead of some twenty-five, which a heap of 50,000 rows marks on every major
   * collection. A query word, letters and digits only, starts a token where it follows a line feed.
   */
  searchText: string;
};

/** What precedes each token in `LeadRow.searchText`. */
export const SEARCH_TOKEN_START = '\n';

const STAGE_NAMES: ReadonlySet<string> = new Set(STAGES);
const isId = (value: unknown): value is string => typeof value === 'string' && value.length >= 1 && value.length <= 200;
const SOURCE_NAMES: ReadonlySet<string> = new Set(SOURCES);
// The pattern `z.email()` checks by default, so both paths agree on what an address is.
const EMAIL_PATTERN = z.regexes.email;
const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A string the schema's `.trim()` leaves as it is, of `min`–`max` characters. */
const isTrimmed = (value: unknown, max: number, min = 0): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max && value.trim() === value;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const optional = <T>(value: unknown, check: (value: unknown) => value is T): value is T | undefined => value === undefined || check(value);
const isStoredEmail = (value: unknown): value is string =>
  typeof value === 'string' && value.trim().toLowerCase() === value && EMAIL_PATTERN.test(value);
const isMoney = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const CURRENCY = /^[A-Z]{3}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isCurrency = (value: unknown): value is string => typeof value === 'string' && CURRENCY.test(value);
const isDay = (value: unknown): value is string => typeof value === 'string' && DAY.test(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isTag = (value: unknown): value is string => typeof value === 'string' && value.length <= 200;
const isTitle = (value: unknown): value is string => isTrimmed(value, 300);
const isCompany = (value: unknown): value is string => isTrimmed(value, 200);
const isOwner = (value: unknown): value is string => isTrimmed(value, 100);
const isStage = (value: unknown): value is Stage => typeof value === 'string' && STAGE_NAMES.has(value);
const isSource = (value: unknown): value is Source => typeof value === 'string' && SOURCE_NAMES.has(value);

/** The key a problem names a stored record by: its `id` as text, or `?` when it has none. */
const problemKey = (raw: unknown): string => (isRecord(raw) && 'id' in raw ? String(raw.id) : '?');

/** An array every item of which passes `check`, or `undefined` (the schema's default `[]`). */
function listOf<T>(value: unknown, check: (item: unknown) => item is T, max = Infinity): T[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > max) return undefined;
  for (let i = 0; i < value.length; i++) if (!check(value[i])) return undefined;
  return value as T[];
}

type LeadRowFields = z.output<typeof LeadRowSchema>;

/**
 * The row's fields of a lead stored as Leadline writes it, checked by hand where they hold what
 * `LeadRowSchema` accepts and its `.trim()` and `.toLowerCase()` would leave unchanged: every
 * dashboard load projects every lead, and in an extension page (no eval, so no zod JIT) the
 * schema's walk costs more than the read. A lead with email guesses, or anything the checks do not
 * know, goes through the schema, which names the problem.
 */
function plainLeadRow(raw: unknown): LeadRowFields | undefined {
  if (!isRecord(raw)) return undefined;
  const { id, fullName, title, company, owner, stage = 'new', capturedFrom = 'manual', sourceTags = {} } = raw;
  const { dealValue, dealCurrency, expectedCloseDate, firstTouchCampaignId, lastTouchCampaignId, createdAt, updatedAt, closedAt } = raw;
  if (!isId(id) || !isTrimmed(fullName, 200, 1) || !isTime(createdAt) || !isTime(updatedAt) || !optional(closedAt, isTime))
    return undefined;
  if (!isStage(stage) || !isSource(capturedFrom) || !optional(title, isTitle) || !optional(company, isCompany) || !optional(owner, isOwner))
    return undefined;
  if (!optional(dealValue, isMoney) || !optional(dealCurrency, isCurrency) || !optional(expectedCloseDate, isDay)) return undefined;
  if (!optional(firstTouchCampaignId, isId) || !optional(lastTouchCampaignId, isId)) return undefined;
  if (raw.emailGuesses !== undefined && (!Array.isArray(raw.emailGuesses) || raw.emailGuesses.length > 0)) return undefined;
  if (!isRecord(sourceTags) || !UTM_KEYS.every((key) => optional(sourceTags[key], isTag))) return undefined;
  const utmSource = sourceTags.utm_source as string | undefined;
  const emails = listOf(raw.emails, isStoredEmail, 20);
  const campaignIds = listOf(raw.campaignIds, isId);
  const search = listOf(raw.search, isString);
  if (!emails || !campaignIds || !search) return undefined;
  return {
    id,
    fullName,
    title,
    company,
    emails,
    emailGuesses: [],
    stage,
    dealValue,
    dealCurrency,
    owner,
    capturedFrom,
    sourceTags: { utm_source: utmSource },
    campaignIds,
    firstTouchCampaignId,
    lastTouchCampaignId,
    createdAt,
    updatedAt,
    closedAt,
    expectedCloseDate,
    search,
  };
}

/** Projects a stored lead to a row, reporting (and skipping) one that fails its schema. */
export function leadRowFrom(raw: unknown): LeadRow | undefined {
  let lead = plainLeadRow(raw);
  if (!lead) {
    const result = LeadRowSchema.safeParse(raw);
    if (!result.success) {
      reportProblem({ store: 'leads', key: problemKey(raw), message: describeZodError(result.error) });
      return undefined;
    }
    lead = result.data;
  }
  return {
    id: lead.id,
    fullName: lead.fullName,
    title: lead.title,
    company: lead.company,
    stage: lead.stage,
    dealValue: lead.dealValue,
    dealCurrency: lead.dealCurrency,
    owner: lead.owner,
    capturedFrom: lead.capturedFrom,
    campaignIds: lead.campaignIds,
    firstTouchCampaignId: lead.firstTouchCampaignId,
    lastTouchCampaignId: lead.lastTouchCampaignId,
    createdAt: lead.createdAt,
    updatedAt: lead.updatedAt,
    closedAt: lead.closedAt,
    expectedCloseDate: lead.expectedCloseDate,
    email: lead.emails[0],
    emailState: leadEmailState(lead),
    utmSource: lead.sourceTags.utm_source,
    sortName: foldText(lead.fullName),
    sortCompany: foldText(lead.company ?? ''),
    searchText: lead.search.length ? SEARCH_TOKEN_START + lead.search.join(SEARCH_TOKEN_START) : '',
  };
}

const ACTIVITY_TYPE_NAMES: ReadonlySet<string> = new Set(ACTIVITY_TYPES);

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

/**
 * The four fields a report row keeps, checked by hand where they hold what `ActivityRowSchema`
 * accepts (ids of 1–200 characters, a known type, a whole non-negative time): the reports' first
 * visit reads every activity, and the schema's own walk cost as much as reading them. Anything
 * else goes through the schema, which names the problem.
 */
function plainActivityRow(raw: unknown): Pick<ActivityRow, 'id' | 'leadId' | 'type' | 'at'> | undefined {
  if (!isRecord(raw)) return undefined;
  const { id, leadId, type, at } = raw;
  if (!isId(id) || !isId(leadId) || typeof type !== 'string' || !ACTIVITY_TYPE_NAMES.has(type) || !isTime(at)) return undefined;
  return { id, leadId, type: type as ActivityType, at };
}

/** Projects a stored activity to a row, reporting (and skipping) one that fails its schema. */
export function activityRowFrom(raw: unknown): ActivityRow | undefined {
  let activity = plainActivityRow(raw);
  if (!activity) {
    const result = ActivityRowSchema.safeParse(raw);
    if (!result.success) {
      reportProblem({ store: 'activities', key: problemKey(raw), message: describeZodError(result.error) });
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
