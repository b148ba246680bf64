import { type LeadlineDB, type LeadlineSchema, parseStored, type StoreName } from '../db';
import type { IDBPObjectStore } from 'idb';
import { withImportedStatuses } from '../emails';
import { disagreeingKinds, identityKeys, isStrongKey, isWeakKey, strongKeysDisagree } from '../keys';
import { cleanPatch, draftLead, type FieldChange, type LeadPatch, mergeIntoLead, type MergeOrigin } from '../leads';
import { type Activity, isClosedStage, LEAD_FIELDS, newId, type Campaign, type Lead } from '../model';
import type { CheckedRow } from './csv';
import type { LineError } from './csv-table';
import type { ImportRow } from './import-row';
import { mergeableLead } from './export-check';

/** What the import does with one row. */
export type RowStatus = 'new' | 'update' | 'unchanged' | 'conflict';

/** One row's fate, as the duplicate report shows it. */
export interface RowOutcome {
  line: number;
  status: RowStatus;
  /** The lead the row creates or merges into. */
  leadId: string;
  name: string;
  email?: string;
  /** Fields the row changes on an existing lead. */
  changes: string[];
  /** Why a row is a conflict, or which earlier line it repeats. */
  note?: string;
  /** True when the row is left out (it matches several leads). */
  skipped?: boolean;
  /**
   * Other leads (stored, or made by earlier rows) with the same name and company whose strong keys
   * disagree: kept apart, for the user to compare under Possible duplicates.
   */
  possibleDuplicates?: Array<{ leadId: string; name: string; line?: number; differs: string[] }>;
}

/** Tags for the whole import: existing campaigns, and optionally one to create by name. */
export interface ImportOptions {
  campaignIds?: readonly string[];
  newCampaignName?: string;
}

/** What planning found: every row's outcome, the errors, and the leads as they would be stored. */
export interface ImportComputation {
  outcomes: RowOutcome[];
  /** Leads to write: new ones and changed existing ones, final state. */
  writes: Lead[];
  /** Existing leads that change, as they are now (for undo). */
  before: Lead[];
  /** Leads created by this import. */
  createdIds: string[];
  /** Campaigns the import creates (named in the file or for the whole import). */
  newCampaigns: Campaign[];
  /** Campaign ids every imported lead gets. */
  tagIds: string[];
  /** Per written lead: the fields that changed (for its timeline entry). */
  changesByLead: Map<string, FieldChange[]>;
  /**
   * Per written lead whose stored record the plan knows: that record as read (undefined: nothing is
   * stored under its id, which this import made). Written with `putReplacing`, not read again.
   */
  replaces: Map<string, unknown>;
  /** Milliseconds spent looking up identity keys, reading matched leads, and deciding. */
  timings: { lookup: number; read: number; decide: number };
}

/** Reads planning needs, from a read-only (plan) or read-write (apply) transaction. */
export interface ImportReader {
  /** The lead under a strong identity key, read in the same request as the key (one per lead found). */
  leadByIdentity(key: string): Promise<unknown>;
  /**
   * The leads under a key (name + company is shared by different people), WEAK_MATCHES_READ at
   * most, in the index's order (by id), read in the same request as the key.
   */
  leadsByIdentity(key: string): Promise<unknown[]>;
  /** True when the identity index holds any key in `range` (one request for many absent keys). */
  anyIdentityIn(range: IDBKeyRange): Promise<boolean>;
  /** The lead of each identity index entry in `range`, in the index's order, `count` at most. */
  leadsWithIdentityIn(range: IDBKeyRange, count: number): Promise<unknown[]>;
  lead(id: string): Promise<unknown>;
  campaigns(): Promise<unknown[]>;
}

