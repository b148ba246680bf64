import { z } from 'zod';
import { EmailSchema, IdSchema, IsoDateSchema, TimestampSchema } from './primitives';
import { AssignmentRuleSchema } from './member';
import { TaggingRuleSchema } from './tagging-rule';

/** Addresses never offered as prospects, whatever the user adds. */
export const DEFAULT_NEVER_CAPTURE = ['noreply@*', 'no-reply@*', 'notifications@*', 'mailer-daemon@*'];

/** A named set of lead-table filters. */
export const SavedFilterSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1).max(100),
  query: z.record(z.string().max(40), z.string().max(500)),
});
export type SavedFilter = z.infer<typeof SavedFilterSchema>;

/** The workspace's settings: one record, every field with a default. */
export const SettingsSchema = z.object({
  /** Signs templates ({{senderName}}). */
  senderName: z.string().trim().max(100).default(''),
  /** The mailbox owner's addresses: learned from Gmail/Outlook or typed here; never captured. */
  ownEmails: z.array(EmailSchema).max(20).default([]),
  /** Addresses learned from a mailbox's account area that the user has not yet seen (a notice offers undo). */
  learnedOwnEmails: z.array(EmailSchema).max(20).default([]),
  /** Addresses the user said are not theirs: never learned again. */
  notOwnEmails: z.array(EmailSchema).max(50).default([]),
  /** Patterns never captured: `name@domain`, `name@*` or `*@domain`. */
  neverCapture: z.array(z.string().trim().toLowerCase().max(200)).max(200).default(DEFAULT_NEVER_CAPTURE),
  /** Off by default: LinkedIn objects to extensions inserting elements into its pages. */
  inPageButton: z.boolean().default(false),
  activeCampaignId: IdSchema.optional(),
  /** ISO 4217 code; all money in this workspace is in it. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD')
    .default('USD'),
  mailProvider: z.enum(['gmail', 'outlook']).default('gmail'),
  notifications: z.boolean().default(false),
  /** IANA zone for due dates; empty means the browser's own. */
  timeZone: z.string().max(100).default(''),
  holidayCountry: z.string().max(10).default(''),
  holidays: z.array(IsoDateSchema).max(500).default([]),
  keepEmailSnippets: z.boolean().default(false),
  backupReminderDays: z.number().int().min(0).max(365).default(0),
  lastBackupAt: TimestampSchema.optional(),
  savedFilters: z.array(SavedFilterSchema).max(100).default([]),
  /** Auto-tagging rules applied to every capture (lib/campaigns/rules.ts). */
  taggingRules: z.array(TaggingRuleSchema).max(200).default([]),
  /** "When a lead reaches <stage>, assign it to <member>" (lib/team/assign.ts); the first enabled rule for a stage wins. */
  assignmentRules: z.array(AssignmentRuleSchema).max(50).default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;

/**
 * Settings that belong to the person at this browser and never leave it: their addresses and
 * mailbox, their active campaign, their reminders, time zone, saved views and backups. With a team
 * server, each teammate keeps their own.
 */
export const PERSONAL_SETTINGS = [
  'senderName',
  'ownEmails',
  'learnedOwnEmails',
  'notOwnEmails',
  'inPageButton',
  'activeCampaignId',
  'mailProvider',
  'notifications',
  // Due dates are cut at the person's own midnight: a rep in another city keeps their day.
  'timeZone',
  // Whether a logged email keeps its text is the mailbox owner's choice.
  'keepEmailSnippets',
  'backupReminderDays',
  'lastBackupAt',
  'savedFilters',
] as const satisfies readonly (keyof Settings)[];

/**
 * Settings the whole team shares through the server: money, the working-day calendar, who is never
 * a prospect, and the rules that tag and assign leads. One document for the workspace.
 */
export const WORKSPACE_SETTINGS = [
  'currency',
  'holidayCountry',
  'holidays',
  'neverCapture',
  'taggingRules',
  'assignmentRules',
] as const satisfies readonly (keyof Settings)[];

export type PersonalSettingKey = (typeof PERSONAL_SETTINGS)[number];
export type WorkspaceSettingKey = (typeof WORKSPACE_SETTINGS)[number];

/** The workspace part of settings (what a team server receives). */
export function workspaceSettings(settings: Settings): Pick<Settings, WorkspaceSettingKey> {
  return Object.fromEntries(WORKSPACE_SETTINGS.map((key) => [key, settings[key]])) as Pick<Settings, WorkspaceSettingKey>;
}

/** `local` with the team's workspace settings laid over it: personal settings stay this browser's. */
export function withWorkspaceSettings(local: Settings, workspace: Partial<Pick<Settings, WorkspaceSettingKey>>): Settings {
  const next: Settings = { ...local };
  for (const key of WORKSPACE_SETTINGS) {
    if (Object.hasOwn(workspace, key) && workspace[key] !== undefined) Object.assign(next, { [key]: workspace[key] });
  }
  return next;
}

/** Settings as a fresh profile has them. */
export function defaultSettings(): Settings {
  return SettingsSchema.parse({});
}
