import { type LeadlineDB, parseForWrite, parseStored, SETTINGS_KEY, writeTx } from '../db';
import { finishOnClosedStage } from '../sequences';
import { StaleRecordError } from '../forms';
import { type Activity, isClosedStage, type Lead, LEAD_FIELDS, type LeadField, newId, type Stage, STAGE_LABELS } from '../model';
import { describeDealChanges } from './deal-changes';
import { identityKeys, isStrongKey, normaliseEmail, normaliseLinkedinProfileUrl } from '../keys';
import { type Actor, assignmentActivity, currentActor, memberNameFrom, ruleOwnerFor } from '../team';
import type { LeadPatch } from './lead-fields';
import { withPhoneNumbers } from './phone-numbers';
import { socialProfilesOf } from '../keys';

/** A hand edit: person fields (an empty string or list clears one) and deal fields. */
export interface LeadEdit {
  fields?: LeadPatch;
  deal?: Partial<
    Pick<Lead, 'stage' | 'dealValue' | 'dealCurrency' | 'expectedCloseDate' | 'lostReason' | 'owner' | 'notes' | 'customFields'>
  >;
  /** Write only if the lead is still the version the edit was based on (its `updatedAt`), else StaleRecordError. */
  ifUpdatedAt?: number;
  /** Who makes the edit, named when the lead changes hands; by default the team member at this browser. */
  actor?: Actor;
}

/** Fields whose values the user typed differently from what is stored. */
export function editedFieldChanges(lead: Lead, fields: LeadPatch): LeadField[] {
  return LEAD_FIELDS.filter((field) => {
    if (!(field in fields)) return false;
    return JSON.stringify(normaliseField(field, fields[field])) !== JSON.stringify(normaliseField(field, lead[field]));
  });
}

function normaliseField(field: LeadField, value: unknown): unknown {
  // Profiles compare by their normalised addresses: the same profile typed another way is no edit.
  if (field === 'socialProfiles') return Array.isArray(value) ? socialProfilesOf(value as Lead['socialProfiles']).map((p) => p.url) : [];
  if (Array.isArray(value)) {
    const items = value.map((item) => String(item).trim()).filter(Boolean);
    return field === 'emails' ? [...new Set(items.map(normaliseEmail))] : [...new Set(items)];
  }
  if (typeof value !== 'string' || !value.trim()) return undefined;
  return field === 'linkedinUrl' ? (normaliseLinkedinProfileUrl(value) ?? value.trim()) : value.trim();
}

/**
 * Applies a hand edit in one transaction: edited person fields become the user's (a later capture
 * will not overwrite them), a stage change is timestamped, and the timeline records what changed.
 */