/** Reads through the `leads` and `campaigns` stores of one transaction. */
export function readerFor<T extends ArrayLike<StoreName>, M extends IDBTransactionMode>(
  leads: IDBPObjectStore<LeadlineSchema, T, 'leads', M>,
  campaigns: IDBPObjectStore<LeadlineSchema, T, 'campaigns', M>,
): ImportReader {
  const identity = leads.index('identity');
  return {
    leadByIdentity: (key) => identity.get(key),
    leadsByIdentity: (key) => identity.getAll(key, WEAK_MATCHES_READ),
    anyIdentityIn: async (range) => (await identity.getKey(range)) !== undefined,
    leadsWithIdentityIn: (range, count) => identity.getAll(range, count),
    lead: (id) => leads.get(id),
    campaigns: () => campaigns.getAll(),
  };
}

/** Leads read per name + company key. */
const WEAK_MATCHES_READ = 20;

/** Sorted keys asked about per range, then per smaller range, before each key left is looked up alone. */
const PRESENCE_GROUPS = [64, 8] as const;

/**
 * The keys of `sorted` (in IndexedDB's order, which is JavaScript's for strings) that may be in
 * the identity index: ranges of neighbouring keys are asked about first (is any key of the index
 * between the first and the last?), and only the keys of ranges that hold something are looked up
 * one by one. Most keys of an import are new (the people it adds): they are ruled out 64 at a time,
 * where each cost a request of its own. Ranges are asked about all at once, level by level.
 */
export async function keysMaybePresent(reader: Pick<ImportReader, 'anyIdentityIn'>, sorted: readonly string[]): Promise<string[]> {
  let groups: Array<readonly string[]> = [sorted];
  for (const size of PRESENCE_GROUPS) {
    const chunks = groups.flatMap((group) => inGroups(group, size));
    // A lone key is looked up itself: asking about it first would only add a request.
    const held = await Promise.all(
      chunks.map((chunk) =>
        chunk.length === 1 ? Promise.resolve(true) : reader.anyIdentityIn(IDBKeyRange.bound(chunk[0], chunk[chunk.length - 1])),
      ),
    );
    groups = chunks.filter((_, index) => held[index]);
  }
  return groups.flat();
}

/** `keys` in consecutive groups of `size` (the last one shorter). */
const inGroups = (keys: readonly string[], size: number): Array<readonly string[]> =>
  Array.from({ length: Math.ceil(keys.length / size) }, (_, i) => keys.slice(i * size, (i + 1) * size));

/** Ranges `leadsUnderKeys` reads first, to learn whether reading ranges pays in this store. */
const RANGE_PROBES = 4;

/** `count` items of `items`, spread evenly from the first to the last. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  // One item is the first; more are spaced so that the last is the last.
  const step = (items.length - 1) / Math.max(1, count - 1);
  return Array.from({ length: count }, (_, i) => items[Math.round(i * step)]!);
}

/** Index entries per key asked, at most, for a range of keys to be read at once rather than key by key. */
const DENSE_RANGE = 3;

/** What the identity index holds under some keys (see `leadsUnderKeys`). */
export interface KeyOwners {
  /** Per strong key: its first lead's record, as `leadByIdentity` reads it. */
  first: Map<string, unknown>;
  /** Per weak key: the ids of its first WEAK_MATCHES_READ leads, as `leadsByIdentity` reads them. */
  ids: Map<string, string[]>;
  /** Records read along the way, by id (a range read, or a weak key's lookup, brings its leads). */
  read: Map<string, unknown>;
}

/**
 * The leads under each key of `sorted` (keys the identity index may hold, in its order). Each range
 * of neighbouring keys (as `keysMaybePresent` groups them) is read in one request, records and all,
 * up to DENSE_RANGE index entries per key asked: where the index holds no more (an import naming
 * many stored people), each record's own identity keys say which keys it is under. Where it holds
 * more, the keys of that range are looked up one by one, which reads none of the leads between them.
 */
