import type { IDBPTransaction } from 'idb';
import { type LeadlineDB, type LeadlineSchema, parseForWrite, parseStored, parseStoredAll, writeTx } from '../db';
import { foldCompany, foldText, normaliseLinkedinCompanyUrl } from '../keys';
import { type Company, type Lead, newId, type ProspectDraft, type Provenance } from '../model';

/** The company fields a capture can fill, named as the Company record names them. */
export const COMPANY_FIELDS = ['name', 'domain', 'linkedinUrl', 'websiteUrl', 'industry', 'size', 'headquarters'] as const;
export type CompanyField = (typeof COMPANY_FIELDS)[number];
export type CompanyPatch = Partial<Pick<Company, CompanyField>>;

/** One company field a save would change. */
export interface CompanyChange {
  field: CompanyField;
  before: string | undefined;
  after: string;
}

/** What saving a company did: the record, whether it was new, what changed, and how many of its leads point to it. */
export interface SaveCompanyResult {
  company: Company;
  created: boolean;
  changes: CompanyChange[];
  /** Leads of this company (by domain or name) now attached to it, including ones attached before. */
  attached: number;
}

type Stores = ('companies' | 'leads')[];
type AnyTx = IDBPTransaction<LeadlineSchema, Stores, IDBTransactionMode>;

/** A company-only draft (a LinkedIn company page, an organisation's page) as company fields. */
export function companyPatchFromDraft(draft: ProspectDraft): CompanyPatch {
  const patch: CompanyPatch = {
    name: draft.company,
    domain: draft.companyDomain,
    linkedinUrl: normaliseLinkedinCompanyUrl(draft.companyLinkedinUrl),
    websiteUrl: draft.websiteUrl,
    industry: draft.industry,
    size: draft.companySize,
    headquarters: draft.headquarters,
  };
  for (const field of COMPANY_FIELDS) if (!patch[field]?.trim()) delete patch[field];
  return patch;
}

// Legal forms beyond those identity keys ignore (foldCompany), common on company pages across Europe.
const MORE_LEGAL_FORMS = /\b(aps|as|asa|ab|oy|oyj|nv|kg|gmbh co|spa|pty|pvt|llp|lp|sarl|bvba|kk|se)\b/g;

/** True when two company names are the same company written differently ("Northwind Robotics ApS", "NORTHWIND ROBOTICS"). */
export function sameCompanyName(a: string, b: string): boolean {
  const fold = (name: string) => foldCompany(name).replace(MORE_LEGAL_FORMS, ' ').replace(/\s+/g, ' ').trim();
  return fold(a) !== '' && fold(a) === fold(b);
}

/** The stored company with the same LinkedIn page or domain, through the indexes. */
async function findExisting(tx: AnyTx, patch: CompanyPatch): Promise<Company | undefined> {
  const store = tx.objectStore('companies');
  if (patch.linkedinUrl) {
    const found = parseStored('companies', await store.index('linkedinUrl').get(patch.linkedinUrl));
    if (found) return found;
  }
  if (patch.domain) return parseStored('companies', await store.index('domain').get(patch.domain.toLowerCase()));
  return undefined;
}

/** A page's values replace older captured ones: the company page is the authority on its company. */
function planCompany(existing: Company | undefined, patch: CompanyPatch): CompanyChange[] {
  const changes: CompanyChange[] = [];
  for (const field of COMPANY_FIELDS) {
    const after = patch[field];
    if (after !== undefined && after !== existing?.[field]) changes.push({ field, before: existing?.[field], after });
  }
  return changes;
}

/**
 * Leads of this company, through indexes only: the same company domain (`companyDomain` index), or the
 * same company name (the `search` index by the name's longest word, then compared without legal suffixes).
 */
