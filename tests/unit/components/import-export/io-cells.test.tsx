// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { ImportReport } from '@/components/import-export/import-report';
import type { LeadlineDB } from '@/lib/db';
import { checkRows, leadsToCsv, parseLeadsCsv, resolveMapping } from '@/lib/io/csv';
import { parseCsvTable } from '@/lib/io/csv-table';
import { planImport } from '@/lib/io/import-plan';
import { withDerivedKeys } from '@/lib/db';
import { LeadSchema } from '@/lib/model';
import { freshDb } from '../../db-helpers';
import { mount } from '../../react-helpers';

const lead = (phones: string[]) =>
  withDerivedKeys(
    LeadSchema.parse({
      id: 'lead-zofia',
      fullName: 'Zofia Brandt',
      phones,
      createdAt: Date.UTC(2025, 0, 2),
      updatedAt: Date.UTC(2025, 0, 3),
    }),
  );

/** The data row of a one-lead export as cells (no quoting in these rows). */
const exportedRow = (phones: string[], preset = 'leadline') => {
  const [header, row] = leadsToCsv([lead(phones)], preset)
    .slice(1)
    .split('\r\n');
  return Object.fromEntries(header!.split(',').map((name, i) => [name, row!.split(',')[i]]));
};

describe('phones in an exported CSV', () => {
  it.each([
    ['+1-512-555-0187', '(+1) 512-555-0187'],
    ['+44 20 7946 0958', '(+44) 20 7946 0958'],
    ['+420 601 222 333', '(+420) 601 222 333'],
    ['+15125550187', '(+1) 5125550187'],
    ['+1 (512) 555-0187', '(+1) (512) 555-0187'],
  ])('writes %s as %s: no apostrophe, nothing a spreadsheet would compute', (stored, cell) => {
    const row = exportedRow([stored]);
    expect(row.Phone).toBe(cell);
    expect(row.Phone).not.toMatch(/^[=+\-@'\t\r]/);
    expect(exportedRow([stored], 'hubspot')['Phone Number']).toBe(cell);
  });

  it('writes every other phone the same way, and reads them all back with their country code', () => {
    const csv = leadsToCsv([lead(['+1-512-555-0187', '+49 30 901820', '0171 5550123'])]);
    expect(csv).toContain('(+1) 512-555-0187,(+49) 30 901820; 0171 5550123,');
    expect(parseLeadsCsv(csv).rows[0]).toMatchObject({ phone: '+1 512-555-0187', otherPhones: '+49 30 901820; 0171 5550123' });
    // Exported again, the file is the same byte for byte.
    const again = parseLeadsCsv(csv).rows[0]!;
    expect(leadsToCsv([lead([again.phone!, ...again.otherPhones!.split('; ')])])).toBe(csv);
  });

  it('still guards a cell that only looks like a phone', () => {
    expect(exportedRow(['+=1+1']).Phone).toBe("'+=1+1");
    expect(exportedRow(['-555 0101']).Phone).toBe("'-555 0101");
  });
});

describe('import errors quote the whole cell', () => {
  const errorsOf = (text: string) => {
    const table = parseCsvTable(text);
    return checkRows(table, resolveMapping(table.headers).mapping).errors;
  };

  it('quotes "hana.novak at pragueworks.example", not a word of it', () => {
    expect(errorsOf('Name,Email\r\nHana Novak,hana.novak at pragueworks.example\r\n')).toEqual([
      { line: 2, message: 'Email: “hana.novak at pragueworks.example” is not a valid email address' },
    ]);
  });

  it('still reads several addresses separated by spaces, commas or semicolons', () => {
    const table = parseCsvTable('Name,Email\r\nHana Novak,"hana@pragueworks.example hana.n@home.example, hn@cell.example"\r\n');
    const { rows, errors } = checkRows(table, resolveMapping(table.headers).mapping);
    expect(errors).toEqual([]);
    expect(rows[0]!.fields).toMatchObject({ email: 'hana@pragueworks.example', otherEmails: 'hana.n@home.example; hn@cell.example' });
  });
});

describe('the import preview', () => {
  let db: LeadlineDB;
  beforeEach(async () => {
    db = await freshDb();
  });

  it('shows a lead the file creates as New, even when a later row repeats the same person', async () => {
    const text = [
      'Name,Email,Title',
      'Tomasz Wierzba,tomasz@kestrelworks.example,Plant Manager',
      'Tomasz Wierzba,tomasz@kestrelworks.example,Plant Manager',
    ].join('\r\n');
    const table = parseCsvTable(text);
    const { rows, errors } = checkRows(table, resolveMapping(table.headers).mapping);
    const plan = await planImport(db, rows, errors, {}, 100);
    expect(plan.counts).toMatchObject({ new: 1, unchanged: 1 });
    const { host, unmount } = mount(<ImportReport plan={plan} />);
    const table$ = host.querySelector('table[aria-label="Preview of the imported leads"]')!;
    const cells = [...table$.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(cells).toEqual([['Tomasz Wierzba', 'tomasz@kestrelworks.example', 'Plant Manager', '', 'New', 'New']]);
    unmount();
  });
});