export async function leadsUnderKeys(
  reader: Pick<ImportReader, 'leadByIdentity' | 'leadsByIdentity' | 'leadsWithIdentityIn'>,
  sorted: readonly string[],
): Promise<KeyOwners> {
  const owners: KeyOwners = { first: new Map(), ids: new Map(), read: new Map() };
  const size = PRESENCE_GROUPS[0];
  const groups = inGroups(sorted, size);
  const lookUp = async (key: string) => {
    if (!isWeakKey(key)) return void owners.first.set(key, await reader.leadByIdentity(key));
    // The records come with the key: the plan needs each of them (its name, keys and "not the same
    // as"), and reading them by id afterwards cost a request each (16,000 at 50,000 stored leads).
    const ids: string[] = [];
    for (const raw of await reader.leadsByIdentity(key)) {
      const id = (raw as { id?: unknown } | undefined)?.id;
      if (typeof id !== 'string') continue;
      ids.push(id);
      owners.read.set(id, raw);
    }
    owners.ids.set(key, ids);
  };
  const lookUpEach = async (group: readonly string[]) => void (await Promise.all(group.map(lookUp)));
  /** Reads `group`'s range at once; false, with nothing taken from it, when it holds more than its cap. */
  const readRange = async (group: readonly string[]): Promise<boolean> => {
    const cap = DENSE_RANGE * group.length;
    const raws = await reader.leadsWithIdentityIn(IDBKeyRange.bound(group[0], group[group.length - 1]), cap + 1);
    if (raws.length > cap) return false;
    const wanted = new Set(group);
    const seen = new Set<string>();
    const under = new Map<string, Array<{ id: string; raw: unknown }>>();
    for (const raw of raws) {
      const { id, identity } = raw as { id?: unknown; identity?: unknown };
      // A lead under two keys of the range comes twice: its keys are taken from its record once.
      if (typeof id !== 'string' || seen.has(id) || !Array.isArray(identity)) continue;
      seen.add(id);
      owners.read.set(id, raw);
      for (const key of identity) {
        if (typeof key !== 'string' || !wanted.has(key)) continue;
        const leads = under.get(key) ?? [];
        leads.push({ id, raw });
        under.set(key, leads);
      }
    }
    for (const key of group) {
      // The index lists a key's leads by id: the first, or the first few, as a lookup of the key alone reads them.
      const leads = (under.get(key) ?? []).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      if (isWeakKey(key))
        owners.ids.set(
          key,
          leads.slice(0, WEAK_MATCHES_READ).map((lead) => lead.id),
        );
      else owners.first.set(key, leads[0]?.raw);
    }
    return true;
  };
  // A few ranges spread over the keys are read first. When most of them hold more entries than
  // their cap (a large store, where an import's keys lie far apart), the other ranges are not read
  // at all, only their keys one by one: at 50,000 stored leads every range overflowed, and each
  // had read and decoded its cap of leads for nothing.
  const ranges = groups.filter((group) => group.length > 1);
  const probes = spread(ranges, RANGE_PROBES);
  // The lone keys are asked for before the probes, so waiting for both costs nothing more.
  const [, read] = await Promise.all([
    Promise.all(groups.filter((group) => group.length === 1).map((group) => lookUp(group[0]!))),
    Promise.all(probes.map(readRange)),
  ]);
  const probed = new Map(probes.map((group, index) => [group, read[index]!]));
  const crowded = read.filter((fits) => !fits).length * 2 > read.length;
  await Promise.all(
    ranges.map(async (group) => {
      const fits = probed.get(group) ?? (!crowded && (await readRange(group)));
      if (!fits) await lookUpEach(group);
    }),
  );
  return owners;
}

/** A row's person fields as a lead patch. */
export function patchFromRow(row: ImportRow): LeadPatch {
  const fullName = row.fullName ?? ([row.firstName, row.lastName].filter(Boolean).join(' ') || undefined);
  return cleanPatch({
    fullName,
    firstName: row.firstName,
    lastName: row.lastName,
    emails: row.emails,
    phones: row.phones,
    title: row.title,
    company: row.company,
    companyDomain: row.companyDomain,
    location: row.location,
    linkedinUrl: row.linkedinUrl,
    salesNavId: row.salesNavId,
    websiteUrl: row.websiteUrl,
    socialProfiles: row.socialProfiles,
  });
}

