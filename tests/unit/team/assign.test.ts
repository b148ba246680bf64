import { describe, expect, it } from 'vitest';
import { getLead, leadTimeline, updateSettings, type LeadlineDB } from '@/lib/db';
import { saveLead, updateLead } from '@/lib/leads';
import { assignLeads, describeAssignment, describeAssignmentRule, ruleOwnerFor } from '@/lib/team/assign';
import { listMembers, recordMember } from '@/lib/team/members';
import { freshDb } from '../db-helpers';

const DANA = { username: 'dana', displayName: 'Dana (marketing)' };
const SAM = { username: 'sam.okafor', displayName: 'Sam (sales)' };
const RIYA = { username: 'riya', displayName: 'Riya (sales)' };

async function team(): Promise<LeadlineDB> {
  const db = await freshDb();
  for (const member of [DANA, SAM, RIYA]) await recordMember(db, member, 10);
  return db;
}

async function lead(db: LeadlineDB, fullName: string, owner?: string) {
  const { lead: saved } = await saveLead(
    db,
    { patch: { fullName }, origin: { kind: 'manual' }, extras: owner ? { owner } : undefined },
    100,
  );
  return saved;
}

const assigned = async (db: LeadlineDB, id: string) => (await leadTimeline(db, id)).filter((entry) => entry.type === 'assigned');

describe('team members', () => {
  it('records each person once, keeps the day they joined and takes a new display name', async () => {
    const db = await team();
    await recordMember(db, { username: 'sam.okafor', displayName: '  Sam O. (sales)  ' }, 500);
    const members = await listMembers(db);
    expect(members.map((member) => [member.username, member.displayName, member.joinedAt])).toEqual([
      ['dana', 'Dana (marketing)', 10],
      ['riya', 'Riya (sales)', 10],
      ['sam.okafor', 'Sam O. (sales)', 10],
    ]);
  });
});

describe('assigning a lead by hand', () => {
  it('makes the member the owner and says on the timeline who gave it to whom', async () => {
    const db = await team();
    const wren = await lead(db, 'Wren Calloway');
    await updateLead(db, wren.id, { deal: { owner: 'sam.okafor' }, actor: DANA }, 2_000);
    expect((await getLead(db, wren.id))?.owner).toBe('sam.okafor');
    const [entry] = await assigned(db, wren.id);
    expect(entry?.summary).toBe('Assigned to Sam (sales) by Dana (marketing)');
    // No second line "Owner: — → sam.okafor" for the same change.
    expect((await leadTimeline(db, wren.id)).some((item) => item.summary.startsWith('Owner:'))).toBe(false);
    // The assignee reads it addressed to them; everyone else reads the stored line.
    expect(describeAssignment(entry!, 'sam.okafor')).toBe('Assigned to you by Dana (marketing)');
    expect(describeAssignment(entry!, 'riya')).toBe('Assigned to Sam (sales) by Dana (marketing)');
    expect(describeAssignment(entry!, undefined)).toBe('Assigned to Sam (sales) by Dana (marketing)');
  });

  it('writes nothing about owners when the owner did not change, and says when a lead is unassigned', async () => {
    const db = await team();
    const odile = await lead(db, 'Odile Marchetti', 'riya');
    await updateLead(db, odile.id, { deal: { owner: 'riya', notes: 'Call after the fair' }, actor: DANA }, 2_000);
    expect(await assigned(db, odile.id)).toEqual([]);
    await updateLead(db, odile.id, { deal: { owner: undefined }, actor: RIYA }, 3_000);
    expect((await getLead(db, odile.id))?.owner).toBeUndefined();
    expect((await assigned(db, odile.id)).map((entry) => entry.summary)).toEqual(['Unassigned by Riya (sales)']);
  });
});

describe('assigning leads in bulk', () => {
  it('assigns every selected lead in one go and counts those already assigned and those gone', async () => {
    const db = await team();
    const a = await lead(db, 'Bram Ostrowski');
    const b = await lead(db, 'Signe Vallgren', 'riya');
    const c = await lead(db, 'Tomasz Wilk', 'sam.okafor');
    const result = await assignLeads(db, [a.id, b.id, c.id, 'gone-lead'], 'sam.okafor', DANA, 5_000);
    expect(result).toEqual({ changed: 2, unchanged: 1, missing: 1 });
    expect((await getLead(db, a.id))?.owner).toBe('sam.okafor');
    expect((await getLead(db, b.id))?.owner).toBe('sam.okafor');
    expect((await assigned(db, b.id)).map((entry) => entry.summary)).toEqual(['Assigned to Sam (sales) by Dana (marketing)']);
    expect(await assigned(db, c.id)).toEqual([]);
  });

  it('names a user name it has no member for by the user name itself', async () => {
    const db = await team();
    const a = await lead(db, 'Bram Ostrowski');
    await assignLeads(db, [a.id], 'new.rep', DANA, 5_000);
    expect((await assigned(db, a.id))[0]?.summary).toBe('Assigned to new.rep by Dana (marketing)');
  });
});

describe('the stage rule: when a lead reaches a stage, assign it to a member', () => {
  const rules = [
    { id: 'r-off', stage: 'qualified' as const, owner: 'riya', enabled: false },
    { id: 'r1', stage: 'qualified' as const, owner: 'sam.okafor', enabled: true },
    { id: 'r2', stage: 'qualified' as const, owner: 'riya', enabled: true },
  ];

  it('picks the first enabled rule for the stage and says it in words', () => {
    expect(ruleOwnerFor(rules, 'qualified')?.owner).toBe('sam.okafor');
    expect(ruleOwnerFor(rules, 'contacted')).toBeUndefined();
    expect(describeAssignmentRule(rules[1]!, 'Sam (sales)')).toBe('When a lead reaches Qualified, assign it to Sam (sales)');
  });

  it('assigns a lead moved to that stage, with the rule on the timeline, and leaves other moves alone', async () => {
    const db = await team();
    await updateSettings(db, { assignmentRules: rules });
    const wren = await lead(db, 'Wren Calloway');
    await updateLead(db, wren.id, { deal: { stage: 'contacted' }, actor: DANA }, 2_000);
    expect((await getLead(db, wren.id))?.owner).toBeUndefined();
    await updateLead(db, wren.id, { deal: { stage: 'qualified' }, actor: DANA }, 3_000);
    expect((await getLead(db, wren.id))?.owner).toBe('sam.okafor');
    const [entry] = await assigned(db, wren.id);
    expect(entry?.summary).toBe('Assigned to Sam (sales) by Dana (marketing) (rule: reached Qualified)');
    expect(describeAssignment(entry!, 'sam.okafor')).toBe('Assigned to you by Dana (marketing) (rule: reached Qualified)');
  });

  it('gives way to an owner named in the same edit, and does nothing for a lead already with that member', async () => {
    const db = await team();
    await updateSettings(db, { assignmentRules: rules });
    const a = await lead(db, 'Signe Vallgren');
    await updateLead(db, a.id, { deal: { stage: 'qualified', owner: 'riya' }, actor: DANA }, 2_000);
    expect((await getLead(db, a.id))?.owner).toBe('riya');
    const b = await lead(db, 'Tomasz Wilk', 'sam.okafor');
    await updateLead(db, b.id, { deal: { stage: 'qualified' }, actor: DANA }, 2_000);
    expect(await assigned(db, b.id)).toEqual([]);
  });
});
