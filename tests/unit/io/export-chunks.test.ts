import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { withDerivedKeys } from '@/lib/db';
import { LeadsCsvWriter, leadsToCsv } from '@/lib/io/csv';
import { LeadSchema, type Lead, type LeadInput } from '@/lib/model';

const lead = (input: Partial<LeadInput> & { id: string; fullName: string }): Lead =>
  withDerivedKeys(LeadSchema.parse({ createdAt: Date.UTC(2025, 4, 6, 7, 8, 9), updatedAt: Date.UTC(2025, 4, 7), ...input }));

// Leads whose cells need every kind of care, stored in an order that is not their names' order; two
// share a name (told apart by id), one differs from another only in case.
const awkward: Lead[] = [
  lead({ id: 'lead-09', fullName: 'Zofia "Zo" Wiśniewska', company: 'Kraków, Poland', notes: 'Line one\r\nLine two' }),
  lead({ id: 'lead-03', fullName: '=cmd|"/c calc"!A1', title: '+44 rules', notes: '-3 days' }),
  lead({ id: 'lead-07', fullName: 'bashir al-Masri', company: 'مكتبة الأفق', customFields: { Tier: '@gold', Region: ' MENA ' } }),
  lead({ id: 'lead-01', fullName: 'Bashir Al-Masri', emails: ['bashir@horizon.example', 'b@two.example'], notes: '' }),
  lead({ id: 'lead-05', fullName: '  Ōta Haruki', notes: '\t=SUM(A1:A9)', customFields: { Tier: "'=already", Region: '\r=1+1' } }),
  lead({ id: 'lead-02', fullName: 'Émile Zola 📚', phones: ['+33 1 23 45 67 89', '0171 5550123'], customFields: { Note2: 'a,b' } }),
  lead({ id: 'lead-08', fullName: 'Bashir Al-Masri', customFields: { Note2: ' leading space' }, notes: 'He said ""twice""' }),
  lead({ id: 'lead-04', fullName: '李小龙', title: 'Founder\uFEFFhidden', notes: 'plain', dealValue: 0 }),
  lead({ id: 'lead-06', fullName: '@handle Kim', stage: 'won', dealValue: 1234.5, notes: '\n' }),
];

/** The leads in the order a whole export lists them: by name, case folded, then by id. */
const byName = (leads: readonly Lead[]) =>
  [...leads].sort((a, b) => {
    const [x, y] = [a.fullName.toLowerCase(), b.fullName.toLowerCase()];
    return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1;
  });