/**
 * Works out what importing `rows` would do, reading through `reader` and writing nothing. Each
 * row is matched to a stored lead by its Leadline id, else by a strong identity key (email,
 * LinkedIn URL, Sales Navigator id, social profile, through the `identity` index), else by name +
 * company when no strong key disagrees (lib/leads/identity.ts), or to a lead an earlier row of the
 * same file creates or changes. Same name and company with disagreeing strong keys are different
 * people: the row becomes its own lead, listed with the other as a possible duplicate. A row
 * matching two different leads is a conflict and is skipped. Merges follow `saveLead`'s rules (`mergeIntoLead`): empty fields fill, lists grow,
 * imported values never replace what the user typed (reported as a conflict); deal fields, notes
 * and custom fields only fill what is empty.
 */
export async function computeImport(
  reader: ImportReader,
  rows: readonly CheckedRow[],
  options: ImportOptions,
  now: number,
): Promise<ImportComputation> {
  const origin: MergeOrigin = { kind: 'import', at: now };
  const campaigns = (await reader.campaigns()).map((raw) => parseStored('campaigns', raw)).filter((c): c is Campaign => !!c);
  const campaignByKey = new Map<string, Campaign>();
  for (const campaign of campaigns) {
    campaignByKey.set(campaign.id, campaign);
    campaignByKey.set(campaign.name.trim().toLowerCase(), campaign);
  }
  const newCampaigns: Campaign[] = [];
  const campaignId = (nameOrId: string): string => {
    const key = nameOrId.trim();
    const found = campaignByKey.get(key) ?? campaignByKey.get(key.toLowerCase());
    if (found) return found.id;
    const created: Campaign = {
      id: newId(),
      name: key.slice(0, 200),
      channel: 'other',
      cost: 0,
      notes: '',
      status: 'active',
      createdAt: now,
      updatedAt: now,
    };
    newCampaigns.push(created);
    campaignByKey.set(key.toLowerCase(), created);
    return created.id;
  };
  const tagIds = [...(options.campaignIds ?? []).filter((id) => campaignByKey.has(id))];
  if (options.newCampaignName?.trim()) tagIds.push(campaignId(options.newCampaignName));

  // Phase 1: every lookup at once (one round trip's worth of waiting, not one per row).
  const t0 = performance.now();
  const prepared = rows.map((checked) => {
    const patch = patchFromRow(checked.row);
    return { checked, patch, keys: identityKeys(patch) };
  });
  // Strong keys (email, LinkedIn, Sales Navigator, social profiles) to the lead holding each.
  const keyOwner = new Map<string, string>();
  // Keys and ids are asked for in sorted order: neighbouring lookups then read neighbouring parts of
  // the index, which the storage engine has just read (at 50,000 leads, lookups in file order
  // jump all over an index larger than its cache).
  // A strong key's lead is read with it (the index's record, not its key then the record: one
  // request instead of two per lead found), and checked once however many keys lead to it.
  const stored = new Map<string, Lead>();
  // Each stored lead as read, before its check: what a write of it replaces.
  const storedRaw = new Map<string, unknown>();
  // Keys the index cannot hold (ruled out by ranges) are not looked up one by one.
  const maybe = new Set(await keysMaybePresent(reader, [...new Set(prepared.flatMap(({ keys }) => keys))].sort()));
  const strongKeys = [...new Set(prepared.flatMap(({ keys }) => keys.filter((key) => isStrongKey(key) && maybe.has(key))))];
  const idLookups = new Map<string, Promise<unknown>>();
  for (const { checked } of prepared) {
    if (checked.row.id && !idLookups.has(checked.row.id)) idLookups.set(checked.row.id, reader.lead(checked.row.id));
  }
  // Name + company: every lead under it (different people may share it), for every row.
  const weakOwners = new Map<string, string[]>();
  const weakKeys = [...new Set(prepared.flatMap(({ keys }) => keys.filter((key) => isWeakKey(key) && maybe.has(key))))];
  // Every request is queued before any answer is awaited: the database never waits for the page.
  const found = await leadsUnderKeys(reader, [...strongKeys, ...weakKeys].sort());
  strongKeys.forEach((key) => {
    const raw = found.first.get(key);
    const id = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : undefined;
    if (id === undefined) return;
    keyOwner.set(key, id);
    if (stored.has(id)) return;
    const lead = mergeableLead(raw, id);
    if (lead) stored.set(id, lead);
    if (lead) storedRaw.set(id, raw);
  });
  weakKeys.forEach((key) => {
    const ids = found.ids.get(key) ?? [];
    if (ids.length) weakOwners.set(key, ids);
  });
  await Promise.all(
    [...idLookups].map(async ([id, lookup]) => {
      const raw = await lookup;
      if (stored.has(id)) return;
      const lead = mergeableLead(raw, id);
      if (lead) stored.set(id, lead);
      if (lead) storedRaw.set(id, raw);
    }),
  );
  // Phase 2: the leads those keys belong to.
  const t1 = performance.now();
  const missing = [...new Set([...keyOwner.values(), ...[...weakOwners.values()].flat()])].filter((id) => !stored.has(id)).sort();
  await Promise.all(
    missing.map(async (id) => {
      const raw = found.read.has(id) ? found.read.get(id) : await reader.lead(id);
      const lead = mergeableLead(raw, id);
      if (lead) stored.set(id, lead);
      if (lead) storedRaw.set(id, raw);
    }),
  );

  // Phase 3: decide row by row, in file order; no awaiting from here on.
  const t2 = performance.now();
  const current = new Map<string, Lead>();
  const before = new Map<string, Lead>();
  const createdIds = new Set<string>();
  const changesByLead = new Map<string, FieldChange[]>();
  const firstLine = new Map<string, number>();
  const replaces = new Map<string, unknown>();
  const claimedKeys = new Map<string, string>();
  const claimedWeak = new Map<string, string[]>();
  const outcomes: RowOutcome[] = [];
  const leadFor = (id: string) => current.get(id) ?? stored.get(id);
  const claim = (lead: Lead) => {
    for (const key of lead.identity) {
      if (!isWeakKey(key)) claimedKeys.set(key, lead.id);
      else if (!(claimedWeak.get(key) ?? []).includes(lead.id)) claimedWeak.set(key, [...(claimedWeak.get(key) ?? []), lead.id]);
    }
  };

  for (const { checked, patch, keys } of prepared) {
    const { row, line } = checked;
    const byId = row.id && leadFor(row.id) ? row.id : undefined;
    let candidates = new Set<string>();
    // Leads (stored or from earlier rows) with the same name and company.
    const sameName = new Set(
      keys
        .filter(isWeakKey)
        .flatMap((key) => [...(weakOwners.get(key) ?? []), ...(claimedWeak.get(key) ?? [])])
        .filter((id) => leadFor(id) !== undefined),
    );
    if (byId) candidates.add(byId);
    else {
      // A shared strong key decides; name + company only without one, and only where no strong key disagrees.
      candidates = new Set(
        keys
          .filter(isStrongKey)
          .map((key) => claimedKeys.get(key) ?? keyOwner.get(key))
          .filter((owner): owner is string => owner !== undefined && leadFor(owner) !== undefined),
      );
      if (!candidates.size) candidates = new Set([...sameName].filter((id) => !strongKeysDisagree(leadFor(id)!.identity, keys)));
    }
    const possibleDuplicates = (targetId: string | undefined) =>
      [...sameName]
        .filter((id) => id !== targetId && !leadFor(id)!.notSameAs?.includes(targetId ?? ''))
        .map((id) => {
          const other = leadFor(id)!;
          const otherLine = createdIds.has(id) ? firstLine.get(id) : undefined;
          return {
            leadId: id,
            name: other.fullName,
            ...(otherLine !== undefined ? { line: otherLine } : {}),
            differs: disagreeingKinds(keys, other.identity),
          };
        })
        .filter((duplicate) => duplicate.differs.length);
    const rowCampaigns = [...new Set([...row.campaigns.map(campaignId), ...tagIds])];
    const name = patch.fullName ?? patch.emails?.[0] ?? '';

    if (candidates.size > 1) {
      const names = [...candidates].map((id) => leadFor(id)?.fullName ?? id);
      outcomes.push({
        line,
        status: 'conflict',
        leadId: [...candidates][0]!,
        name,
        email: patch.emails?.[0],
        changes: [],
        skipped: true,
        note: `Matches ${candidates.size} different leads (${names.join(', ')}); skipped so that they are not merged`,
      });
      continue;
    }

    const [targetId] = candidates;
    if (targetId === undefined) {
      const id = row.id ?? newId();
      // A new id has nothing under it; an id from the file may hold a record that failed its check.
      if (row.id === undefined) replaces.set(id, undefined);
      // Checked, with its search and recency keys worked out, when it is got ready to write (readyWrites).
      let lead = draftLead(patch, { patch, origin, campaignIds: rowCampaigns, extras: newLeadExtras(row) }, now, id);
      if (row.createdAt !== undefined) lead = { ...lead, createdAt: row.createdAt };
      if (row.emailStatus) lead = withImportedStatuses(undefined, lead, statusRows(row), now);
      if (isClosedStage(lead.stage)) lead = { ...lead, closedAt: now };
      current.set(id, lead);
      createdIds.add(id);
      const duplicates = possibleDuplicates(id);
      firstLine.set(id, line);
      claim(lead);
      outcomes.push({
        line,
        status: 'new',
        leadId: id,
        name: lead.fullName,
        email: lead.emails[0],
        changes: [],
        ...(duplicates.length ? { possibleDuplicates: duplicates, note: duplicateNote(duplicates) } : {}),
      });
      continue;
    }

    const existing = leadFor(targetId)!;
    // Index keys are worked out once, when the lead is checked for writing (applyImport); only its
    // identity keys are needed here, for the rows after it.
    const merged = mergeIntoLead(existing, patch, { origin, campaignIds: rowCampaigns }, now, false);
    const statused = withImportedStatuses(existing, merged.lead, statusRows(row), now);
    const filled = fillEmpty(statused, row);
    const touched = merged.touched || filled.fields.length > 0 || statused !== merged.lead;
    const kept = keptUserValues(existing, patch);
    const earlier = firstLine.get(targetId);
    const changes = [...merged.changes.map((change) => change.field), ...filled.fields];
    if (merged.lead.campaignIds.length !== existing.campaignIds.length) changes.push('campaigns');
    if (touched) {
      if (!createdIds.has(targetId) && !before.has(targetId)) {
        before.set(targetId, stored.get(targetId)!);
        replaces.set(targetId, storedRaw.get(targetId));
      }
      const lead = { ...filled.lead, identity: identityKeys(filled.lead) };
      current.set(targetId, lead);
      changesByLead.set(targetId, [...(changesByLead.get(targetId) ?? []), ...merged.changes]);
      claim(lead);
    }
    const duplicates = possibleDuplicates(targetId);
    if (earlier === undefined) firstLine.set(targetId, line);
    const status: RowStatus = kept.length ? 'conflict' : touched ? 'update' : 'unchanged';
    const notes = [
      ...(earlier !== undefined && earlier !== line ? [`Same person as line ${earlier}`] : []),
      ...kept,
      ...(duplicates.length ? [duplicateNote(duplicates)] : []),
    ];
    outcomes.push({
      line,
      status,
      leadId: targetId,
      name: filled.lead.fullName,
      email: filled.lead.emails[0],
      changes: touched ? changes : [],
      ...(notes.length ? { note: notes.join('; ') } : {}),
      ...(duplicates.length ? { possibleDuplicates: duplicates } : {}),
    });
  }

  const writes = [...current.values()];
  const used = new Set(writes.flatMap((lead) => lead.campaignIds));
  return {
    outcomes,
    writes,
    before: [...before.values()],
    createdIds: [...createdIds],
    newCampaigns: newCampaigns.filter((campaign) => used.has(campaign.id)),
    tagIds,
    changesByLead,
    replaces,
    timings: { lookup: t1 - t0, read: t2 - t1, decide: performance.now() - t2 },
  };
}

