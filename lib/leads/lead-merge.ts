import { confirmedEmailDomains, keptGuesses } from '../emails/email-status';
import type { Lead, LeadField, Provenance } from '../model';
import { LEAD_FIELDS } from '../model';
import { identityKeys, recencyKeys, searchTokens } from './identity';
import type { LeadPatch } from './lead-fields';

/** One field that a save would change: what it holds now and what it would hold. */
export interface FieldChange {
  field: LeadField;
  before: string | readonly string[] | undefined;
  after: string | readonly string[];
}

/** How the incoming values were obtained, which decides whose edits win. */
export type MergeOrigin =
  | { kind: 'capture'; provenance: Omit<Provenance, 'strategy'>; strategies: Partial<Record<LeadField, string>> }
  | { kind: 'manual' }
  | { kind: 'import'; at: number };

/**
 * What merging `patch` into `lead` would change. Empty fields are filled; lists gain new entries;
 * a captured value replaces an older captured one but never a value the user typed; a manual value
 * replaces anything.
 */
export function planMerge(lead: Lead, patch: LeadPatch, origin: MergeOrigin): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of LEAD_FIELDS) {
    const incoming = patch[field];
    if (incoming === undefined) continue;
    const current = lead[field];
    if (Array.isArray(incoming)) {
      const existing = (current as string[] | undefined) ?? [];
      const added = incoming.filter((item) => !existing.includes(item));
      if (added.length) changes.push({ field, before: existing, after: [...existing, ...added] });
      continue;
    }
    if (current === incoming) continue;
    const isEmpty = current === undefined || current === '';
    const userOwned = lead.editedFields.includes(field);
    if (isEmpty || origin.kind === 'manual' || !userOwned) {
      changes.push({ field, before: current, after: incoming });
    }
  }
  return changes;
}

/** Applies planned changes, recording provenance and (for manual edits) the fields the user owns. */
export function applyMerge(lead: Lead, changes: readonly FieldChange[], origin: MergeOrigin, now: number): Lead {
  const next: Lead = { ...lead, provenance: { ...lead.provenance }, editedFields: [...lead.editedFields] };
  for (const change of changes) {
    (next as Record<string, unknown>)[change.field] = typeof change.after === 'string' ? change.after : [...change.after];
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
  return withDerivedKeys(next);
}

/**
 * A lead with its identity, search, recency and known-address (`emailDomains`) index keys
 * recomputed from its fields; guesses for addresses it no longer has are dropped.
 */
export function withDerivedKeys(lead: Lead): Lead {
  const search = searchTokens(lead);
  // Records built by hand (tests, sample data) may come without the defaulted list.
  const emailGuesses = lead.emailGuesses?.length ? keptGuesses(lead) : (lead.emailGuesses ?? []);
  const withGuesses = { ...lead, emailGuesses };
  return { ...withGuesses, identity: identityKeys(lead), search, recent: recencyKeys(search, lead.updatedAt), emailDomains: confirmedEmailDomains(withGuesses) };
}