export async function updateLead(db: LeadlineDB, id: string, edit: LeadEdit, now = Date.now()): Promise<Lead> {
  // Read before the transaction (which may await only its own requests): the team member at this browser.
  const actor = edit.actor ?? (await currentActor());
  return writeTx(db, ['leads', 'activities', 'enrollments', 'tasks', 'sequences', 'settings', 'members'], async (tx) => {
    const lead = parseStored('leads', await tx.objectStore('leads').get(id), id);
    if (!lead) throw new Error('That lead no longer exists');
    if (edit.ifUpdatedAt !== undefined && lead.updatedAt !== edit.ifUpdatedAt) throw new StaleRecordError(lead.fullName);
    const next: Lead = { ...lead, provenance: { ...lead.provenance }, editedFields: [...lead.editedFields] };
    const activities: Activity[] = [];

    const changed = editedFieldChanges(lead, edit.fields ?? {});
    for (const field of changed) {
      const value =
        field === 'socialProfiles' ? socialProfilesOf(edit.fields?.socialProfiles ?? []) : normaliseField(field, edit.fields?.[field]);
      (next as Record<string, unknown>)[field] = value ?? (field === 'emails' || field === 'phones' ? [] : undefined);
      next.provenance[field] = { source: 'manual', at: now };
      if (!next.editedFields.includes(field)) next.editedFields.push(field);
    }
    if (changed.length) {
      activities.push(activity(lead.id, 'updated', now, `Edited ${changed.join(', ')}`, { fields: changed.join(', ') }));
    }

    const deal = edit.deal ?? {};
    if (deal.stage && deal.stage !== lead.stage) {
      next.stage = deal.stage;
      next.stageChangedAt = now;
      next.closedAt = isClosedStage(deal.stage) ? now : undefined;
      activities.push(
        activity(lead.id, 'stage-changed', now, `Stage: ${STAGE_LABELS[lead.stage]} → ${STAGE_LABELS[deal.stage]}`, {
          from: lead.stage,
          to: deal.stage,
        }),
      );
    }
    for (const key of ['dealValue', 'expectedCloseDate', 'lostReason', 'owner', 'notes', 'customFields'] as const) {
      if (key in deal) (next as Record<string, unknown>)[key] = deal[key];
    }
    // A lead that reaches a stage an assignment rule names goes to that rule's member, unless this
    // very edit names an owner.
    let rule: Stage | undefined;
    if (next.stage !== lead.stage && !('owner' in deal)) {
      const settings = parseStored('settings', await tx.objectStore('settings').get(SETTINGS_KEY), SETTINGS_KEY);
      const match = ruleOwnerFor(settings?.assignmentRules ?? [], next.stage);
      if (match && match.owner !== lead.owner) {
        next.owner = match.owner;
        rule = match.stage;
      }
    }
    const owner = next.owner?.trim() || undefined;
    next.owner = owner;
    if (owner !== (lead.owner?.trim() || undefined)) {
      const to = owner ? { username: owner, name: memberNameFrom(await tx.objectStore('members').get(owner), owner) } : undefined;
      activities.push(assignmentActivity(lead.id, to, actor, now, rule));
    }
    // A value typed without a currency is in the workspace currency (see lib/campaigns/currency.ts);
    // an unchanged value keeps the currency it was entered in.
    if ('dealCurrency' in deal || ('dealValue' in deal && deal.dealValue !== lead.dealValue)) {
      next.dealCurrency = next.dealValue === undefined ? undefined : deal.dealCurrency;
    }
    // A change of hands has its own line ("Assigned to …"), above.
    const dealChange = describeDealChanges(lead, { ...next, owner: lead.owner });
    if (dealChange) activities.push(activity(lead.id, 'updated', now, dealChange.summary, { fields: dealChange.fields }));

    if (changed.length) await refuseSharedKeys(tx.objectStore('leads').index('identity'), lead, next);
    const stored = parseForWrite('leads', {
      ...(changed.some((field) => field === 'phones' || field === 'emails') ? withPhoneNumbers(next) : next),
      updatedAt: now,
    });
    await tx.objectStore('leads').put(stored);
    for (const entry of activities) await tx.objectStore('activities').put(parseForWrite('activities', entry));
    // Won or lost ends the lead's sequences whose rule says so, in this same transaction.
    if (stored.stage !== lead.stage && isClosedStage(stored.stage)) await finishOnClosedStage(tx, id, now);
    return stored;
  });
}

/** An edit that would give a lead an email, profile or website another lead holds: that lead is named. */
export class SharedIdentityError extends Error {
  constructor(
    message: string,
    readonly otherId: string,
  ) {
    super(message);
    this.name = 'SharedIdentityError';
  }
}

const KEY_WORDS: Record<string, string> = {
  email: 'email address',
  li: 'LinkedIn profile',
  sn: 'Sales Navigator id',
  social: 'social profile',
  web: 'website',
};

/**
 * Refuses an edit whose new strong keys (lib/leads/identity.ts) belong to another lead: they would
 * be two leads of one person. The user merges them under Possible duplicates instead.
 */
async function refuseSharedKeys(index: { get(key: string): Promise<unknown> }, lead: Lead, next: Lead): Promise<void> {
  const before = new Set(lead.identity);
  for (const key of identityKeys(next).filter((candidate) => isStrongKey(candidate) && !before.has(candidate))) {
    const other = parseStored('leads', await index.get(key));
    if (!other || other.id === lead.id) continue;
    const kind = key.slice(0, key.indexOf(':'));
    const value = kind === 'social' ? key.replace(/^social:[a-z]+:/, '') : key.slice(kind.length + 1);
    throw new SharedIdentityError(
      `${value} is already the ${KEY_WORDS[kind] ?? 'identity'} of ${other.fullName}: open that lead to compare and merge the two, or use another ${KEY_WORDS[kind] ?? 'value'}.`,
      other.id,
    );
  }
}

function activity(leadId: string, type: Activity['type'], at: number, summary: string, details: Activity['details']): Activity {
  return { id: newId(), leadId, type, at, summary, details };
}