/** "Possible duplicate of Kai Smith (line 4; different email)" */
function duplicateNote(duplicates: NonNullable<RowOutcome['possibleDuplicates']>): string {
  return `Possible duplicate of ${duplicates
    .map(
      (duplicate) =>
        `${duplicate.name} (${[duplicate.line !== undefined ? `line ${duplicate.line}` : 'already a lead', `different ${duplicate.differs.join(', ')}`].join('; ')})`,
    )
    .join(', ')}: kept as a separate lead`;
}

/** Each address of a row with the status the file gives it (none: the import confirms it). */
function statusRows(row: ImportRow): Array<readonly [string, 'guessed' | 'confirmed' | undefined]> {
  return row.emails.map((email, index) => [email, row.emailStatus?.[index]] as const);
}

/** Deal fields, notes and custom fields a new lead starts with. */
function newLeadExtras(row: ImportRow) {
  return {
    ...(row.stage ? { stage: row.stage } : {}),
    ...(row.dealValue !== undefined ? { dealValue: row.dealValue } : {}),
    ...(row.expectedCloseDate ? { expectedCloseDate: row.expectedCloseDate } : {}),
    ...(row.lostReason ? { lostReason: row.lostReason } : {}),
    ...(row.owner ? { owner: row.owner } : {}),
    ...(row.notes ? { notes: row.notes } : {}),
    customFields: row.customFields,
  };
}

