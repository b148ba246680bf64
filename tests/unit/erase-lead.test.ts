import { describe, expect, it } from 'vitest';
import { allLeads } from '@/lib/db';
import { importCsvText } from '@/lib/io/import-csv';
import { undoImport } from '@/lib/io/import-apply';
import { eraseLead, previewErase } from '@/lib/leads/erase-lead';
import { saveLead, updateLead } from '@/lib/leads';
import { freshDb } from './db-helpers';

describe('eraseLead', () => {
  it('names what will go, then removes the person everywhere, import undo copies included', async () => {
    const db = await freshDb();
    const { lead: other } = await saveLead(db, { patch: { fullName: 'Stays Here', emails: ['stays@x.example'] }, origin: { kind: 'manual' } });
    const { record } = await importCsvText(db, 'Name,Email,Title\nVera Ibarra,vera@x.example,CTO\nStays Here,stays@x.example,CEO\n');
    const vera = (await allLeads(db)).find((lead) => lead.fullName === 'Vera Ibarra')!;
    await updateLead(db, vera.id, { deal: { stage: 'contacted' } });
    await db.put('tasks', { id: 't1', leadId: vera.id, type: 'call', title: 'Call Vera', instructions: '', status: 'open', dueAt: 1, scheduledAt: 1, snoozeCount: 0, createdAt: 1, updatedAt: 1 });
    await db.put('enrollments', { id: 'e1', leadId: vera.id, sequenceId: 's1', status: 'active', stepIndex: 0, timeZone: 'UTC', startedAt: 1, updatedAt: 1 });

    expect(await previewErase(db, vera.id)).toMatchObject({ lead: { fullName: 'Vera Ibarra' }, activities: 2, tasks: 1, enrollments: 1, importCopies: 1 });
    expect(await eraseLead(db, vera.id)).toEqual({ name: 'Vera Ibarra', activities: 2, tasks: 1, enrollments: 1, importCopies: 1 });
    expect((await allLeads(db)).map((lead) => lead.id)).toEqual([other.id]);
    expect(await db.count('tasks')).toBe(0);
    expect(await db.count('enrollments')).toBe(0);
    expect(JSON.stringify(await db.getAll('importUndo'))).not.toContain('vera@x.example');
    expect(JSON.stringify(await db.getAll('activities'))).not.toContain(vera.id);

    // Undoing that import later still puts the other lead back and cannot bring Vera back.
    await undoImport(db, record!.id);
    expect((await allLeads(db)).map((lead) => [lead.fullName, lead.title])).toEqual([['Stays Here', undefined]]);
    expect(await previewErase(db, vera.id)).toBeUndefined();
  });
});
