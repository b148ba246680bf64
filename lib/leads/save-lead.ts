import { type LeadlineDB, parseForWrite, parseStored, writeTx } from '../db';
import { confirmEmails, withGuessedEmail } from '../emails';
import {
  type Activity,
  type EmailGuess,
  type EngagementAction,
  engagementNote,
  type Lead,
  type LeadField,
  LeadSchema,
  newId,
  SOURCE_LABELS,
  type SourceTags,
} from '../model';
import { identityKeys, isStrongKey, isWeakKey, strongKeysDisagree } from '../keys';
import { cleanPatch, type LeadPatch } from './lead-fields';
import { applyMerge, markTyped, planMerge, type FieldChange, type MergeOrigin } from './lead-merge';
import { withoutKnownPhones, withPhoneNumbers } from './phone-numbers';

/** Lead fields beyond the person's identity that a new lead may start with. */
export type LeadExtras = Partial<
  Pick<Lead, 'stage' | 'dealValue' | 'expectedCloseDate' | 'lostReason' | 'owner' | 'notes' | 'customFields' | 'companyId' | 'sample'>
>;

/** What to save: person fields, how they were obtained, and the campaign context of the capture. */
export interface SaveLeadInput {
  patch: LeadPatch;
  origin: MergeOrigin;
  campaignIds?: readonly string[];
  sourceTags?: SourceTags;
  /** Merge into this lead (the user chose it) instead of looking one up by identity. */
  targetId?: string;
  /**
   * Values the user typed while reviewing a capture: applied after `patch` as manual edits, so they are
   * the user's from then on (a later capture never overwrites them).
   */
  typed?: LeadPatch;
  extras?: LeadExtras;
  /** What the person was seen doing on a social network: one "Replied to <post URL>" entry on the timeline. */
  engagement?: { action: EngagementAction; url: string };
  /** A likely address the user added while reviewing: stored marked guessed, with its provenance. */
  guess?: EmailGuess;
}

/** Another lead with the same name and company that the save did not merge into. */
export interface PossibleDuplicate {
  id: string;
  fullName: string;
  company?: string;
}

/** The lead as stored, whether it was new, and which fields changed. */
export interface SaveLeadResult {
  lead: Lead;
  created: boolean;
  changes: FieldChange[];
  /** Leads sharing the name + company whose strong keys disagree (or that were not chosen): listed for the user to merge by hand. */
  possibleDuplicates: PossibleDuplicate[];
}

/** What the leads' `identity` index offers a lookup (idb's wrapper, in any transaction mode). */
interface IdentityIndex {
  get(key: string): Promise<unknown>;
  getAll(key: string, count?: number): Promise<unknown[]>;
}

/** What an identity lookup found: the lead to merge into, if any, and the possible duplicates. */
export interface IdentityMatch {
  lead: Lead | undefined;
  possibleDuplicates: Lead[];
}

/** Leads read per name + company key: more people than that sharing one name at one company is not a real case. */
const WEAK_MATCHES_READ = 20;

/**
 * The lead `keys` belong to, by the identity rule (lib/leads/identity.ts): a shared strong key
 * decides (email first, then LinkedIn, Sales Navigator, social profiles); name + company matches
 * only a lead whose strong keys do not disagree with `keys`. Every other lead sharing name + company
 * is a possible duplicate (unless the user said it is not the same person). Index reads only.
 */
export async function matchByIdentity(index: IdentityIndex, keys: readonly string[]): Promise<IdentityMatch> {
  const strong = keys.filter(isStrongKey);
  const weak = keys.filter(isWeakKey);
  // Every key at once (one round trip, not one per key); the first strong key in priority order wins.
  const [strongFound, weakFound] = await Promise.all([
    Promise.all(strong.map((key) => index.get(key))),
    Promise.all(weak.map((key) => index.getAll(key, WEAK_MATCHES_READ))),
  ]);
  let lead: Lead | undefined;
  for (const raw of strongFound) {
    lead = parseStored('leads', raw);
    if (lead) break;
  }
  const sameName = new Map<string, Lead>();
  for (const raw of weakFound.flat()) {
    const found = parseStored('leads', raw);
    if (found && !sameName.has(found.id)) sameName.set(found.id, found);
  }
  lead ??= [...sameName.values()].find((candidate) => !strongKeysDisagree(candidate.identity, keys));
  const possibleDuplicates = [...sameName.values()].filter(
    (candidate) => candidate.id !== lead?.id && !lead?.notSameAs?.includes(candidate.id) && !candidate.notSameAs?.includes(lead?.id ?? ''),
  );
  return { lead, possibleDuplicates };
}

