import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { z } from 'zod';
import {
  ActivitySchema,
  CampaignSchema,
  CompanySchema,
  EmailEvidenceSchema,
  EnrollmentSchema,
  ImportRecordSchema,
  ImportUndoSchema,
  LeadSchema,
  MemberSchema,
  SequenceSchema,
  SettingsSchema,
  TaskSchema,
  TemplateSchema,
} from '../model';
import { withDerivedKeys } from './derived-keys';
import type {
  Activity,
  Campaign,
  Company,
  EmailEvidence,
  Enrollment,
  ImportRecord,
  ImportUndo,
  Lead,
  Member,
  Sequence,
  Settings,
  Task,
  Template,
} from '../model';

export { DB_NAME, SETTINGS_KEY } from './name';

/** The stores and indexes as the newest migration leaves them. */
export interface LeadlineSchema extends DBSchema {
  leads: {
    key: string;
    value: Lead;
    indexes: {
      companyDomain: string;
      stage: string;
      campaignIds: string;
      firstTouchCampaignId: string;
      lastTouchCampaignId: string;
      updatedAt: number;
      identity: string;
      search: string;
      recent: [string, number];
      emailDomains: string;
    };
  };
  emailEvidence: { key: string; value: EmailEvidence; indexes: { domain: string } };
  companies: { key: string; value: Company; indexes: { domain: string; linkedinUrl: string } };
  campaigns: { key: string; value: Campaign; indexes: { utmCampaign: string } };
  sequences: { key: string; value: Sequence };
  enrollments: { key: string; value: Enrollment; indexes: { leadId: string; status: string; sequenceId: string } };
  tasks: { key: string; value: Task; indexes: { statusDueAt: [string, number]; leadId: string } };
  activities: { key: string; value: Activity; indexes: { leadIdAt: [string, number]; at: number } };
  templates: { key: string; value: Template };
  settings: { key: string; value: Settings };
  imports: { key: string; value: ImportRecord; indexes: { at: number } };
  importUndo: { key: string; value: ImportUndo };
  /** Teammates, keyed by user name (migration 009). */
  members: { key: string; value: Member };
}

export type StoreName = StoreNames<LeadlineSchema>;
export type LeadlineDB = IDBPDatabase<LeadlineSchema>;
export type ReadWriteTx<S extends StoreName[]> = IDBPTransaction<LeadlineSchema, S, 'readwrite'>;

/** Every store, in the order a backup lists them. */
export const STORE_NAMES = [
  'leads',
  'companies',
  'campaigns',
  'sequences',
  'enrollments',
  'tasks',
  'activities',
  'templates',
  'settings',
  'imports',
  'importUndo',
  'emailEvidence',
  'members',
] as const satisfies readonly StoreName[];

/** The schema each store's records must satisfy on every read and write. */
export const STORE_SCHEMAS = {
  leads: LeadSchema,
  companies: CompanySchema,
  campaigns: CampaignSchema,
  sequences: SequenceSchema,
  enrollments: EnrollmentSchema,
  tasks: TaskSchema,
  activities: ActivitySchema,
  templates: TemplateSchema,
  settings: SettingsSchema,
  imports: ImportRecordSchema,
  importUndo: ImportUndoSchema,
  emailEvidence: EmailEvidenceSchema,
  members: MemberSchema,
} as const satisfies Record<StoreName, z.ZodType>;

/**
 * Derived keys refreshed on every write through `parseForWrite`, whoever changed the record: a
 * lead's identity keys, search words and recency keys follow its fields and `updatedAt`.
 */
export const BEFORE_WRITE: { [S in StoreName]?: (value: LeadlineSchema[S]['value']) => LeadlineSchema[S]['value'] } = {
  leads: withDerivedKeys,
};