/** Fills an existing lead's empty deal fields, notes and missing custom fields from the row. */
function fillEmpty(lead: Lead, row: ImportRow): { lead: Lead; fields: string[] } {
  const next: Lead = { ...lead };
  const fields: string[] = [];
  const fill = <K extends 'dealValue' | 'expectedCloseDate' | 'lostReason' | 'owner' | 'notes'>(key: K, value: Lead[K] | undefined) => {
    if (value === undefined || value === '' || (lead[key] !== undefined && lead[key] !== '')) return;
    next[key] = value;
    fields.push(key);
  };
  fill('dealValue', row.dealValue);
  fill('expectedCloseDate', row.expectedCloseDate);
  fill('lostReason', row.lostReason);
  fill('owner', row.owner);
  fill('notes', row.notes);
  const custom = Object.entries(row.customFields).filter(([key]) => !Object.hasOwn(lead.customFields, key));
  if (custom.length) {
    next.customFields = { ...lead.customFields, ...Object.fromEntries(custom) };
    fields.push(...custom.map(([key]) => key));
  }
  return fields.length ? { lead: next, fields } : { lead, fields };
}

/** Values in the file that differ from ones the user typed (which the import keeps). */
function keptUserValues(lead: Lead, patch: LeadPatch): string[] {
  const kept: string[] = [];
  for (const field of LEAD_FIELDS) {
    const incoming = patch[field];
    if (incoming === undefined || Array.isArray(incoming) || !lead.editedFields.includes(field)) continue;
    const value = lead[field];
    if (typeof value === 'string' && value && value !== incoming) kept.push(`Kept your ${field} “${value}” (file: “${incoming}”)`);
  }
  return kept;
}

