import { type Lead, LEAD_FIELDS, type LeadField, type Provenance, type StoredSocialProfile } from '../model';
import { withDerivedKeys } from '../db';
import { foldText } from '../keys';
import type { LeadPatch } from './lead-fields';

/** One field that a save would change: what it holds now and what it would hold. */
export interface FieldChange {
  field: LeadField;
  before: FieldValue | undefined;
  after: FieldValue;
}

/** A lead field's value: text, a list of texts, or the social profiles. */
export type FieldValue = string | readonly string[] | readonly StoredSocialProfile[];

/** A field's value as text: social profiles by their addresses. */
export function fieldText(value: FieldValue | undefined): string {
  if (typeof value === 'string' || value === undefined) return value ?? '';
  return value.map((item) => (typeof item === 'string' ? item : item.url)).join(', ');
}

/** How the incoming values were obtained, which decides whose edits win. */
export type MergeOrigin =
  | { kind: 'capture'; provenance: Omit<Provenance, 'strategy'>; strategies: Partial<Record<LeadField, string>> }
  | { kind: 'manual' }
  | { kind: 'import'; at: number };

/**
 * What merging `patch` into `lead` would change. Empty fields are filled; lists gain new entries;
 * a captured value replaces an older captured one but never a value the user typed; a manual value
 * replaces anything. A captured or imported name never replaces a name it merely contains with more
 * words ("Signe Vallgren at Meridian DataConf 2026" is not a better "Signe Vallgren").
 */
export function planMerge(lead: Lead, patch: LeadPatch, origin: MergeOrigin): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of LEAD_FIELDS) {
    const incoming = patch[field];
    if (incoming === undefined) continue;
    const current = lead[field];
    if (field === 'socialProfiles') {
      // A profile is new when its address is: the handle a page shows does not make another profile.
      const existing = lead.socialProfiles;
      const added = (incoming as StoredSocialProfile[]).filter((item) => !existing.some((known) => known.url === item.url));
      if (added.length) changes.push({ field, before: existing, after: [...existing, ...added] });
      continue;
    }
    if (Array.isArray(incoming)) {
      const existing = (current as string[] | undefined) ?? [];
      const added = (incoming as readonly string[]).filter((item) => !existing.includes(item));
      if (added.length) changes.push({ field, before: existing, after: [...existing, ...added] });
      continue;
    }
    if (current === incoming) continue;
    if (
      field === 'fullName' &&
      origin.kind !== 'manual' &&
      typeof current === 'string' &&
      typeof incoming === 'string' &&
      containsWithMore(incoming, current)
    )
      continue;
    const isEmpty = current === undefined || current === '';
    const userOwned = lead.editedFields.includes(field);
    if (isEmpty || origin.kind === 'manual' || !userOwned) {
      changes.push({ field, before: current, after: incoming });
    }
  }
  return changes;
}

/**
 * Applies planned changes, recording provenance and (for manual edits) the fields the user owns.
 * `derive: false` leaves the index keys as they were, for a caller that checks the lead for writing
 * next (`parseForWrite` derives them again): worked out twice, they were a third of an import's
 * decisions.
 */
export function applyMerge(lead: Lead, changes: readonly FieldChange[], origin: MergeOrigin, now: number, derive = true): Lead {
  const next: Lead = { ...lead, provenance: { ...lead.provenance }, editedFields: [...lead.editedFields] };
  for (const change of changes) {
    (next as Record<string, unknown>)[change.field] =
      typeof change.after === 'string' ? change.after : [...(change.after as readonly unknown[])];
    if (origin.kind === 'capture') {
      const strategy = origin.strategies[change.field];
      next.provenance[change.field] = { ...origin.provenance, ...(strategy ? { strategy } : {}) };
    } else if (origin.kind === 'import') {
      next.provenance[change.field] = { source: 'import', at: origin.at };
    } else {
      next.provenance[change.field] = { source: 'manual', at: now };
      if (!next.editedFields.includes(change.field)) next.editedFields.push(change.field);
    }
  }
  next.updatedAt = Math.max(now, lead.updatedAt);
  return derive ? withDerivedKeys(next) : next;
}

/** True when `longer` holds every word of `name`, in order and together, plus other words. */
export function containsWithMore(longer: string, name: string): boolean {
  const outer = foldText(longer).split(' ').filter(Boolean);
  const inner = foldText(name).split(' ').filter(Boolean);
  if (!inner.length || outer.length <= inner.length) return false;
  for (let start = 0; start + inner.length <= outer.length; start++) {
    if (inner.every((word, offset) => outer[start + offset] === word)) return true;
  }
  return false;
}

/**
 * Marks `fields` (values the user typed) as the user's: provenance "manual" and listed in
 * `editedFields`, so a later capture never overwrites them, including values that were already
 * stored (a typed name equal to the one a lead was created with).
 */
export function markTyped(lead: Lead, fields: readonly LeadField[], now: number): Lead {
  const owned = fields.filter((field) => {
    const value = lead[field];
    return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== '';
  });
  const missing = owned.filter((field) => !lead.editedFields.includes(field) || lead.provenance[field]?.source !== 'manual');
  if (!missing.length) return lead;
  const next: Lead = { ...lead, provenance: { ...lead.provenance }, editedFields: [...lead.editedFields] };
  for (const field of missing) {
    if (next.provenance[field]?.source !== 'manual') next.provenance[field] = { source: 'manual', at: now };
    if (!next.editedFields.includes(field)) next.editedFields.push(field);
  }
  return next;
}