const summary = (lead: Lead): PossibleDuplicate => ({
  id: lead.id,
  fullName: lead.fullName,
  ...(lead.company ? { company: lead.company } : {}),
});

/**
 * Saves a lead: finds an existing one by any identity key (or `targetId`) and merges into it, or
 * creates a new one; records an activity. One transaction: two captures of the same person racing
 * from two tabs end as one lead, because the second transaction sees the first one's write.
 */
export async function saveLead(db: LeadlineDB, input: SaveLeadInput, now = Date.now()): Promise<SaveLeadResult> {
  const patch = cleanPatch(input.patch);
  const typed = cleanPatch(input.typed ?? {});
  return writeTx(db, ['leads', 'activities'], async (tx) => {
    const leads = tx.objectStore('leads');
    const match = input.targetId
      ? { lead: parseStored('leads', await leads.get(input.targetId)), possibleDuplicates: [] }
      : await matchByIdentity(leads.index('identity'), identityKeys({ ...patch, ...typed }));
    const existing = match.lead;
    if (input.targetId && !existing) throw new Error('That lead no longer exists');
    const possibleDuplicates = match.possibleDuplicates.map(summary);

    const activities = tx.objectStore('activities');
    if (!existing) {
      const created = createLead(patch, { ...input, typed }, now);
      const lead = input.guess ? parseForWrite('leads', withGuessedEmail(created, input.guess, now)) : created;
      await Promise.all([
        leads.put(lead),
        activities.put(activityFor(lead, input.origin, now, true, [])),
        input.engagement ? activities.put(engagementActivity(lead, input, now)) : undefined,
      ]);
      return { lead, created: true, changes: [], possibleDuplicates };
    }

    const merged = mergeIntoLead(existing, patch, { ...input, typed }, now);
    let { lead, touched } = merged;
    const { changes } = merged;
    // A page or file showing an address the lead only had as a guess confirms it.
    if (input.origin.kind !== 'manual') {
      const confirmed = confirmEmails(lead, patch.emails ?? [], input.origin.kind, now);
      if (confirmed.confirmed.length) {
        lead = confirmed.lead;
        touched = true;
      }
    }
    if (input.guess && !lead.emails.includes(input.guess.email)) {
      changes.push({ field: 'emails', before: lead.emails, after: [...lead.emails, input.guess.email] });
      lead = withGuessedEmail(lead, input.guess, now);
      touched = true;
    }
    // A capture is worth a timeline entry even when nothing changed; a repeated import is not.
    await Promise.all([
      touched ? leads.put(parseForWrite('leads', lead)) : undefined,
      touched || input.origin.kind === 'capture' ? activities.put(activityFor(lead, input.origin, now, false, changes)) : undefined,
      input.engagement ? activities.put(engagementActivity(lead, input, now)) : undefined,
    ]);
    return { lead: touched ? lead : existing, created: false, changes, possibleDuplicates };
  });
}

/** What saving would do, without writing: the existing lead it would merge into and the changes. */
export async function previewSave(
  db: LeadlineDB,
  input: Pick<SaveLeadInput, 'patch' | 'origin' | 'targetId' | 'typed'>,
): Promise<{ existing: Lead | undefined; changes: FieldChange[]; possibleDuplicates: Lead[] }> {
  const patch = cleanPatch(input.patch);
  const typed = cleanPatch(input.typed ?? {});
  const tx = db.transaction('leads', 'readonly');
  const match = input.targetId
    ? { lead: parseStored('leads', await tx.store.get(input.targetId)), possibleDuplicates: [] }
    : await matchByIdentity(tx.store.index('identity'), identityKeys({ ...patch, ...typed }));
  const existing = match.lead;
  return {
    existing,
    changes: existing ? mergeTyped(existing, patch, typed, input.origin, Date.now()).changes : [],
    possibleDuplicates: match.possibleDuplicates,
  };
}