/** The plan the dashboard shows before anything is written. */
export interface ImportPlan {
  outcomes: RowOutcome[];
  errors: LineError[];
  counts: Record<RowStatus | 'errors' | 'skipped', number>;
  /** Rows kept apart from a lead with the same name and company (strong keys disagree). */
  possibleDuplicates: number;
  /** The first leads as they would be stored. */
  preview: Lead[];
  /** Names of campaigns the import would create. */
  newCampaigns: string[];
  /** Where the time went, in milliseconds. */
  timings: Record<string, number>;
}

/** Plans an import against the database in one read-only transaction; writes nothing. */
export async function planImport(
  db: LeadlineDB,
  rows: readonly CheckedRow[],
  errors: readonly LineError[],
  options: ImportOptions = {},
  now = Date.now(),
): Promise<ImportPlan> {
  return (await prepareImport(db, rows, errors, options, now)).plan;
}

/**
 * What the stores looked like when a plan was made: lead and campaign counts and the most
 * recently updated lead. Every lead write moves `updatedAt` forward, so an unchanged watermark
 * (plus unchanged versions of the leads the plan changes) means the plan still holds.
 */
export interface Watermark {
  leads: number;
  campaigns: number;
  newest: string;
}

/** A plan with what applying it needs, so a confirm soon after need not match every row again. */
export interface PlannedImport {
  computation: ImportComputation;
  watermark: Watermark;
  now: number;
  /** Its leads checked and their timeline entries, when made ahead (`readyWrites`) for this file. */
  ready?: ReadyWrites;
}

