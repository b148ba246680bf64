import { describe, expect, it } from 'vitest';
import { LeadSchema, type Lead } from '@/lib/model';
import { mergeLeads } from '@/lib/sync/merge';

const T0 = 1_764_000_000_000;

const lead = (fields: Partial<Lead>): Lead =>
  LeadSchema.parse({ id: 'lead-m', fullName: 'Eluned Rhys', createdAt: T0, updatedAt: T0, ...fields });

describe('merging two versions of a lead', () => {
  it('keeps a typed value over a newer captured one', () => {
    const typed = lead({
      title: 'Chief Buyer',
      editedFields: ['title'],
      provenance: { title: { source: 'manual', at: T0 + 10 } },
      updatedAt: T0 + 10,
    });
    const captured = lead({
      title: 'Buyer at Gorsebrook | Hiring!',
      provenance: { title: { source: 'linkedin', at: T0 + 500, url: 'https://www.linkedin.com/in/eluned-rhys/' } },
      updatedAt: T0 + 500,
    });
    for (const merged of [mergeLeads(typed, captured), mergeLeads(captured, typed)]) {
      expect(merged.record.title).toBe('Chief Buyer');
      expect(merged.record.editedFields).toContain('title');
      expect(merged.notes).toEqual([]);
    }
  });

  it('gives the same lead and the same timeline entry whichever side merges', () => {
    const mine = lead({
      company: 'Gorsebrook Mills',
      emails: ['eluned@gorsebrook.example'],
      editedFields: ['company'],
      provenance: { company: { source: 'manual', at: T0 + 20 } },
      updatedAt: T0 + 20,
      campaignIds: ['c-1'],
    });
    const theirs = lead({
      company: 'Gorsebrook Textiles',
      emails: ['e.rhys@gorsebrook.example'],
      editedFields: ['company'],
      provenance: { company: { source: 'manual', at: T0 + 30 } },
      updatedAt: T0 + 30,
      campaignIds: ['c-2'],
    });
    const one = mergeLeads(mine, theirs);
    const other = mergeLeads(theirs, mine);
    expect(one.record).toEqual(other.record);
    expect(one.record.company).toBe('Gorsebrook Textiles');
    expect(one.record.emails.sort()).toEqual(['e.rhys@gorsebrook.example', 'eluned@gorsebrook.example']);
    expect(one.record.campaignIds.sort()).toEqual(['c-1', 'c-2']);
    expect(one.notes).toHaveLength(1);
    expect(one.notes[0]?.id).toBe(other.notes[0]?.id);
    expect(one.notes[0]?.summary).toContain('“Gorsebrook Mills”');
  });

  it('never lets an empty captured value wipe a filled one', () => {
    const filled = lead({ location: 'Aberystwyth', provenance: { location: { source: 'linkedin', at: T0 } } });
    const empty = lead({ updatedAt: T0 + 1000 });
    expect(mergeLeads(filled, empty).record.location).toBe('Aberystwyth');
    expect(mergeLeads(empty, filled).record.location).toBe('Aberystwyth');
  });
});
