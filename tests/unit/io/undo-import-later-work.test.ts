import { beforeEach, describe, expect, it } from 'vitest';
import { getLead, leadTimeline, type LeadlineDB } from '@/lib/db';
import { importCsvText } from '@/lib/io/import-csv';
import { previewUndo, undoImport } from '@/lib/io/import-apply';
import { deleteLead, saveLead, updateLead } from '@/lib/leads';
import { logEmail } from '@/lib/mail/log-email';
import { enrollLeads, saveSequence } from '@/lib/sequences';
import { freshDb } from '../db-helpers';

const T = Date.parse('2026-03-02T10:00:00Z');
const CSV = [
  'First Name,Last Name,Email,Company,Job Title,Phone',
  'Grace,Okafor,grace@tidewater-freight.example,Tidewater Freight,Logistics Lead,',
  'Hal,Moreno,hal@pinecrest.example,Pinecrest,Buyer,',
  'Ivo,Petrov,ivo@kestrel-aero.example,Kestrel Aero,CTO,',
  'Wen,Zhao,wen@lumen-labs.example,Lumen Labs,Head of Ops,+1 555 0199',
].join('\n');

let db: LeadlineDB;
beforeEach(async () => {
  db = await freshDb();
});

async function importThenWork() {
  // Wen is already a lead; the import adds her phone and a title.
  const { lead: wen } = await saveLead(
    db,
    { patch: { fullName: 'Wen Zhao', emails: ['wen@lumen-labs.example'], company: 'Lumen Labs' }, origin: { kind: 'manual' } },
    T - 10_000,
  );
  const { record } = await importCsvText(db, CSV, { fileName: 'q1-leads.csv' }, T);
  const byName = async (email: string) => (await db.getFromIndex('leads', 'identity', `email:${email}`))!;
  const grace = await byName('grace@tidewater-freight.example');
  const ivo = await byName('ivo@kestrel-aero.example');
  // Later work on Grace: recaptured, deal won, enrolled, an email logged, an edit.
  await saveLead(
    db,
    {
      patch: { fullName: 'Grace Okafor', emails: ['grace@tidewater-freight.example'], location: 'Lagos' },
      origin: {
        kind: 'capture',
        provenance: { source: 'linkedin', url: 'https://www.linkedin.com/in/grace-okafor/', at: T + 1000 },
        strategies: {},
      },
    },
    T + 1000,
  );
  await updateLead(db, grace.id, { deal: { stage: 'won', dealValue: 5100 } }, T + 2000);
  const { sequence } = await saveSequence(db, { name: 'Onboarding', steps: [{ id: 's1', type: 'task', delayDays: 1 }] }, T + 2500);
  await enrollLeads(db, [grace.id], sequence.id, T + 3000);
  await logEmail(
    db,
    [grace.id],
    {
      provider: 'gmail',
      threadUrl: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz1',
      subject: 'Contract signed',
      message: {
        key: 'msg-1',
        from: { name: 'Grace Okafor', email: 'grace@tidewater-freight.example' },
        to: [{ email: 'me@seller.example' }],
        at: T + 4000,
      },
      direction: 'inbound',
    },
    false,
    T + 4000,
  );
  await updateLead(db, grace.id, { fields: { title: 'VP Logistics' } }, T + 5000);
  // Ivo was deleted after the import; Wen's title was fixed by hand after it.
  await deleteLead(db, ivo.id);
  await updateLead(db, wen.id, { fields: { title: 'COO' } }, T + 6000);
  return { record: record!, grace, wen };
}

describe('undo import after later work', () => {
  it('names every created lead touched since, and the ones deleted since', async () => {
    const { record } = await importThenWork();
    const preview = await previewUndo(db, record.id);
    expect(preview.removes).toBe(1); // Hal only
    expect(preview.deletedSince).toBe(1); // Ivo
    expect(preview.changedSince).toEqual(['Wen Zhao']);
    expect(preview.touched).toHaveLength(1);
    expect(preview.touched[0]!.name).toBe('Grace Okafor');
    expect(preview.touched[0]!.what).toEqual([
      'edited or captured again',
      expect.stringMatching(/^\d+ later timeline entries \(.*merged.*stage-changed.*email-logged.*\)$/) as unknown as string,
      '1 task',
      'enrolled in 1 sequence',
    ]);
  });

  it('keeps touched leads with all their history by default, does not bring back deleted ones, and restores only fields unchanged since', async () => {
    const { record, grace, wen } = await importThenWork();
    const timelineBefore = (await leadTimeline(db, grace.id)).length;
    await undoImport(db, record.id, T + 7000);
    const kept = await getLead(db, grace.id);
    expect(kept).toMatchObject({ fullName: 'Grace Okafor', stage: 'won', dealValue: 5100, title: 'VP Logistics', location: 'Lagos' });
    const timeline = await leadTimeline(db, grace.id);
    // Every entry stays (the import's "Imported" included), plus one saying the undo kept her.
    expect(timeline).toHaveLength(timelineBefore + 1);
    expect(timeline[0]!.summary).toBe('Import of q1-leads.csv undone; this lead was kept because it was worked on since');
    expect(await db.countFromIndex('enrollments', 'leadId', grace.id)).toBe(1);
    expect(await db.getFromIndex('leads', 'identity', 'email:hal@pinecrest.example')).toBeUndefined();
    expect(await db.getFromIndex('leads', 'identity', 'email:ivo@kestrel-aero.example')).toBeUndefined();
    // Wen: the phone the import added goes; the title typed since stays.
    expect(await getLead(db, wen.id)).toMatchObject({ title: 'COO', phones: [] });
  });

  it('removes touched leads too when the user opts in', async () => {
    const { record, grace, wen } = await importThenWork();
    await undoImport(db, record.id, T + 7000, { removeTouched: true });
    expect(await getLead(db, grace.id)).toBeUndefined();
    // Still only the fields nobody changed since go back.
    expect(await getLead(db, wen.id)).toMatchObject({ title: 'COO', phones: [] });
    expect(await leadTimeline(db, grace.id)).toEqual([]);
    expect(await db.countFromIndex('enrollments', 'leadId', grace.id)).toBe(0);
  });
});