describe('LeadsCsvWriter', () => {
  it('writes, chunk by chunk in stored order, the same bytes as the one-shot CSV of the sorted leads', () => {
    const oneShot = leadsToCsv(byName(awkward));
    for (const size of [1, 2, 4, awkward.length]) {
      const writer = new LeadsCsvWriter('leadline', {}, true);
      for (let start = 0; start < awkward.length; start += size) writer.add(awkward.slice(start, start + size));
      expect(writer.finish()).toBe(oneShot);
      expect(writer.count).toBe(awkward.length);
    }
  });

  it('quotes and guards every awkward cell as RFC 4180 (and Papa Parse) write them', () => {
    const csv = leadsToCsv(byName(awkward));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const body = csv.slice(1, -2);
    // Read back with a general CSV reader, then written again with Papa Parse's quoting: unchanged.
    const cells = Papa.parse<string[]>(body, { newline: '\r\n' });
    expect(cells.errors).toEqual([]);
    expect(Papa.unparse(cells.data, { newline: '\r\n', quotes: false })).toBe(body);

    const [header, ...rows] = cells.data;
    // Case folded (the three Bashirs by id), then code-unit order: accents and other scripts last.
    expect(rows.map((row) => row[0])).toEqual([
      'lead-03',
      'lead-06',
      'lead-01',
      'lead-07',
      'lead-08',
      'lead-09',
      'lead-02',
      'lead-05',
      'lead-04',
    ]);
    const column = (name: string) => header!.indexOf(name);
    const row = (id: string) => rows.find((cells) => cells[0] === id)!;
    expect(header!.slice(-3)).toEqual(['Custom: Note2', 'Custom: Region', 'Custom: Tier']);
    // Formulas guarded with one apostrophe, whatever column they are in; other text as it is.
    expect(row('lead-03')[column('Full name')]).toBe(`'=cmd|"/c calc"!A1`);
    expect(row('lead-03')[column('Title')]).toBe("'+44 rules");
    expect(row('lead-03')[column('Notes')]).toBe("'-3 days");
    expect(row('lead-05')[column('Notes')]).toBe("'\t=SUM(A1:A9)");
    expect(row('lead-05')[column('Custom: Region')]).toBe("'\r=1+1");
    expect(row('lead-05')[column('Custom: Tier')]).toBe("''=already");
    expect(row('lead-07')[column('Custom: Tier')]).toBe("'@gold");
    expect(row('lead-06')[column('Full name')]).toBe("'@handle Kim");
    // Quotes, separators, line breaks, spaces at either end, a byte-order mark and unicode kept.
    expect(row('lead-09')[column('Full name')]).toBe('Zofia "Zo" Wiśniewska');
    expect(row('lead-09')[column('Notes')]).toBe('Line one\r\nLine two');
    expect(row('lead-07')[column('Custom: Region')]).toBe(' MENA ');
    expect(row('lead-08')[column('Custom: Note2')]).toBe(' leading space');
    expect(row('lead-08')[column('Notes')]).toBe('He said ""twice""');
    expect(row('lead-04')[column('Title')]).toBe('Founder\uFEFFhidden');
    expect(row('lead-02')[column('Full name')]).toBe('Émile Zola 📚');
    expect(row('lead-02')[column('Custom: Note2')]).toBe('a,b');
    expect(row('lead-02')[column('Phone')]).toBe('(+33) 1 23 45 67 89');
    // Empty fields stay empty: a custom field the lead lacks, notes left blank.
    expect(row('lead-01')[column('Custom: Tier')]).toBe('');
    expect(row('lead-01')[column('Notes')]).toBe('');
    expect(row('lead-06')[column('Notes')]).toBe('\n');
  });

  it('keeps the given order when not sorting, and writes only the header for no leads', () => {
    const writer = new LeadsCsvWriter('hubspot');
    writer.add(awkward.slice(0, 3));
    writer.add(awkward.slice(3));
    expect(writer.finish()).toBe(leadsToCsv(awkward, 'hubspot'));
    const empty = new LeadsCsvWriter('leadline', {}, true);
    empty.add([]);
    expect(empty.finish()).toBe(leadsToCsv([]));
    expect(leadsToCsv([], 'hubspot')).toBe(
      '\uFEFFFirst Name,Last Name,Email,Phone Number,Mobile Phone Number,Job Title,Company Name,Website URL,City,LinkedIn URL\r\n',
    );
  });

  it('hands a large file over in parts that join into every line once, in order', () => {
    // More lines than one part holds, a custom column that only the last lead has, names in
    // reverse order of storage.
    const many = Array.from({ length: 4321 }, (_, index) =>
      lead({ id: `lead-${String(index).padStart(4, '0')}`, fullName: `Person ${String(9999 - index).padStart(4, '0')}` }),
    );
    many.push(lead({ id: 'lead-last', fullName: 'Aaron Last', customFields: { Tier: 'gold' } }));
    const writer = new LeadsCsvWriter('leadline', {}, true);
    writer.add(many);
    const parts = writer.finishParts();
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.every((part) => part.endsWith('\r\n'))).toBe(true);
    const text = parts.join('');
    expect(text).toBe(leadsToCsv(byName(many)));
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(many.length + 1);
    const name = rows[0]!.indexOf('Full name');
    expect(rows[0]!.at(-1)).toBe('Custom: Tier');
    expect(rows[1]![name]).toBe('Aaron Last');
    expect(rows[1]!.at(-1)).toBe('gold');
    expect(rows[2]![name]).toBe('Person 5679');
    expect(rows.at(-1)![name]).toBe('Person 9999');
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
  });
});
