import { type Activity, type Lead, LEAD_FIELDS, type LeadField } from '../model';
import { type SyncedStore, withDerivedKeys } from '../db';
import { socialProfilesOf } from '../keys';
import { canonical, hashBody, type WorkspaceSettings } from './mapping';

/*
 * Two versions of one record (two people, or two browsers of one person, edited it while apart)
 * become one, the same whichever side merges: the result never depends on which version is
 * "ours". Leads merge field by field with the capture rules (lib/leads/lead-merge.ts): a typed
 * value beats a captured one, a newer typed value beats an older one, and a typed value that
 * loses is written on the lead's timeline; lists are united. Other records take the version
 * updated last.
 */

/** The merged record and the timeline entries that record what lost. */
export interface Merged<T> {
  record: T;
  notes: Activity[];
}

const stamp = (record: unknown): number => {
  const value = record as { updatedAt?: unknown; at?: unknown };
  return typeof value.updatedAt === 'number' ? value.updatedAt : typeof value.at === 'number' ? value.at : 0;
};

/** `a` and `b` ordered newer first; equal stamps are ordered by their text, so both sides agree. */
function newerFirst<T>(a: T, b: T): [T, T] {
  const diff = stamp(a) - stamp(b);
  if (diff !== 0) return diff > 0 ? [a, b] : [b, a];
  return canonical(a) >= canonical(b) ? [a, b] : [b, a];
}

const isTyped = (lead: Lead, field: LeadField) => lead.editedFields.includes(field) && lead.provenance[field]?.source === 'manual';
const isEmpty = (value: unknown) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
const union = (first: readonly string[] = [], second: readonly string[] = []) => [...new Set([...first, ...second])];

/** What a person typed that lost to another typed value, kept on the lead's timeline. */
function lostNote(lead: Lead, field: LeadField, kept: unknown, lost: unknown, at: number): Activity {
  const text = (value: unknown) => (Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : '');
  return {
    id: `sync-${hashBody([lead.id, field, lost])}`,
    leadId: lead.id,
    type: 'updated',
    at,
    summary: `Edited on two devices: ${field} “${text(lost).slice(0, 180)}” was also typed; kept “${text(kept).slice(0, 180)}”`,
    details: { field, kept: text(kept).slice(0, 2000), other: text(lost).slice(0, 2000), by: 'sync' },
  };
}

/** Merges two versions of one lead. */
export function mergeLeads(a: Lead, b: Lead): Merged<Lead> {
  const [newer, older] = newerFirst(a, b);
  const next: Lead = { ...newer, provenance: { ...newer.provenance }, editedFields: [...newer.editedFields] };
  const notes: Activity[] = [];
  const at = Math.max(a.updatedAt, b.updatedAt);
  const take = (field: LeadField, from: Lead) => {
    (next as Record<string, unknown>)[field] = from[field];
    const provenance = from.provenance[field];
    if (provenance) next.provenance[field] = provenance;
    else delete next.provenance[field];
    if (isTyped(from, field) && !next.editedFields.includes(field)) next.editedFields.push(field);
  };
  for (const field of LEAD_FIELDS) {
    const mine = newer[field];
    const theirs = older[field];
    if (canonical(mine) === canonical(theirs)) continue;
    if (Array.isArray(mine) || Array.isArray(theirs)) {
      (next as Record<string, unknown>)[field] =
        field === 'socialProfiles'
          ? socialProfilesOf([...newer.socialProfiles, ...older.socialProfiles])
          : union(mine as string[] | undefined, theirs as string[] | undefined);
      if (isTyped(older, field) && !next.editedFields.includes(field)) next.editedFields.push(field);
      continue;
    }
    const typedNewer = isTyped(newer, field);
    const typedOlder = isTyped(older, field);
    if (isEmpty(mine) && !typedNewer) {
      take(field, older);
      continue;
    }
    if (isEmpty(theirs) && !typedOlder) continue;
    if (typedOlder && !typedNewer) {
      take(field, older);
      continue;
    }
    if (typedNewer && !typedOlder) continue;
    // Both typed, or both captured: the later value wins (by when it was typed or read).
    const whenNewer = newer.provenance[field]?.at ?? newer.updatedAt;
    const whenOlder = older.provenance[field]?.at ?? older.updatedAt;
    const olderWins = whenOlder > whenNewer || (whenOlder === whenNewer && canonical(theirs) > canonical(mine));
    const [kept, lost] = olderWins ? [theirs, mine] : [mine, theirs];
    if (olderWins) take(field, older);
    if (typedNewer && typedOlder && !isEmpty(lost)) notes.push(lostNote(newer, field, kept, lost, at));
  }
  next.campaignIds = union(newer.campaignIds, older.campaignIds);
  next.customFields = { ...older.customFields, ...newer.customFields };
  if (newer.notSameAs || older.notSameAs) next.notSameAs = union(newer.notSameAs, older.notSameAs);
  const guesses = new Map(older.emailGuesses.map((guess) => [guess.email, guess]));
  for (const guess of newer.emailGuesses) guesses.set(guess.email, guess);
  next.emailGuesses = [...guesses.values()].filter((guess) => next.emails.includes(guess.email));
  next.firstTouchCampaignId = newer.firstTouchCampaignId ?? older.firstTouchCampaignId;
  next.createdAt = Math.min(a.createdAt, b.createdAt);
  next.updatedAt = at;
  return { record: withDerivedKeys(next), notes };
}

/** Merges two versions of the workspace settings: the newer scalars, lists united. */
export function mergeWorkspace(newer: WorkspaceSettings, older: WorkspaceSettings): WorkspaceSettings {
  const rules = new Map(older.taggingRules.map((rule) => [rule.id, rule]));
  for (const rule of newer.taggingRules) rules.set(rule.id, rule);
  return {
    ...newer,
    holidays: union(newer.holidays, older.holidays).sort(),
    neverCapture: union(newer.neverCapture, older.neverCapture),
    taggingRules: [...rules.values()],
  };
}

/** Merges two versions of a record of `store` (not settings: see mergeWorkspace). */
export function mergeRecords<T>(store: SyncedStore, a: T, b: T): Merged<T> {
  if (store === 'leads') return mergeLeads(a as Lead, b as Lead) as unknown as Merged<T>;
  return { record: newerFirst(a, b)[0], notes: [] };
}
