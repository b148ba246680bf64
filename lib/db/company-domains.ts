import type { IDBPDatabase } from 'idb';
import { DerivedKeeper, type DerivedShape } from './derived-keeper';
import { rebuildDerived } from './rebuild-derived';
import { z } from 'zod';
import { isFreeMail, normaliseDomain } from '../emails';
import { foldCompany } from '../keys';
import type { LeadlineDB } from './schema';

/*
 * The domains Leadline knows for each company name, one record a name (migration 014), so that
 * finding a company's domain for a likely-email guess is one read by key, whatever the number of
 * leads and captured company pages. `pages` counts the captured company pages (the `companies`
 * store) of that name by domain; `leads` counts the leads of that name by the company domains they
 * hold (their company domain and their confirmed company addresses). Kept on write by `writeTx`
 * beside the address summary (lib/db/domain-addresses.ts), in the same transaction; derived, so
 * never synced nor backed up.
 */

export const COMPANY_DOMAINS = 'companyDomains';
/** Distinct domains kept per name and list: a name shared by many unrelated leads stays one small record. */
export const COMPANY_DOMAIN_LIMIT = 50;

const Counts = z
  .record(z.string().max(253), z.number().int().nonnegative())
  .refine((counts) => Object.keys(counts).length <= COMPANY_DOMAIN_LIMIT);
export const CompanyDomainsSchema = z.object({ name: z.string().min(1).max(400), pages: Counts, leads: Counts });
export type CompanyDomains = z.infer<typeof CompanyDomainsSchema>;
type Kind = 'pages' | 'leads';

/** The stores the record follows, and which of its counts each feeds. */
export const COMPANY_FOLLOWED: Record<string, Kind> = { leads: 'leads', companies: 'pages' };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const usableDomain = (value: unknown) => {
  const domain = typeof value === 'string' ? normaliseDomain(value) : '';
  return domain && !isFreeMail(domain) ? domain : undefined;
};

/**
 * Folded company names and usable domains by the text they came from. A pull or an import writes
 * many leads of one company: its keeper folds each distinct name and domain once per transaction.
 */
export class ContributionCache {
  private readonly names = new Map<string, string>();
  private readonly domains = new Map<string, string | undefined>();

  name(company: string): string {
    let name = this.names.get(company);
    if (name === undefined) this.names.set(company, (name = foldCompany(company).slice(0, 400)));
    return name;
  }

  domain(value: unknown): string | undefined {
    if (typeof value !== 'string') return undefined;
    if (this.domains.has(value)) return this.domains.get(value);
    const domain = usableDomain(value);
    this.domains.set(value, domain);
    return domain;
  }
}

/**
 * The name and domains one stored record gives (untyped: a migration's, or a previous version's),
 * or undefined when it gives none. `cache` remembers names and domains already folded.
 */
export function companyContribution(kind: Kind, raw: unknown, cache?: ContributionCache): { name: string; domains: string[] } | undefined {
  if (!isObject(raw)) return undefined;
  const company = kind === 'leads' ? raw.company : raw.name;
  const name = typeof company !== 'string' ? '' : cache ? cache.name(company) : foldCompany(company).slice(0, 400);
  if (!name) return undefined;
  const usable = cache ? (value: unknown) => cache.domain(value) : usableDomain;
  const found =
    kind === 'leads'
      ? [raw.companyDomain, ...(Array.isArray(raw.emailDomains) ? (raw.emailDomains as unknown[]) : [])].map(usable)
      : [usable(raw.domain ?? raw.websiteUrl)];
  const domains = [...new Set(found.filter((domain): domain is string => !!domain))];
  return domains.length ? { name, domains } : undefined;
}

const empty = (name: string): CompanyDomains => ({ name, pages: {}, leads: {} });

function add(counts: Record<string, number>, domains: readonly string[], by: 1 | -1): void {
  for (const domain of domains) {
    const next = (counts[domain] ?? 0) + by;
    if (next <= 0) delete counts[domain];
    // A domain that does not fit is left out: the ones already counted are the name's usual ones.
    else if (domain in counts || Object.keys(counts).length < COMPANY_DOMAIN_LIMIT) counts[domain] = next;
  }
}

/** Records built from every lead and company (a migration, a seeded benchmark). */
export class CompanyDomainsBuilder {
  readonly records = new Map<string, CompanyDomains>();
  add(store: string, raw: unknown): void {
    const kind = COMPANY_FOLLOWED[store];
    const found = kind ? companyContribution(kind, raw) : undefined;
    if (!kind || !found) return;
    let record = this.records.get(found.name);
    if (!record) this.records.set(found.name, (record = empty(found.name)));
    add(record[kind], found.domains, 1);
  }
}

type RecordDb = IDBPDatabase<{ companyDomains: { key: string; value: CompanyDomains } }>;

/** The domains known for a company name (one read by key), or undefined when none is known. */
export async function companyDomains(db: LeadlineDB, company: string): Promise<CompanyDomains | undefined> {
  const name = foldCompany(company);
  if (!name || !db.objectStoreNames.contains(COMPANY_DOMAINS as never)) return undefined;
  const parsed = CompanyDomainsSchema.safeParse(await (db as unknown as RecordDb).get(COMPANY_DOMAINS, name.slice(0, 400)));
  return parsed.success ? parsed.data : undefined;
}

/** Rebuilds every record from the stores (after records were written around `writeTx`: a seeded benchmark). */
export async function rebuildCompanyDomains(db: LeadlineDB): Promise<number> {
  const builder = new CompanyDomainsBuilder();
  return rebuildDerived(
    db,
    ['leads', 'companies'],
    (store, raw) => builder.add(store, raw),
    COMPANY_DOMAINS,
    () => builder.records.values(),
  );
}

const COMPANY_DOMAINS_SHAPE: DerivedShape<CompanyDomains> = {
  storeName: COMPANY_DOMAINS,
  schema: CompanyDomainsSchema,
  empty,
  keyOf: (record) => record.name,
  holdsAnything: (record) => Object.keys(record.pages).length > 0 || Object.keys(record.leads).length > 0,
};

/** The per-transaction keeper of the domains per company name. */
export class CompanyDomainsKeeper extends DerivedKeeper<CompanyDomains> {
  private readonly folded = new ContributionCache();

  constructor(tx: { objectStore(name: string): unknown }, fail: (error: unknown) => void) {
    super(tx, COMPANY_DOMAINS_SHAPE, fail);
  }

  /** `before` was replaced by `after` (undefined: created, or deleted) in `store`. */
  changed(store: string, before: unknown, after: unknown): void {
    const kind = COMPANY_FOLLOWED[store];
    if (!kind) return;
    const old = companyContribution(kind, before, this.folded);
    const next = companyContribution(kind, after, this.folded);
    if (JSON.stringify(old) === JSON.stringify(next)) return;
    if (old)
      this.update(old.name, (record) => {
        add(record[kind], old.domains, -1);
        return true;
      });
    if (next)
      this.update(next.name, (record) => {
        add(record[kind], next.domains, 1);
        return true;
      });
  }

  /** The whole store was emptied: every record loses its counts (after the changes already under way). */
  cleared(store: string): void {
    const kind = COMPANY_FOLLOWED[store];
    if (kind) this.clearAll((record) => ({ ...record, [kind]: {} }));
  }
}
