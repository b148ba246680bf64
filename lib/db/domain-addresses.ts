import type { IDBPDatabase } from 'idb';
import { rebuildDerived } from './rebuild-derived';
import { isFreeMailDomain } from '../keys';
import { DOMAIN_ADDRESS_LIMIT, DomainAddressesSchema, type DomainAddresses, type KnownAtDomain } from '../model';
import { COMPANY_DOMAINS, COMPANY_FOLLOWED, CompanyDomainsKeeper } from './company-domains';
import { DerivedKeeper, type DerivedShape } from './derived-keeper';
import type { LeadlineDB } from './schema';

/*
 * The addresses Leadline holds per domain, one record a domain (migration 013), so a likely-email
 * guess reads one record whatever the number of leads. The summary is derived from the `leads` and
 * `emailEvidence` stores and kept on write: `writeTx` hands its work a transaction whose puts,
 * deletes, clears and cursor writes on those stores also update the domains the record had and
 * has, in the same transaction (they commit together or not at all). Derived, so never synced nor
 * backed up: a restore or a pull rewrites the records, and the summary follows them.
 */

export const DOMAIN_ADDRESSES = 'domainAddresses';
type Kind = 'leads' | 'seen';

/** The stores the summary follows, and which of its lists each feeds. */
const FOLLOWED: Record<string, Kind> = { leads: 'leads', emailEvidence: 'seen' };

const text = (value: unknown, max: number) => (typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined);
const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The entries a stored lead gives, by domain: its confirmed company addresses (an open guess is no
 * evidence of the pattern; webmail says nothing about a company). Reads the record untyped: it may
 * be a migration's, or a previous version's.
 */
export function leadEntries(raw: unknown): Map<string, KnownAtDomain[]> {
  const out = new Map<string, KnownAtDomain[]>();
  if (!isObject(raw) || typeof raw.id !== 'string') return out;
  const fullName = text(raw.fullName, 200);
  if (!fullName) return out;
  const guesses = Array.isArray(raw.emailGuesses) ? raw.emailGuesses : [];
  const open = new Set(
    guesses.filter((g) => isObject(g) && g.confirmedAt === undefined).map((g) => String((g as { email: unknown }).email)),
  );
  const firstName = text(raw.firstName, 100);
  const lastName = text(raw.lastName, 100);
  for (const value of Array.isArray(raw.emails) ? raw.emails : []) {
    if (typeof value !== 'string' || !value.includes('@') || value.length > 254) continue;
    const email = value.toLowerCase();
    const domain = domainOf(email);
    if (open.has(email) || !domain || isFreeMailDomain(domain)) continue;
    const entry: KnownAtDomain = { email, fullName, kind: 'lead', leadId: raw.id };
    if (firstName) entry.firstName = firstName;
    if (lastName) entry.lastName = lastName;
    out.set(domain, [...(out.get(domain) ?? []), entry]);
  }
  return out;
}

/** The entry an evidence record gives, by domain (one at most). */
export function seenEntries(raw: unknown): Map<string, KnownAtDomain[]> {
  const out = new Map<string, KnownAtDomain[]>();
  if (!isObject(raw) || typeof raw.email !== 'string') return out;
  const email = raw.email.toLowerCase();
  const domain = text(raw.domain, 253)?.toLowerCase() ?? domainOf(email);
  const fullName = text(raw.fullName, 200);
  if (!fullName || !domain || isFreeMailDomain(domain)) return out;
  const entry: KnownAtDomain = { email, fullName, kind: raw.kind === 'message' ? 'message' : 'page' };
  const firstName = text(raw.firstName, 100);
  const lastName = text(raw.lastName, 100);
  if (firstName) entry.firstName = firstName;
  if (lastName) entry.lastName = lastName;
  if (typeof raw.url === 'string') entry.url = raw.url;
  if (typeof raw.at === 'number') entry.at = raw.at;
  out.set(domain, [entry]);
  return out;
}

const ENTRIES: Record<Kind, (raw: unknown) => Map<string, KnownAtDomain[]>> = { leads: leadEntries, seen: seenEntries };
const MORE = { leads: 'moreLeads', seen: 'moreSeen' } as const;

/** Whose entries these are: a lead's (by id) or an evidence record's (by address). */
function ownerOf(kind: Kind, raw: unknown): string | undefined {
  if (!isObject(raw)) return undefined;
  const owner = kind === 'leads' ? raw.id : raw.email;
  return typeof owner === 'string' ? (kind === 'seen' ? owner.toLowerCase() : owner) : undefined;
}
const ownedBy = (kind: Kind, entry: KnownAtDomain, owner: string) => (kind === 'leads' ? entry.leadId === owner : entry.email === owner);