/** Merges the captured patch, then the typed one as a manual edit; the changes of both, one per field. */
function mergeTyped(
  lead: Lead,
  incoming: LeadPatch,
  typed: LeadPatch,
  origin: MergeOrigin,
  now: number,
  derive = true,
): { lead: Lead; changes: FieldChange[] } {
  // One phone written two ways is one phone: compared by E.164 (lib/leads/phone-numbers.ts).
  const patch = withoutKnownPhones(lead, incoming);
  const captured = planMerge(lead, patch, origin);
  let next = applyMerge(lead, captured, origin, now, derive);
  // New phones or addresses (their country), or a phone stored before its E.164 form was: read them again.
  if (
    captured.length &&
    (captured.some((change) => change.field === 'phones' || change.field === 'emails') || next.phoneE164.length < next.phones.length)
  ) {
    next = withPhoneNumbers(next);
  }
  if (!Object.keys(typed).length) return { lead: next, changes: captured };
  const manual = planMerge(next, typed, { kind: 'manual' });
  next = applyMerge(next, manual, { kind: 'manual' }, now, derive);
  if (manual.some((change) => change.field === 'phones' || change.field === 'emails')) next = withPhoneNumbers(next);
  const fields = new Set(manual.map((change) => change.field));
  const changes = [
    ...captured.filter((change) => !fields.has(change.field)),
    ...manual.map((change) => ({ ...change, before: lead[change.field] })),
  ];
  return { lead: next, changes };
}

/**
 * The merge step of a save, without storage: `patch` (already cleaned) merged into `existing` with
 * the merge rules, then `typed` as manual edits, the campaigns added and the source tags kept;
 * `touched` is false when nothing changed. The batched import path uses it too, so both follow the
 * same rules. With `derive: false` the index keys (search, recency, identity…) are left as they
 * were: for a caller that checks the lead with `parseForWrite`, which works them out, before using
 * or writing it.
 */
export function mergeIntoLead(
  existing: Lead,
  patch: LeadPatch,
  input: Pick<SaveLeadInput, 'origin' | 'campaignIds' | 'sourceTags' | 'typed'>,
  now: number,
  derive = true,
): { lead: Lead; changes: FieldChange[]; touched: boolean } {
  const merged = mergeTyped(existing, patch, input.typed ?? {}, input.origin, now, derive);
  let lead = withCampaigns(merged.lead, input.campaignIds ?? []);
  lead = markTyped({ ...lead, sourceTags: { ...input.sourceTags, ...existing.sourceTags } }, typedFields(patch, input), now);
  const touched =
    merged.changes.length > 0 ||
    lead.editedFields.length !== existing.editedFields.length ||
    lead.campaignIds.length !== existing.campaignIds.length ||
    lead.lastTouchCampaignId !== existing.lastTouchCampaignId ||
    JSON.stringify(lead.sourceTags) !== JSON.stringify(existing.sourceTags);
  return { lead, changes: merged.changes, touched };
}

/** A new lead from a cleaned patch (and `input.typed`), as a save creates it (`id` for imports that carry their own). */
export function createLead(patch: LeadPatch, input: SaveLeadInput, now: number, id = newId()): Lead {
  // parseForWrite works out the index keys: not before it as well.
  return parseForWrite('leads', uncheckedLead(patch, input, now, id));
}

/**
 * A new lead as `createLead` makes it, before its check: with its identity keys (matching needs
 * them) but not its other index keys. For an import, whose report needs only these, and which
 * checks each lead (working out the rest) when it gets it ready to write.
 */
export function draftLead(patch: LeadPatch, input: SaveLeadInput, now: number, id = newId()): Lead {
  const lead = uncheckedLead(patch, input, now, id);
  return { ...lead, identity: identityKeys(lead) };
}

function uncheckedLead(patch: LeadPatch, input: SaveLeadInput, now: number, id: string): Lead {
  const typed = input.typed ?? {};
  const fullName = typed.fullName ?? patch.fullName ?? fallbackName({ ...patch, ...typed });
  const base = {
    ...input.extras,
    id,
    fullName,
    createdAt: now,
    updatedAt: now,
    stageChangedAt: now,
    capturedFrom: input.origin.kind === 'capture' ? input.origin.provenance.source : input.origin.kind === 'import' ? 'import' : 'manual',
    sourceTags: input.sourceTags ?? {},
    campaignIds: [],
  };
  const { lead } = mergeTyped(withDefaults(base), { ...patch, fullName: patch.fullName ?? fullName }, typed, input.origin, now, false);
  return withCampaigns(markTyped(lead, typedFields(patch, input), now), input.campaignIds ?? []);
}

let defaults: Record<string, unknown> | undefined;

/**
 * `base` over the schema's defaults (empty lists, stage "new"…), unchecked: a new lead is checked
 * once, when it is complete (an import creates thousands, and each check walks the whole schema).
 */
