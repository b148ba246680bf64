import { z } from 'zod';
import { normaliseLinkedinProfileUrl, salesNavIdFromUrl, socialProfilesOf } from '../keys';
import {
  describeZodError,
  EmailSchema,
  IdSchema,
  IsoDateSchema,
  LeadSchema,
  MoneySchema,
  STAGE_LABELS,
  STAGES,
  WebUrlSchema,
  type StoredSocialProfile,
  type Stage,
} from '../model';
import { customKey } from './map-row';

/** One CSV row, checked and typed: what the import planner works with. */
export interface ImportRow {
  id?: string;
  fullName?: string;
  firstName?: string;
  lastName?: string;
  emails: string[];
  /** Guessed or confirmed per address (Leadline's "Email status" column), in the order of `emails`. */
  emailStatus?: Array<'guessed' | 'confirmed' | undefined>;
  phones: string[];
  title?: string;
  company?: string;
  companyDomain?: string;
  location?: string;
  linkedinUrl?: string;
  salesNavId?: string;
  websiteUrl?: string;
  /** Social profiles, each "<network> <handle> <address>" as Leadline writes them (or just the address). */
  socialProfiles?: StoredSocialProfile[];
  stage?: Stage;
  dealValue?: number;
  expectedCloseDate?: string;
  lostReason?: string;
  owner?: string;
  notes?: string;
  campaigns: string[];
  createdAt?: number;
  customFields: Record<string, string>;
}

const lead = LeadSchema.shape;
const list = (text: string | undefined) => (text ? text.split(/\s*;\s*/).filter(Boolean) : []);

/** "acme.com" → "https://acme.com": people paste websites without the scheme. */
function withScheme(value: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
}

function parseStage(value: string): Stage | undefined {
  const folded = value.trim().toLowerCase();
  return STAGES.find((stage) => stage === folded || STAGE_LABELS[stage].toLowerCase() === folded);
}

/** "12,500.00", "12 500", "$4200" → a number; undefined when it is not an amount. */
function parseAmount(value: string): number | undefined {
  const cleaned = value.replace(/[\s\u00a0$€£¥]/g, '').replace(/^([A-Z]{3})/, '');
  let normalised = cleaned;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(cleaned)) normalised = cleaned.replace(/,/g, '');
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(cleaned)) normalised = cleaned.replace(/\./g, '').replace(',', '.');
  else if (/^\d+,\d{1,2}$/.test(cleaned)) normalised = cleaned.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normalised)) return undefined;
  const amount = Number(normalised);
  return MoneySchema.safeParse(amount).success ? amount : undefined;
}

/** Label-qualified checks: the message names the field the way the mapping editor does. */
function check<T>(label: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new RowError(`${label}: ${describeZodError(result.error).replace(/^[^:]*: /, '')}`);
  return result.data;
}

class RowError extends Error {}

/**
 * Checks one mapped row (field → text, as `mapRow` makes it) with the lead schemas and turns it into
 * an ImportRow, or says in one line what is wrong with it.
 */
export function validateRow(row: Readonly<Record<string, string>>): { ok: true; row: ImportRow } | { ok: false; message: string } {
  try {
    return { ok: true, row: toImportRow(row) };
  } catch (error) {
    if (error instanceof RowError) return { ok: false, message: error.message };
    throw error;
  }
}

