import { describe, expect, it } from 'vitest';
import { leadAsStoredBefore11 } from '../db-helpers';
import { DB_VERSION, getLead, MIGRATIONS, openLeadlineDb } from '@/lib/db';
import { backfillPhoneE164 } from '@/lib/leads';

const BEFORE = MIGRATIONS.findIndex((migration) => migration.name === 'phone E.164 backfill');
const T0 = 1_700_000_000_000;

// Leads exactly as version 11 stored them: national phones without their E.164 form.
const stored = (id: string, fields: Record<string, unknown>) => leadAsStoredBefore11(id, T0, { phoneE164: [], ...fields });

describe('migration 012 (phone E.164 backfill)', () => {
  it('gives stored national numbers their E.164 form from the lead’s country, resuming where it stopped', async () => {
    expect(BEFORE).toBe(11);
    const name = 'upgrade-to-phone-backfill';
    const old = await openLeadlineDb({ name, migrations: MIGRATIONS.slice(0, BEFORE) });
    // By email (.co.uk), company domain (.de), website (.fr); one with no country; one already international.
    await old.put(
      'leads',
      stored('lead-a-imogen', {
        fullName: 'Imogen Thackeray',
        emails: ['imogen@saltmarsh.co.uk'],
        phones: ['+44 (0)20 7946-0321', '07700 900461'],
        phoneE164: [{ phone: '+44 (0)20 7946-0321', e164: '+442079460321' }],
        notes: 'Prefers mornings',
      }),
    );
    await old.put('leads', stored('lead-b-jakob', { fullName: 'Jakob Wendt', companyDomain: 'kranwerk.de', phones: ['030 901820'] }));
    await old.put(
      'leads',
      stored('lead-c-odile', {
        fullName: 'Odile Marchetti',
        websiteUrl: 'https://atelier-marchetti.fr/contact',
        phones: ['01 42 68 53 00'],
      }),
    );
    await old.put('leads', stored('lead-d-sam', { fullName: 'Sam Okoro', emails: ['sam@okoro.example'], phones: ['555 0143'] }));
    await old.put(
      'leads',
      stored('lead-e-tobias', {
        fullName: 'Tobias Renn',
        phones: ['+1 (512) 555-0187'],
        phoneE164: [{ phone: '+1 (512) 555-0187', e164: '+15125550187' }],
      }),
    );
    old.close();

    const db = await openLeadlineDb({ name });
    expect(db.version).toBe(DB_VERSION);
    // The upgrade itself changes no lead: the numbering plans are not in the code that opens the database.
    expect((await getLead(db, 'lead-b-jakob'))?.phoneE164).toEqual([]);

    // Stopped after its first batch (the service worker ended): the first two leads are done, the rest wait.
    expect(await backfillPhoneE164(db, { batchSize: 2, batches: 1 })).toBe(2);
    expect((await getLead(db, 'lead-c-odile'))?.phoneE164).toEqual([]);
    // Resumed at the next start: it goes on after the last lead done and writes only what changes.
    expect(await backfillPhoneE164(db, { batchSize: 2 })).toBe(1);

    const imogen = await getLead(db, 'lead-a-imogen');
    expect(imogen).toMatchObject({ phones: ['+44 (0)20 7946-0321', '07700 900461'], notes: 'Prefers mornings', updatedAt: T0 });
    expect(imogen?.phoneE164).toEqual([
      { phone: '+44 (0)20 7946-0321', e164: '+442079460321' },
      { phone: '07700 900461', e164: '+447700900461' },
    ]);
    expect((await getLead(db, 'lead-b-jakob'))?.phoneE164).toEqual([{ phone: '030 901820', e164: '+4930901820' }]);
    expect((await getLead(db, 'lead-c-odile'))?.phoneE164).toEqual([{ phone: '01 42 68 53 00', e164: '+33142685300' }]);
    // No country to read it in: the number stays as written, with no invented form.
    expect((await getLead(db, 'lead-d-sam'))?.phoneE164).toEqual([]);
    expect((await getLead(db, 'lead-e-tobias'))?.phoneE164).toEqual([{ phone: '+1 (512) 555-0187', e164: '+15125550187' }]);
    expect(await db.count('leads')).toBe(5);

    // Done: later starts find nothing due.
    expect(await backfillPhoneE164(db)).toBe(0);
    db.close();
  });

  it('has nothing to do in a database created at this version', async () => {
    const db = await openLeadlineDb({ name: 'fresh-phone-backfill' });
    expect(await backfillPhoneE164(db)).toBe(0);
    db.close();
  });
});
