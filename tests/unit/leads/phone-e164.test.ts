import { describe, expect, it } from 'vitest';
import { getLead } from '@/lib/db';
import { importCsvText } from '@/lib/io/import-csv';
import { saveLead, updateLead } from '@/lib/leads';
import { stepAction } from '@/lib/sequences';
import { exportText, freshDb } from '../db-helpers';

const T = Date.UTC(2026, 10, 12, 10);
const capture = (url: string) => ({ kind: 'capture', provenance: { source: 'gmail', url, at: T }, strategies: {} }) as const;

describe('phones keep the form they were written in and store their E.164 form', () => {
  it('one number written two ways is one phone: international first, national later from a .uk address', async () => {
    const db = await freshDb();
    const { lead } = await saveLead(
      db,
      {
        patch: { fullName: 'Imogen Thackeray', emails: ['imogen@saltmarsh.co.uk'], phones: ['+44 (0)20 7946-0321'] },
        origin: capture('https://mail.google.com/mail/u/0/#inbox/A1'),
      },
      T,
    );
    expect(lead.phoneE164).toEqual([{ phone: '+44 (0)20 7946-0321', e164: '+442079460321' }]);
    const again = await saveLead(
      db,
      {
        patch: { fullName: 'Imogen Thackeray', emails: ['imogen@saltmarsh.co.uk'], phones: ['020 7946 0321', '07700 900461'] },
        origin: capture('https://mail.google.com/mail/u/0/#inbox/A2'),
      },
      T + 1000,
    );
    // The office line is not added a second time; the mobile is new, kept as written, with its E.164 form.
    expect(again.lead.phones).toEqual(['+44 (0)20 7946-0321', '07700 900461']);
    expect(again.changes.find((change) => change.field === 'phones')?.after).toEqual(['+44 (0)20 7946-0321', '07700 900461']);
    expect((await getLead(db, lead.id))!.phoneE164).toEqual([
      { phone: '+44 (0)20 7946-0321', e164: '+442079460321' },
      { phone: '07700 900461', e164: '+447700900461' },
    ]);
  });

  it('a national number with no country to read it by has no E.164 form, and is compared by its digits', async () => {
    const db = await freshDb();
    const { lead } = await saveLead(
      db,
      { patch: { fullName: 'Tobias Renn', emails: ['tobias@renn.com'], phones: ['(512) 555-0187'] }, origin: { kind: 'manual' } },
      T,
    );
    expect(lead.phones).toEqual(['(512) 555-0187']);
    expect(lead.phoneE164).toEqual([]);
    const again = await saveLead(
      db,
      {
        patch: { fullName: 'Tobias Renn', emails: ['tobias@renn.com'], phones: ['512.555.0187'] },
        origin: capture('https://mail.google.com/mail/u/0/#inbox/B1'),
      },
      T + 1,
    );
    expect(again.lead.phones).toEqual(['(512) 555-0187']);
  });

  it('an import row with the same number in another form changes nothing', async () => {
    const db = await freshDb();
    await saveLead(
      db,
      {
        patch: { fullName: 'Imogen Thackeray', emails: ['imogen@saltmarsh.co.uk'], phones: ['+44 20 7946 0321'] },
        origin: { kind: 'manual' },
      },
      T,
    );
    const { plan } = await importCsvText(db, 'Name,Email,Phone\nImogen Thackeray,imogen@saltmarsh.co.uk,020 7946 0321\n', {}, T + 1);
    expect(plan.counts).toMatchObject({ new: 0, unchanged: 1 });
  });

  it('an edited phone gets its E.164 form; export writes the country code, Today dials E.164', async () => {
    const db = await freshDb();
    const { lead } = await saveLead(
      db,
      { patch: { fullName: 'Lene Aasgaard', emails: ['lene@fjordline.no'], companyDomain: 'fjordline.no' }, origin: { kind: 'manual' } },
      T,
    );
    const edited = await updateLead(db, lead.id, { fields: { phones: ['22 33 44 55', '+1-512-555-0187'] } }, T + 1);
    expect(edited.phones).toEqual(['22 33 44 55', '+1-512-555-0187']);
    expect(edited.phoneE164).toEqual([
      { phone: '22 33 44 55', e164: '+4722334455' },
      { phone: '+1-512-555-0187', e164: '+15125550187' },
    ]);
    const { csv } = await exportText(db);
    const [header, row] = csv.slice(1).split('\r\n');
    const cells = row!.split(',');
    const columns = header!.split(',');
    expect(cells[columns.indexOf('Phone')]).toBe('(+47) 22 33 44 55');
    expect(cells[columns.indexOf('Other phones')]).toBe('(+1) 512-555-0187');
    expect(stepAction(undefined, 'call', edited, undefined, { mailProvider: 'gmail', senderName: 'Sam' })).toMatchObject({
      kind: 'call',
      url: 'tel:+4722334455',
      label: 'Call 22 33 44 55',
    });
  });
});
