import { type LeadlineDB, parseForWrite, parseStored, writeTx } from '../db';
import { memberLabel, newId, STAGE_LABELS, type Activity, type AssignmentRule, type Lead, type Stage } from '../model';
import type { Actor } from './members';

/** The owner the first enabled rule for `stage` names, if any. */
export function ruleOwnerFor(rules: readonly AssignmentRule[], stage: Stage): AssignmentRule | undefined {
  return rules.find((rule) => rule.enabled && rule.stage === stage);
}

/** A rule in words: "When a lead reaches Qualified, assign it to Sam (sales)". */
export function describeAssignmentRule(rule: AssignmentRule, ownerName: string): string {
  return `When a lead reaches ${STAGE_LABELS[rule.stage]}, assign it to ${ownerName || rule.owner}`;
}

/**
 * The timeline entry for a lead changing hands. Details keep user names, so each teammate's
 * Leadline can say "Assigned to you by …" to the assignee (see `describeAssignment`).
 */
export function assignmentActivity(
  leadId: string,
  to: { username: string; name: string } | undefined,
  actor: Actor | undefined,
  now: number,
  rule?: Stage,
): Activity {
  const byName = actor ? actor.displayName || actor.username : '';
  const head = to ? `Assigned to ${to.name || to.username}` : 'Unassigned';
  const summary = `${head}${byName ? ` by ${byName}` : ''}${rule ? ` (rule: reached ${STAGE_LABELS[rule]})` : ''}`;
  return {
    id: newId(),
    leadId,
    type: 'assigned',
    at: now,
    summary: summary.slice(0, 500),
    details: {
      to: to?.username ?? null,
      toName: to?.name ?? null,
      by: actor?.username ?? null,
      byName: byName || null,
      rule: rule ?? null,
    },
  };
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/** An activity's line as `me` (the team user name at this browser) reads it. */
export function describeAssignment(activity: Pick<Activity, 'type' | 'summary' | 'details'>, me: string | undefined): string {
  if (activity.type !== 'assigned' || !me) return activity.summary;
  const { to, by, byName, rule } = activity.details;
  if (to !== me) return activity.summary;
  // Taken by oneself (a rule, or the member's own choice): no "by you".
  const from = by === me ? undefined : text(byName);
  const ruleText = text(rule);
  const stage = ruleText && Object.hasOwn(STAGE_LABELS, ruleText) ? STAGE_LABELS[ruleText as Stage] : undefined;
  return `Assigned to you${from ? ` by ${from}` : ''}${stage ? ` (rule: reached ${stage})` : ''}`;
}

/** The name a member is shown by, from their stored record (`raw`, unchecked) or their user name. */
export function memberNameFrom(raw: unknown, username: string): string {
  return memberLabel(parseStored('members', raw, username), username);
}

/** How many leads a bulk assignment changed, found already so, or found missing. */
export interface BulkAssignResult {
  changed: number;
  unchanged: number;
  missing: number;
}

/**
 * Gives leads to `owner` (a member's user name; undefined unassigns them) in one transaction; each
 * changed lead's timeline says to whom and by whom.
 */
export function assignLeads(
  db: LeadlineDB,
  leadIds: readonly string[],
  owner: string | undefined,
  actor: Actor | undefined,
  now = Date.now(),
): Promise<BulkAssignResult> {
  // `tasks` is in the scope, unwritten, so the change event refreshes the badge: follow-ups move with their lead.
  return writeTx(db, ['leads', 'activities', 'members', 'tasks'], async (tx) => {
    const to = owner ? { username: owner, name: memberNameFrom(await tx.objectStore('members').get(owner), owner) } : undefined;
    const leads = tx.objectStore('leads');
    const raws = await Promise.all(leadIds.map((id) => leads.get(id)));
    const result: BulkAssignResult = { changed: 0, unchanged: 0, missing: 0 };
    const writes: Promise<unknown>[] = [];
    raws.forEach((raw, index) => {
      const lead = parseStored('leads', raw, leadIds[index]);
      if (!lead) {
        result.missing += 1;
        return;
      }
      if ((lead.owner || undefined) === owner) {
        result.unchanged += 1;
        return;
      }
      result.changed += 1;
      const next: Lead = { ...lead, owner, updatedAt: Math.max(now, lead.updatedAt) };
      writes.push(leads.put(parseForWrite('leads', next)));
      writes.push(tx.objectStore('activities').put(parseForWrite('activities', assignmentActivity(lead.id, to, actor, now))));
    });
    await Promise.all(writes);
    return result;
  });
}
