import { describe, expect, it } from 'vitest';
import { allLeads } from '@/lib/db';
import { generateDemoData, loadSampleData, removeSampleData } from '@/lib/demo';
import { saveLead } from '@/lib/leads';
import { freshDb } from '../db-helpers';

const NOW = Date.UTC(2026, 10, 26, 12);

describe('sample data', () => {
  it('is the same for the same seed, and in proportion to the lead count', () => {
    const a = generateDemoData({ leads: 200, seed: 7, now: NOW });
    const b = generateDemoData({ leads: 200, seed: 7, now: NOW });
    expect(a).toEqual(b);
    expect(a.leads).toHaveLength(200);
    expect(a.activities.length).toBeGreaterThanOrEqual(600);
    expect(a.activities.length).toBeLessThanOrEqual(1000);
    expect(a.tasks.length).toBe(a.enrollments.length);
    expect(new Set(a.leads.map((lead) => lead.emails[0])).size).toBe(200);
    expect(a.leads.every((lead) => lead.sample && lead.identity.length > 0)).toBe(true);
  });

  it('loads in one go and is removed in one action, leaving the user’s own leads', async () => {
    const db = await freshDb();
    await saveLead(db, { patch: { fullName: 'Real Person', emails: ['real@person.example'] }, origin: { kind: 'manual' } });
    await loadSampleData(db, generateDemoData({ leads: 50, seed: 1, now: NOW }));
    expect(await db.count('leads')).toBe(51);
    const removed = await removeSampleData(db);
    expect(removed).toBeGreaterThan(50);
    expect((await allLeads(db)).map((lead) => lead.fullName)).toEqual(['Real Person']);
    expect(await db.count('activities')).toBe(1);
  });
});