const empty = (domain: string): DomainAddresses => ({ domain, leads: [], seen: [], moreLeads: false, moreSeen: false });

/** Adds entries to an in-memory summary (a full build): what does not fit marks the list as having more. */
function addAll(summary: DomainAddresses, kind: Kind, entries: readonly KnownAtDomain[]): void {
  for (const entry of entries) {
    if (summary[kind].length < DOMAIN_ADDRESS_LIMIT) summary[kind].push(entry);
    else summary[MORE[kind]] = true;
  }
}

/** Summaries built from every lead and evidence record (a migration, a seeded benchmark). */
export class SummaryBuilder {
  readonly summaries = new Map<string, DomainAddresses>();
  add(kind: Kind, raw: unknown): void {
    for (const [domain, entries] of ENTRIES[kind](raw)) {
      let summary = this.summaries.get(domain);
      if (!summary) this.summaries.set(domain, (summary = empty(domain)));
      addAll(summary, kind, entries);
    }
  }
}

// ---- Reading ------------------------------------------------------------------------------------

type SummaryDb = IDBPDatabase<{ domainAddresses: { key: string; value: DomainAddresses } }>;

/** The summary of one domain (one indexed read), or undefined when Leadline holds no address there. */
export async function domainAddresses(db: LeadlineDB, domain: string): Promise<DomainAddresses | undefined> {
  const raw = await (db as unknown as SummaryDb).get(DOMAIN_ADDRESSES, domain);
  if (raw === undefined) return undefined;
  const parsed = DomainAddressesSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // Derived data, rewritten on the domain's next change: nothing the user could repair.
  console.warn(`Leadline: the address summary of ${domain} is unreadable`, parsed.error.issues[0]);
  return undefined;
}

/** Rebuilds every summary from the stores (after records were written around `writeTx`: a seeded benchmark). */
export async function rebuildDomainAddresses(db: LeadlineDB): Promise<number> {
  const builder = new SummaryBuilder();
  return rebuildDerived(
    db,
    Object.keys(FOLLOWED),
    (store, raw) => builder.add(FOLLOWED[store]!, raw),
    DOMAIN_ADDRESSES,
    () => builder.summaries.values(),
  );
}

// ---- Keeping on write ---------------------------------------------------------------------------

type Req<T = unknown> = Promise<T>;
interface AnyStore {
  get(key: IDBValidKey): Req;
  put(value: unknown, key?: IDBValidKey): Req;
  delete(key: IDBValidKey): Req;
  clear(): Req;
  openCursor(...args: unknown[]): Req<Cursor | null>;
  index(name: string): { getAll(query: IDBValidKey, count?: number): Req<unknown[]> };
}
interface Cursor {
  value: unknown;
  update(value: unknown): Req;
  delete(): Req;
}

/**
 * The derived stores a write to `stores` keeps: the address summary, and the domains per company
 * name (lib/db/company-domains.ts), each when the database has it (one opened before migration 013
 * or 014 has not).
 */
export function derivedStoresFor(db: LeadlineDB, stores: readonly string[]): string[] {
  const derived: string[] = [];
  if (stores.some((store) => store in FOLLOWED) && db.objectStoreNames.contains(DOMAIN_ADDRESSES as never)) derived.push(DOMAIN_ADDRESSES);
  if (stores.some((store) => store in COMPANY_FOLLOWED) && db.objectStoreNames.contains(COMPANY_DOMAINS as never))
    derived.push(COMPANY_DOMAINS);
  return derived;
}

/** True for a store whose writes keep a derived store (so a put reads the record it replaces unless told). */
export function keepsDerived(store: string): boolean {
  return store in FOLLOWED || store in COMPANY_FOLLOWED;
}

/** What a wrapped store tells of its writes. */
interface Follower {
  changed(store: string, before: unknown, after: unknown): void;
  cleared(store: string): void;
  readonly fail: (error: unknown) => void;
}

const DOMAIN_ADDRESSES_SHAPE: DerivedShape<DomainAddresses> = {
  storeName: DOMAIN_ADDRESSES,
  schema: DomainAddressesSchema,
  empty,
  keyOf: (summary) => summary.domain,
  holdsAnything: (summary) => summary.leads.length > 0 || summary.seen.length > 0,
};