function toImportRow(row: Readonly<Record<string, string>>): ImportRow {
  const out: ImportRow = { emails: [], phones: [], campaigns: [], customFields: Object.create(null) as Record<string, string> };
  if (row.id) out.id = check('Leadline ID', IdSchema, row.id.trim());
  if (row.fullName) out.fullName = check('Full name', lead.fullName, row.fullName);
  if (row.firstName) out.firstName = check('First name', lead.firstName, row.firstName);
  if (row.lastName) out.lastName = check('Last name', lead.lastName, row.lastName);
  for (const email of [row.email, ...list(row.otherEmails)]) {
    if (!email) continue;
    const parsed = EmailSchema.safeParse(email);
    if (!parsed.success) throw new RowError(`Email: “${email}” is not a valid email address`);
    if (!out.emails.includes(parsed.data)) out.emails.push(parsed.data);
  }
  if (row.emailStatus) {
    const statuses = list(row.emailStatus).map((word) => word.toLowerCase());
    const wrong = statuses.find((word) => word !== 'guessed' && word !== 'confirmed');
    if (wrong !== undefined) throw new RowError(`Email status: “${wrong}” is not guessed or confirmed`);
    out.emailStatus = statuses as Array<'guessed' | 'confirmed'>;
  }
  out.phones = check(
    'Phone',
    lead.phones,
    [row.phone, ...list(row.otherPhones)].filter((phone): phone is string => !!phone),
  );
  if (row.title) out.title = check('Title', lead.title, row.title);
  if (row.company) out.company = check('Company', lead.company, row.company);
  if (row.companyDomain) {
    out.companyDomain = check('Company domain', lead.companyDomain, row.companyDomain.replace(/^https?:\/\//i, '').replace(/\/.*$/, ''));
  }
  if (row.location) out.location = check('Location', lead.location, row.location);
  if (row.linkedinUrl) {
    const profile = normaliseLinkedinProfileUrl(row.linkedinUrl);
    const salesNav = salesNavIdFromUrl(row.linkedinUrl);
    if (profile) out.linkedinUrl = profile;
    else if (salesNav) out.salesNavId = salesNav;
    else throw new RowError(`LinkedIn URL: “${row.linkedinUrl}” is not a LinkedIn profile address (linkedin.com/in/…)`);
  }
  if (row.salesNavId) {
    const id = salesNavIdFromUrl(row.salesNavId) ?? row.salesNavId.trim();
    if (/^https?:/i.test(id)) throw new RowError(`Sales Navigator ID: “${row.salesNavId}” is not a Sales Navigator lead address`);
    out.salesNavId = check('Sales Navigator ID', lead.salesNavId, id);
  }
  if (row.websiteUrl) out.websiteUrl = check('Website', WebUrlSchema, withScheme(row.websiteUrl));
  if (row.socialProfiles) {
    const profiles = list(row.socialProfiles).map((item) => {
      const words = item.split(/\s+/);
      const address = words.at(-1) ?? '';
      const profile = socialProfilesOf([{ url: address, handle: words.length > 2 ? words.slice(1, -1).join(' ') : undefined }])[0];
      if (!profile) throw new RowError(`Social profiles: “${item.slice(0, 80)}” is not a profile address on a network Leadline knows`);
      return profile;
    });
    out.socialProfiles = check('Social profiles', lead.socialProfiles, profiles);
  }
  if (row.stage) {
    const stage = parseStage(row.stage);
    if (!stage) throw new RowError(`Stage: “${row.stage}” is not one of ${STAGES.map((s) => STAGE_LABELS[s]).join(', ')}`);
    out.stage = stage;
  }
  if (row.dealValue) {
    const amount = parseAmount(row.dealValue);
    if (amount === undefined) throw new RowError(`Deal value: “${row.dealValue}” is not an amount`);
    out.dealValue = amount;
  }
  if (row.expectedCloseDate) out.expectedCloseDate = check('Expected close date', IsoDateSchema, row.expectedCloseDate);
  if (row.lostReason) out.lostReason = check('Lost reason', z.string().trim().max(2000), row.lostReason);
  if (row.owner) out.owner = check('Owner', z.string().trim().max(100), row.owner);
  if (row.notes?.trim()) out.notes = check('Notes', lead.notes, row.notes);
  if (row.campaigns) out.campaigns = row.campaigns.split(/\s*;\s*/).filter(Boolean);
  if (row.createdAt) {
    const at = Date.parse(row.createdAt);
    if (!Number.isFinite(at) || at < 0) throw new RowError(`Created: “${row.createdAt}” is not a date and time`);
    out.createdAt = at;
  }
  for (const [key, value] of Object.entries(row)) {
    const custom = customKey(key);
    if (custom)
      Object.defineProperty(out.customFields, custom, {
        enumerable: true,
        writable: true,
        configurable: true,
        value: check(`Custom field ${custom}`, z.string().max(2000), value),
      });
  }
  if (!out.fullName && !out.firstName && !out.lastName && !out.emails.length) {
    throw new RowError('This row has neither a name nor an email address');
  }
  return out;
}