/** A plan's leads checked for writing and their timeline entries, for a file of this name. */
export interface ReadyWrites {
  fileName: string;
  leads: Lead[];
  activities: Activity[];
}

/** Reads the watermark through a transaction over `leads` and `campaigns`. */
export async function readWatermark<T extends ArrayLike<StoreName>, M extends IDBTransactionMode>(
  leads: IDBPObjectStore<LeadlineSchema, T, 'leads', M>,
  campaigns: IDBPObjectStore<LeadlineSchema, T, 'campaigns', M>,
): Promise<Watermark> {
  const [leadCount, campaignCount, cursor] = await Promise.all([
    leads.count(),
    campaigns.count(),
    leads.index('updatedAt').openKeyCursor(null, 'prev'),
  ]);
  return { leads: leadCount, campaigns: campaignCount, newest: cursor ? `${String(cursor.key)}|${String(cursor.primaryKey)}` : '' };
}

/** Plans an import and keeps what applying it needs (see `applyImport`'s `planned`). */
export async function prepareImport(
  db: LeadlineDB,
  rows: readonly CheckedRow[],
  errors: readonly LineError[],
  options: ImportOptions = {},
  now = Date.now(),
): Promise<{ plan: ImportPlan; planned: PlannedImport }> {
  const tx = db.transaction(['leads', 'campaigns'], 'readonly');
  const leads = tx.objectStore('leads');
  const campaigns = tx.objectStore('campaigns');
  const [watermark, computation] = await Promise.all([
    readWatermark(leads, campaigns),
    computeImport(readerFor(leads, campaigns), rows, options, now),
  ]);
  return { plan: summarise(computation, errors), planned: { computation, watermark, now } };
}

/** Counts and preview of a computation. */
export function summarise(computation: ImportComputation, errors: readonly LineError[]): ImportPlan {
  const counts = { new: 0, update: 0, unchanged: 0, conflict: 0, skipped: 0, errors: errors.length };
  for (const outcome of computation.outcomes) {
    counts[outcome.status]++;
    if (outcome.skipped) counts.skipped++;
  }
  const byId = new Map(computation.writes.map((lead) => [lead.id, lead]));
  const preview: Lead[] = [];
  for (const outcome of computation.outcomes) {
    const lead = byId.get(outcome.leadId);
    if (lead && !preview.includes(lead)) preview.push(lead);
    if (preview.length >= 5) break;
  }
  const possibleDuplicates = computation.outcomes.filter((outcome) => outcome.possibleDuplicates?.length).length;
  return {
    outcomes: computation.outcomes,
    errors: [...errors],
    counts,
    possibleDuplicates,
    preview,
    newCampaigns: computation.newCampaigns.map((c) => c.name),
    timings: { ...computation.timings },
  };
}
