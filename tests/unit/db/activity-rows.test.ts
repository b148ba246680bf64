import { describe, expect, it } from 'vitest';
import { activityRowFrom, reportedProblems } from '@/lib/db';

const entry = (fields: Record<string, unknown>) => ({
  id: 'act-1',
  leadId: 'lead-1',
  type: 'email-logged',
  at: 1_700_000_000_000,
  summary: 'Wrote to Ilse',
  details: {},
  ...fields,
});

describe('activity rows for reports', () => {
  it('keeps who, what and when of a stored entry, and a stage move’s from and to', () => {
    expect(activityRowFrom(entry({}))).toEqual({ id: 'act-1', leadId: 'lead-1', type: 'email-logged', at: 1_700_000_000_000 });
    expect(activityRowFrom(entry({ type: 'stage-changed', details: { from: 'new', to: 'won' } }))).toEqual({
      id: 'act-1',
      leadId: 'lead-1',
      type: 'stage-changed',
      at: 1_700_000_000_000,
      fromStage: 'new',
      toStage: 'won',
    });
    // A stage this version does not know (or no stage at all) is left out; the move itself stays.
    expect(activityRowFrom(entry({ type: 'stage-changed', details: { from: 'archived', to: 7 } }))).toEqual({
      id: 'act-1',
      leadId: 'lead-1',
      type: 'stage-changed',
      at: 1_700_000_000_000,
      fromStage: undefined,
      toStage: undefined,
    });
    expect(activityRowFrom(entry({ type: 'stage-changed', details: { from: 'Won', to: 'lost' } }))).toMatchObject({
      fromStage: undefined,
      toStage: 'lost',
    });
  });

  it.each([
    ['an unknown type', { id: 'act-bad-type', type: 'teleported' }],
    ['a fractional time', { id: 'act-bad-time', at: 1.5 }],
    ['a negative time', { id: 'act-negative', at: -1 }],
    ['an empty lead id', { id: 'act-no-lead', leadId: '' }],
    ['a lead id of 201 characters', { id: 'act-long-lead', leadId: 'x'.repeat(201) }],
    ['a time written as text', { id: 'act-text-time', at: '1700000000000' }],
  ])('leaves out and reports an entry with %s', (_what, fields) => {
    expect(activityRowFrom(entry(fields))).toBeUndefined();
    expect(reportedProblems().some((problem) => problem.store === 'activities' && problem.key === fields.id)).toBe(true);
  });
});