/** The per-transaction keeper of the address summary per domain. */
class Keeper extends DerivedKeeper<DomainAddresses> {
  constructor(
    private readonly tx: { objectStore(name: string): unknown },
    fail: (error: unknown) => void,
  ) {
    super(tx, DOMAIN_ADDRESSES_SHAPE, fail);
  }

  /** `before` was replaced by `after` (undefined: created, or deleted) in `store`. */
  changed(store: string, before: unknown, after: unknown): void {
    const kind = FOLLOWED[store];
    if (!kind) return;
    const owner = ownerOf(kind, before) ?? ownerOf(kind, after);
    if (owner === undefined) return;
    const old = ENTRIES[kind](before);
    const next = ENTRIES[kind](after);
    for (const domain of new Set([...old.keys(), ...next.keys()])) {
      const wanted = next.get(domain) ?? [];
      if (JSON.stringify(old.get(domain) ?? []) === JSON.stringify(wanted)) continue;
      this.update(domain, async (summary) => {
        const kept = summary[kind].filter((entry) => !ownedBy(kind, entry, owner));
        const removed = summary[kind].length - kept.length;
        const room = DOMAIN_ADDRESS_LIMIT - kept.length;
        const added = wanted.slice(0, Math.max(0, room));
        const more = summary[MORE[kind]];
        summary[kind] = added.length || removed ? [...kept, ...added] : summary[kind];
        if (wanted.length > room) summary[MORE[kind]] = true;
        // Fewer kept than the domain has: read the domain's records again (bounded, by index).
        if (summary[MORE[kind]] && removed > wanted.length) {
          await this.refill(store, kind, summary);
          return true;
        }
        return removed > 0 || added.length > 0 || summary[MORE[kind]] !== more;
      });
    }
  }

  /** The whole store was emptied: every summary loses that kind (after the changes already under way). */
  cleared(store: string): void {
    const kind = FOLLOWED[store];
    if (kind) this.clearAll((summary) => ({ ...summary, [kind]: [], [MORE[kind]]: false }));
  }

  private async refill(store: string, kind: Kind, summary: DomainAddresses): Promise<void> {
    const index = (this.tx.objectStore(store) as AnyStore).index(kind === 'leads' ? 'emailDomains' : 'domain');
    const raws = await index.getAll(summary.domain, DOMAIN_ADDRESS_LIMIT + 1);
    summary[kind] = [];
    summary[MORE[kind]] = false;
    for (const raw of raws) addAll(summary, kind, ENTRIES[kind](raw).get(summary.domain) ?? []);
    if (raws.length > DOMAIN_ADDRESS_LIMIT) summary[MORE[kind]] = true;
  }
}

type AnyFn = (...args: unknown[]) => unknown;

/** A cursor whose update and delete tell the keeper; the cursors it moves to are wrapped too. */
function wrapCursor(cursor: Cursor, store: string, keeper: Follower): Cursor {
  return new Proxy(cursor, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      const fn = value as AnyFn;
      if (prop === 'update')
        return (record: unknown) => {
          keeper.changed(store, target.value, record);
          return fn.call(target, record);
        };
      if (prop === 'delete')
        return () => {
          keeper.changed(store, target.value, undefined);
          return fn.call(target);
        };
      if (prop === 'continue' || prop === 'advance' || prop === 'continuePrimaryKey')
        return async (...args: unknown[]) => {
          const moved = (await fn.apply(target, args)) as Cursor | null;
          return moved ? wrapCursor(moved, store, keeper) : moved;
        };
      return fn.bind(target);
    },
  });
}

/** How a wrapped store takes a put whose replaced record the caller already holds (`putReplacing`). */
const PUT_REPLACING = Symbol('leadline.putReplacing');

/**
 * `store.put(record)` where the caller knows what it replaces (`before`; undefined: nothing under
 * that key). A write keeping the address summary reads each record before replacing it; an import
 * that has just read (or created) the leads it writes passes them instead of having each read again.
 * `before` must be the record as stored in this transaction.
 */
export function putReplacing(store: object, record: unknown, before: unknown): Promise<unknown> {
  const special = (store as Record<symbol, unknown>)[PUT_REPLACING];
  if (typeof special === 'function') return (special as (record: unknown, before: unknown) => Promise<unknown>)(record, before);
  return (store as { put(record: unknown): Promise<unknown> }).put(record);
}

