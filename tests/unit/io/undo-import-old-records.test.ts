import { describe, expect, it } from 'vitest';
import { getLead, type LeadlineDB } from '@/lib/db';
import { previewUndo, undoImport } from '@/lib/io/import-apply';
import { importCsvText } from '@/lib/io/import-csv';
import { saveLead, updateLead } from '@/lib/leads';
import { addGuessedEmail } from '@/lib/leads/likely-email';
import { freshDb } from '../db-helpers';

const T = Date.parse('2026-03-02T10:00:00Z');
const CSV =
  'First Name,Last Name,Email,Company,Job Title,Phone,City\nWen,Zhao,wen@lumen-labs.example,Lumen Labs,Head of Ops,+1 555 0199,Austin\n';

/** The undo record as Leadline wrote it before it kept the values an import wrote (`after`). */
async function asOlderVersionWroteIt(db: LeadlineDB, importId: string) {
  const undo = (await db.get('importUndo', importId))!;
  await db.put('importUndo', { ...undo, updated: undo.updated.map(({ before, updatedAt }) => ({ before, updatedAt })) });
}

async function importThenWork() {
  const db = await freshDb();
  const { lead: wen } = await saveLead(
    db,
    { patch: { fullName: 'Wen Zhao', emails: ['wen@lumen-labs.example'], company: 'Lumen Labs' }, origin: { kind: 'manual' } },
    T - 10_000,
  );
  const { record } = await importCsvText(db, CSV, { fileName: 'q1.csv', newCampaignName: 'Q1 webinar' }, T);
  await asOlderVersionWroteIt(db, record!.id);
  // Since the import: her title typed by hand, a deal won, notes, a guessed second address.
  await updateLead(db, wen.id, { fields: { title: 'COO' } }, T + 1000);
  await updateLead(db, wen.id, { deal: { stage: 'won', dealValue: 8200 } }, T + 2000);
  await updateLead(db, wen.id, { deal: { notes: 'Renewal in May' } }, T + 3000);
  await addGuessedEmail(
    db,
    wen.id,
    { email: 'wen.zhao@lumen-labs.example', pattern: 'first.last', support: 2, total: 2, evidence: '', at: T + 4000 },
    T + 4000,
  );
  return { db, wen, importId: record!.id };
}

describe('undoing an import whose undo record holds no values it wrote (older Leadline)', () => {
  it('the preview says which changed leads can only be undone in part, and why', async () => {
    const { db, importId } = await importThenWork();
    const preview = await previewUndo(db, importId);
    expect(preview.changedSince).toEqual(['Wen Zhao']);
    expect(preview.unrecorded).toEqual(['Wen Zhao']);
  });

  it('puts back the fields still as the import left them, keeps everything worked on since', async () => {
    const { db, wen, importId } = await importThenWork();
    const imported = await getLead(db, wen.id);
    expect(imported).toMatchObject({ phones: ['+1 555 0199'], location: 'Austin', campaignIds: [expect.any(String) as unknown as string] });
    await undoImport(db, importId, T + 9000);
    const after = await getLead(db, wen.id);
    // The import's phone, city and campaign tag go: nothing touched them since.
    expect(after!.phones).toEqual([]);
    expect(after!.location).toBeUndefined();
    expect(after!.campaignIds).toEqual([]);
    // The typed title, the deal, the notes and the guessed address added since stay.
    expect(after).toMatchObject({ title: 'COO', stage: 'won', dealValue: 8200, notes: 'Renewal in May' });
    expect(after!.emails).toEqual(['wen@lumen-labs.example', 'wen.zhao@lumen-labs.example']);
  });
});
