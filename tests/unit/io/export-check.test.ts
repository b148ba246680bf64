import { beforeEach, describe, expect, it } from 'vitest';
import type { LeadlineDB } from '@/lib/db';
import { exportNotice } from '@/lib/io/export-notice';
import { importCsvText } from '@/lib/io/import-csv';
import { exportText, freshDb, leadAsStoredBefore11 } from '../db-helpers';

const FILE = [
  'First Name,Last Name,Email,Phone Number,Job Title,Company Name',
  'Odile,Marchetti,odile@saltmarsh-optics.example,+33 1 00 00 00 00,Buyer,Saltmarsh Optics',
  'Pavel,Lindqvist,pavel@quillon-freight.example,,Dispatcher,Quillon Freight',
].join('\r\n');

let db: LeadlineDB;
beforeEach(async () => {
  db = await freshDb();
  await importCsvText(db, FILE, { fileName: 'two.csv' }, 1000);
});

/** The data lines of an export, each as its cells (no quoted commas in these fixtures). */
const lines = (csv: string) =>
  csv
    .slice(1)
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(','));

describe('export of stored leads', () => {
  it('leaves out a damaged record, counts it, and writes every other lead whole', async () => {
    const [odile] = (await db.getAll('leads')).filter((lead) => lead.fullName === 'Odile Marchetti');
    // A damaged store: an email list that is no list, and a lead whose stage no version wrote.
    await db.put('leads', { ...odile!, id: 'damaged-1', fullName: 'Ines Damaged', emails: { 0: 'ines@x.example' } } as never);
    await db.put('leads', { ...odile!, id: 'damaged-2', fullName: 'Jon Damaged', stage: 'archived' } as never);
    const { csv, count, skipped } = await exportText(db);
    expect(count).toBe(2);
    expect(skipped).toBe(2);
    expect(csv).not.toContain('Damaged');
    expect(csv).not.toContain('[object Object]');
    // Leadline's columns: id, full name, first name…
    expect(lines(csv).map((cells) => cells.slice(1, 3))).toEqual([
      ['Odile Marchetti', 'Odile'],
      ['Pavel Lindqvist', 'Pavel'],
    ]);
    expect(exportNotice(count, skipped, 'leads.csv')).toBe(
      'Exported 2 leads to leads.csv; 2 damaged records were left out (a backup keeps them as they are)',
    );
  });

  it('a damaged record chosen in the table is left out of the selection’s export too', async () => {
    const [pavel] = (await db.getAll('leads')).filter((lead) => lead.fullName === 'Pavel Lindqvist');
    await db.put('leads', { ...pavel!, id: 'damaged-3', fullName: 'Kim Damaged', createdAt: 'yesterday' } as never);
    const { count, skipped } = await exportText(db, { ids: ['damaged-3', pavel!.id] });
    expect({ count, skipped }).toEqual({ count: 1, skipped: 1 });
  });

  it('reads a lead an older version stored (no phone forms, no profiles) with the defaults', async () => {
    await db.put(
      'leads',
      leadAsStoredBefore11('old-1', 500, {
        fullName: 'Quinn Oldstore',
        emails: ['quinn@oldstore.example'],
        phones: ['+44 20 7946 0000'],
        company: 'Oldstore',
      }),
    );
    const { csv, count, skipped } = await exportText(db);
    expect({ count, skipped }).toEqual({ count: 3, skipped: 0 });
    const quinn = lines(csv).find((cells) => cells[1] === 'Quinn Oldstore')!;
    expect(quinn).toContain('quinn@oldstore.example');
    expect(quinn).toContain('Oldstore');
  });
});
