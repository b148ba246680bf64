import type { Lead, Sequence, Settings, Task } from '../model';
import type { EarlyToday } from './early-today';
import type { FollowUp, TodayList } from './today';

// The popup's early read, checked only for the fields its first rows show (no zod: the early script,
// entrypoints/popup/early-today.ts, stays a few kilobytes and draws those rows before the main script
// runs). Anything unexpected, anywhere, and nothing is drawn early: the main script still checks
// every record with its schema, and React's first render shows what that check keeps.

/** "Today" as the early script draws it: the list, in the browser's zone, under the settings its rows need. */
export interface EarlyTodayPage extends TodayList {
  settings: Pick<Settings, 'mailProvider' | 'senderName'>;
  timeZone: string;
}

type Raw = Record<string, unknown>;

/** The step types the schema knows (`STEP_TYPES` in lib/model/sequence.ts, which brings zod; a test holds the two equal). */
export const EARLY_STEP_TYPES: readonly string[] = ['email', 'linkedin-connect', 'linkedin-message', 'call', 'task'];
const isStepType = (value: unknown) => typeof value === 'string' && EARLY_STEP_TYPES.includes(value);

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const isName = (value: unknown, max: number): value is string => isText(value, max) && value.trim().length > 0;
const isOptionalText = (value: unknown, max: number) => value === undefined || isText(value, max);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
/** A list of at most `max` items that all pass `check`; a missing list reads as empty, as the schemas default it. */
const listOf = <T>(value: unknown, max: number, check: (item: unknown) => item is T): T[] | undefined =>
  value === undefined ? [] : Array.isArray(value) && value.length <= max && value.every(check) ? value : undefined;

const isTask = (raw: unknown): raw is Task =>
  isRecord(raw) &&
  isName(raw.id, 200) &&
  isName(raw.leadId, 200) &&
  raw.status === 'open' &&
  isStepType(raw.type) &&
  isName(raw.title, 300) &&
  isOptionalText(raw.instructions, 5000) &&
  isTime(raw.dueAt) &&
  isOptionalText(raw.sequenceId, 200) &&
  isOptionalText(raw.stepId, 200);

const isGuess = (raw: unknown): raw is Lead['emailGuesses'][number] =>
  isRecord(raw) &&
  isText(raw.email, 320) &&
  isText(raw.pattern, 40) &&
  (raw.approvedAt === undefined || isTime(raw.approvedAt)) &&
  (raw.confirmedAt === undefined || isTime(raw.confirmedAt));
const isE164 = (raw: unknown): raw is Lead['phoneE164'][number] =>
  isRecord(raw) && isText(raw.phone, 60) && isText(raw.e164, 16) && isOptionalText(raw.ext, 6);
const isPhone = (raw: unknown): raw is string => isName(raw, 60);
const isEmail = (raw: unknown): raw is string => isName(raw, 320);

/** The lead fields a row shows or its step's button needs, array defaults filled in; undefined when one is off. */
function leadOf(raw: unknown): Lead | undefined {
  if (!isRecord(raw) || !isName(raw.fullName, 200) || !isOptionalText(raw.linkedinUrl, 2048)) return undefined;
  const emails = listOf(raw.emails, 20, isEmail);
  const phones = listOf(raw.phones, 20, isPhone);
  const phoneE164 = listOf(raw.phoneE164, 20, isE164);
  const emailGuesses = listOf(raw.emailGuesses, 20, isGuess);
  if (!emails || !phones || !phoneE164 || !emailGuesses) return undefined;
  return { ...raw, emails, phones, phoneE164, emailGuesses } as unknown as Lead;
}

const isStep = (raw: unknown): raw is Sequence['steps'][number] =>
  isRecord(raw) && isName(raw.id, 200) && isStepType(raw.type) && isOptionalText(raw.templateId, 200);

function sequenceOf(raw: unknown): Sequence | undefined {
  if (!isRecord(raw)) return undefined;
  const steps = listOf(raw.steps, 50, isStep);
  return steps ? ({ ...raw, steps } as unknown as Sequence) : undefined;
}

/**
 * The early read as rows, when every record it holds has the shape those rows need and the settings
 * leave the day cut in the browser's zone; undefined otherwise (then nothing is drawn early).
 */
export function earlyTodayShape(early: EarlyToday): EarlyTodayPage | undefined {
  const settings = early.settings;
  if (settings !== undefined && !isRecord(settings)) return undefined;
  const { timeZone = '', mailProvider = 'gmail', senderName } = settings ?? {};
  // Another zone named (or one that cannot be read): the main script cuts the day itself.
  if (timeZone !== '' && timeZone !== early.zone) return undefined;
  if (mailProvider !== 'gmail' && mailProvider !== 'outlook') return undefined;
  if (!isOptionalText(senderName, 200)) return undefined;
  const { records } = early;
  if (!isTime(records.overdueCount) || !isTime(records.todayCount)) return undefined;

  const leads = new Map<string, Lead | undefined>();
  for (const [id, raw] of records.leads) {
    const lead = raw === undefined ? undefined : leadOf(raw);
    if (raw !== undefined && !lead) return undefined;
    leads.set(id, lead);
  }
  const sequences = new Map<string, Sequence | undefined>();
  for (const [id, raw] of records.sequences) {
    const sequence = raw === undefined ? undefined : sequenceOf(raw);
    if (raw !== undefined && !sequence) return undefined;
    sequences.set(id, sequence);
  }
  const rows = (raws: unknown[]): FollowUp[] | undefined => {
    if (!raws.every(isTask)) return undefined;
    return raws.map((task) => {
      const sequence = task.sequenceId ? sequences.get(task.sequenceId) : undefined;
      return { task, lead: leads.get(task.leadId), sequence, step: sequence?.steps.find((step) => step.id === task.stepId) };
    });
  };
  const overdue = rows(records.overdue);
  const today = rows(records.today);
  const upcoming = rows(records.upcoming);
  if (!overdue || !today || !upcoming) return undefined;
  return {
    overdue,
    today,
    upcoming,
    overdueCount: records.overdueCount,
    todayCount: records.todayCount,
    settings: { mailProvider, senderName: typeof senderName === 'string' ? senderName : '' },
    timeZone: early.zone,
  };
}