/** A followed store (or one of its indexes): writes and cursor writes tell the keeper. */
function wrapSource(source: object, store: string, keeper: Follower, isIndex: boolean): object {
  return new Proxy(source, {
    get(target, prop) {
      if (prop === PUT_REPLACING && !isIndex)
        return (record: unknown, before: unknown) => {
          keeper.changed(store, before, record);
          return (target as unknown as AnyStore).put(record);
        };
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      const fn = value as AnyFn;
      const self = target as unknown as AnyStore;
      if (!isIndex && (prop === 'put' || prop === 'add'))
        return (record: unknown, key?: IDBValidKey) => {
          const id = key ?? (isObject(record) ? record.id : undefined);
          // Read before writing: requests run in order, so this is the record being replaced.
          const before = typeof id === 'string' ? self.get(id) : Promise.resolve(undefined);
          // Handled before the put is made: a put that throws aborts the transaction, and the read with it.
          void before.then((old) => keeper.changed(store, old, record), keeper.fail).catch(keeper.fail);
          return key === undefined ? fn.call(target, record) : fn.call(target, record, key);
        };
      if (!isIndex && prop === 'delete')
        return (key: IDBValidKey | IDBKeyRange) => {
          // Key ranges are not used on these stores; a write that does is refused rather than missed.
          if (typeof key !== 'string') throw new Error(`Leadline: a ranged delete on ${store} cannot keep the address summary`);
          const before = self.get(key);
          void before.then((old) => keeper.changed(store, old, undefined), keeper.fail).catch(keeper.fail);
          return fn.call(target, key);
        };
      if (!isIndex && prop === 'clear')
        return () => {
          const done = fn.call(target);
          keeper.cleared(store);
          return done;
        };
      if (!isIndex && prop === 'index') return (name: string) => wrapSource(fn.call(target, name) as object, store, keeper, true);
      if (prop === 'openCursor')
        return async (...args: unknown[]) => {
          const cursor = (await fn.apply(target, args)) as Cursor | null;
          return cursor ? wrapCursor(cursor, store, keeper) : cursor;
        };
      if (prop === 'iterate')
        return (...args: unknown[]) => {
          const iterator = fn.apply(target, args) as AsyncIterableIterator<Cursor>;
          return (async function* () {
            for await (const cursor of iterator) yield wrapCursor(cursor, store, keeper);
          })();
        };
      return fn.bind(target);
    },
  });
}

/**
 * `tx` wrapped so writes to `leads` and `emailEvidence` keep the address summary, and writes to
 * `leads` and `companies` the domains per company name (`raw` must span the `derived` stores). A
 * derived record that cannot be written aborts the transaction: a write never commits with it behind.
 */
export function keepDomainAddresses<T extends object>(
  tx: T,
  raw: { objectStore(name: string): unknown; abort(): void },
  stores: readonly string[],
  derived: readonly string[] = [DOMAIN_ADDRESSES],
): T {
  const fail = (error: unknown) => {
    // The write was undone already (its work threw): its summary changes go with it.
    if (error instanceof DOMException && error.name === 'AbortError') return;
    console.error('Leadline: the address summary could not be kept; the write is undone', error);
    try {
      raw.abort();
    } catch {
      // Already finished or aborted.
    }
  };
  const keepers: Array<Follower & { follows: Record<string, unknown> }> = [];
  if (derived.includes(DOMAIN_ADDRESSES)) keepers.push(Object.assign(new Keeper(raw, fail), { follows: FOLLOWED }));
  if (derived.includes(COMPANY_DOMAINS)) keepers.push(Object.assign(new CompanyDomainsKeeper(raw, fail), { follows: COMPANY_FOLLOWED }));
  const keeper: Follower = {
    changed: (store, before, after) => keepers.forEach((one) => one.changed(store, before, after)),
    cleared: (store) => keepers.forEach((one) => one.cleared(store)),
    fail,
  };
  const open = (name: string) => {
    const store = (tx as unknown as { objectStore(name: string): object }).objectStore(name);
    return keepers.some((one) => name in one.follows) ? wrapSource(store, name, keeper, false) : store;
  };
  return new Proxy(tx, {
    get(target, prop) {
      if (prop === 'objectStore') return open;
      // The summary widens the transaction; a write that asked for one store still has `tx.store`.
      if (prop === 'store') return stores.length === 1 ? open(stores[0]!) : undefined;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as AnyFn).bind(target) : value;
    },
  });
}