async function leadsOf(tx: AnyTx, company: Company): Promise<Lead[]> {
  const leads = tx.objectStore('leads');
  const found = new Map<string, Lead>();
  if (company.domain) {
    for (const lead of parseStoredAll('leads', await leads.index('companyDomain').getAll(company.domain))) found.set(lead.id, lead);
  }
  const word = foldText(company.name)
    .split(' ')
    .sort((a, b) => b.length - a.length)[0];
  if (word) {
    for (const lead of parseStoredAll('leads', await leads.index('search').getAll(IDBKeyRange.only(word)))) {
      if (lead.company && sameCompanyName(lead.company, company.name)) found.set(lead.id, lead);
    }
  }
  // A lead already tied to another company keeps it: the user (or an earlier capture) decided.
  return [...found.values()].filter((lead) => !lead.companyId || lead.companyId === company.id);
}

/** What saving this company would do, without writing: the stored company (if any), the changes, the leads it would attach. */
export async function previewCompany(
  db: LeadlineDB,
  patch: CompanyPatch,
): Promise<{ existing: Company | undefined; changes: CompanyChange[]; leads: Lead[] }> {
  const tx = db.transaction(['companies', 'leads'], 'readonly') as unknown as AnyTx;
  const existing = await findExisting(tx, patch);
  const changes = planCompany(existing, patch);
  const candidate = { ...(existing ?? { id: '', createdAt: 0, updatedAt: 0 }), ...patch, name: patch.name ?? existing?.name ?? '' };
  return { existing, changes, leads: candidate.name ? await leadsOf(tx, candidate) : [] };
}

/**
 * Saves a captured company (found again by LinkedIn page or domain) and attaches the leads of that
 * company to it: each gets `companyId`, and its company domain when it had none. One transaction.
 */
export async function saveCompany(
  db: LeadlineDB,
  patch: CompanyPatch,
  provenance: Omit<Provenance, 'strategy'>,
  now = Date.now(),
): Promise<SaveCompanyResult> {
  if (!patch.name) throw new Error('A company needs a name');
  return writeTx(db, ['companies', 'leads'], async (tx) => {
    const existing = await findExisting(tx, patch);
    const changes = planCompany(existing, patch);
    const company = parseForWrite('companies', {
      ...existing,
      ...patch,
      id: existing?.id ?? newId(),
      provenance: changes.length || !existing ? provenance : existing.provenance,
      createdAt: existing?.createdAt ?? now,
      updatedAt: changes.length ? now : (existing?.updatedAt ?? now),
    });
    if (changes.length || !existing) await tx.objectStore('companies').put(company);

    const leads = await leadsOf(tx, company);
    for (const lead of leads) {
      if (lead.companyId === company.id && (lead.companyDomain || !company.domain)) continue;
      const next: Lead = { ...lead, companyId: company.id, updatedAt: Math.max(now, lead.updatedAt) };
      if (!lead.companyDomain && company.domain) {
        next.companyDomain = company.domain;
        next.provenance = { ...lead.provenance, companyDomain: { ...provenance, strategy: 'company page' } };
      }
      await tx.objectStore('leads').put(parseForWrite('leads', next));
    }
    return { company, created: !existing, changes, attached: leads.length };
  });
}

/** The company a lead is attached to (undefined when none, or when it was deleted). */
export async function companyOfLead(db: LeadlineDB, lead: Pick<Lead, 'companyId'>): Promise<Company | undefined> {
  return lead.companyId ? parseStored('companies', await db.get('companies', lead.companyId), lead.companyId) : undefined;
}

/** The stored company a captured person works for, by its LinkedIn page or domain (to attach a new lead). */
export async function companyForDraft(db: LeadlineDB, draft: ProspectDraft): Promise<Company | undefined> {
  const tx = db.transaction(['companies', 'leads'], 'readonly') as unknown as AnyTx;
  return findExisting(tx, { linkedinUrl: normaliseLinkedinCompanyUrl(draft.companyLinkedinUrl), domain: draft.companyDomain });
}