function withDefaults(base: Record<string, unknown>): Lead {
  // The defaults are the schema's own: read from it once, by parsing the smallest lead it accepts.
  defaults ??= Object.fromEntries(
    Object.entries(LeadSchema.parse({ id: 'defaults', fullName: '-', createdAt: 0, updatedAt: 0 })).filter(
      ([key]) => !['id', 'fullName', 'createdAt', 'updatedAt'].includes(key),
    ),
  );
  // Every default is a primitive or an empty list or record: fresh shallow copies are enough (a
  // structuredClone costs many times as much).
  const lead: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(defaults))
    lead[key] = Array.isArray(value) ? [...(value as unknown[])] : isRecord(value) ? { ...value } : value;
  for (const [key, value] of Object.entries(base)) if (value !== undefined) lead[key] = value;
  return lead as Lead;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The fields the user typed: all of a manual save ("Add a lead"), else those typed while reviewing a capture. */
function typedFields(patch: LeadPatch, input: Pick<SaveLeadInput, 'origin' | 'typed'>): LeadField[] {
  const typed = Object.keys(input.typed ?? {}) as LeadField[];
  return input.origin.kind === 'manual' ? [...new Set([...(Object.keys(patch) as LeadField[]), ...typed])] : typed;
}

/** Someone known only by email is named after the address until the user names them. */
function fallbackName(patch: LeadPatch): string {
  const email = patch.emails?.[0];
  if (email) return email.split('@')[0] ?? email;
  throw new Error('A lead needs a name or an email address');
}

/**
 * Adds campaign tags, keeping first-touch and moving last-touch to the newest touch: a capture
 * under a campaign the lead already carries is still its latest touch.
 */
export function withCampaigns<T extends Pick<Lead, 'campaignIds' | 'firstTouchCampaignId' | 'lastTouchCampaignId'>>(
  lead: T,
  campaignIds: readonly string[],
): T {
  if (!campaignIds.length) return lead;
  const added = campaignIds.filter((id) => !lead.campaignIds.includes(id));
  const latest = campaignIds[campaignIds.length - 1];
  if (!added.length && lead.lastTouchCampaignId === latest) return lead;
  return {
    ...lead,
    campaignIds: [...lead.campaignIds, ...added],
    firstTouchCampaignId: lead.firstTouchCampaignId ?? campaignIds[0],
    lastTouchCampaignId: latest,
  };
}

/**
 * "Replied to <post URL>" on the lead's timeline. Its id is derived from the lead, the action and the
 * URL, so saving the same replier again rewrites the one entry instead of adding a second.
 */
function engagementActivity(lead: Lead, input: SaveLeadInput, now: number): Activity {
  const { action, url } = input.engagement!;
  const derived = `engaged:${lead.id}:${action}:${url}`;
  const source = input.origin.kind === 'capture' ? input.origin.provenance.source : null;
  return parseForWrite('activities', {
    id: derived.length <= 200 ? derived : newId(),
    leadId: lead.id,
    type: 'engaged',
    at: now,
    summary: engagementNote(action, url).slice(0, 500),
    details: { action, url, source },
  });
}

/** The timeline entry a save writes: captured/merged, imported, or created/updated by hand. */
export function activityFor(lead: Lead, origin: MergeOrigin, now: number, created: boolean, changes: FieldChange[]): Activity {
  return parseForWrite('activities', describeSave(lead, origin, now, created, changes));
}

function describeSave(lead: Lead, origin: MergeOrigin, now: number, created: boolean, changes: FieldChange[]): Activity {
  const fields = changes.map((change) => change.field).join(', ');
  if (origin.kind === 'capture') {
    const site = SOURCE_LABELS[origin.provenance.source];
    return {
      id: newId(),
      leadId: lead.id,
      type: created ? 'captured' : 'merged',
      at: now,
      summary: created
        ? `Captured from ${site}`
        : fields
          ? `Captured again from ${site}; updated ${fields}`
          : `Captured again from ${site}; nothing new`,
      details: { source: origin.provenance.source, url: origin.provenance.url ?? null, fields },
    };
  }
  if (origin.kind === 'import') {
    return {
      id: newId(),
      leadId: lead.id,
      type: 'imported',
      at: now,
      summary: created ? 'Imported' : `Import updated ${fields}`,
      details: { fields },
    };
  }
  return {
    id: newId(),
    leadId: lead.id,
    type: created ? 'created' : 'updated',
    at: now,
    summary: created ? 'Added by hand' : `Edited ${fields}`,
    details: { fields },
  };
}
