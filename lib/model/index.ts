export { ACTIVITY_TYPES, ActivitySchema, type Activity, type ActivityType } from './activity';
export { CHANNELS, CHANNEL_LABELS, CampaignSchema, type Campaign, type CampaignInput, type CampaignStatus, type Channel } from './campaign';
export { CompanySchema, type Company } from './company';
export { describeZodError } from './describe-error';
export {
  DRAFT_FIELDS,
  ProspectDraftSchema,
  engagementNote,
  type DraftField,
  type EngagementAction,
  type ProspectDraft,
  type ProspectDraftInput,
} from './draft';
export {
  DOMAIN_ADDRESS_LIMIT,
  DomainAddressesSchema,
  EmailEvidenceSchema,
  type DomainAddresses,
  type EmailEvidence,
  type KnownAtDomain,
} from './email-evidence';
export { ImportRecordSchema, ImportUndoSchema, type ImportRecord, type ImportUndo } from './import-record';
export {
  LEAD_FIELDS,
  LeadSchema,
  SocialProfileSchema,
  type EmailConfirmer,
  type EmailGuess,
  type Lead,
  type LeadField,
  type LeadInput,
  type SourceTags,
  type StoredSocialProfile,
} from './lead';
export {
  MailPageSchema,
  MailProviderSchema,
  MailThreadSchema,
  type MailCompose,
  type MailMessage,
  type MailPage,
  type MailPageInput,
  type MailPerson,
  type MailProvider,
  type MailThread,
} from './mail';
export { EmailSchema, IdSchema, IsoDateSchema, MoneySchema, WebUrlSchema, isWebUrl, newId } from './primitives';
export {
  EnrollmentSchema,
  STEP_TYPES,
  STEP_TYPE_LABELS,
  SequenceSchema,
  type Enrollment,
  type FinishReason,
  type Sequence,
  type SequenceInput,
  type SequenceRules,
  type Step,
  type StepType,
} from './sequence';
export {
  DEFAULT_NEVER_CAPTURE,
  PERSONAL_SETTINGS,
  SettingsSchema,
  WORKSPACE_SETTINGS,
  defaultSettings,
  withWorkspaceSettings,
  workspaceSettings,
  type PersonalSettingKey,
  type SavedFilter,
  type Settings,
  type SettingsInput,
  type WorkspaceSettingKey,
} from './settings';
export {
  CAPTURE_SOURCES,
  type CaptureSource,
  NETWORK_HOSTS,
  type Provenance,
  type SocialNetwork,
  type Source,
  SOURCE_LABELS,
  SOURCES,
} from './source';
export { STAGES, STAGE_LABELS, StageSchema, isClosedStage, type Stage } from './stages';
export { TaggingRuleSchema, type TaggingRule } from './tagging-rule';
export { TaskSchema, type Task } from './task';
export { TemplateSchema, type Template, type TemplateChannel } from './template';
export { OutboxEntrySchema, SyncMetaSchema, SyncStateSchema, type OutboxEntry, type SyncMeta, type SyncState } from './sync-state';
export { AssignmentRuleSchema, MemberSchema, memberLabel, type AssignmentRule, type Member, type MemberInput } from './member';
