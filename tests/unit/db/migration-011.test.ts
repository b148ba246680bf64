import { describe, expect, it } from 'vitest';
import { leadAsStoredBefore11 } from '../db-helpers';
import { DB_VERSION, getLead, MIGRATIONS, openLeadlineDb } from '@/lib/db';
import { saveLead } from '@/lib/leads';

const BEFORE = MIGRATIONS.findIndex((migration) => migration.name === 'phone E.164');
const T0 = 1_700_000_000_000;

// Leads exactly as the previous version stored them: phones as written, nothing beside them.
const stored = (id: string, fields: Record<string, unknown>) => leadAsStoredBefore11(id, T0, { ...fields });

describe('migration 011 (phone E.164)', () => {
  it('keeps every lead and its phones as written, and stores the E.164 form of international numbers', async () => {
    expect(BEFORE).toBeGreaterThan(0);
    const name = 'upgrade-to-phone-e164';
    const old = await openLeadlineDb({ name, migrations: MIGRATIONS.slice(0, BEFORE) });
    await old.put(
      'leads',
      stored('lead-imogen', {
        fullName: 'Imogen Thackeray',
        emails: ['imogen@saltmarsh.co.uk'],
        phones: ['+44 (0)20 7946-0321', '07700 900461'],
        notes: 'Prefers mornings',
        identity: ['email:imogen@saltmarsh.co.uk'],
      }),
    );
    await old.put('leads', stored('lead-tobias', { fullName: 'Tobias Renn', phones: ['+1 (512) 555-0187 ext. 4', 'call reception'] }));
    await old.put('leads', stored('lead-none', { fullName: 'Ada Quill' }));
    old.close();

    const db = await openLeadlineDb({ name });
    expect(db.version).toBe(DB_VERSION);
    const imogen = await getLead(db, 'lead-imogen');
    expect(imogen).toMatchObject({
      phones: ['+44 (0)20 7946-0321', '07700 900461'],
      notes: 'Prefers mornings',
      identity: ['email:imogen@saltmarsh.co.uk'],
    });
    // The national number waits for the numbering plans (the next save).
    expect(imogen?.phoneE164).toEqual([{ phone: '+44 (0)20 7946-0321', e164: '+442079460321' }]);
    expect((await getLead(db, 'lead-tobias'))?.phoneE164).toEqual([
      // Its extension is stored beside it from migration 015 on.
      { phone: '+1 (512) 555-0187 ext. 4', e164: '+15125550187', ext: '4' },
    ]);
    expect((await getLead(db, 'lead-none'))?.phoneE164).toEqual([]);
    expect(await db.count('leads')).toBe(3);

    // Captured again after the upgrade: the national form of the office line is the same phone, and the mobile gets its form.
    const { lead } = await saveLead(
      db,
      {
        patch: { fullName: 'Imogen Thackeray', emails: ['imogen@saltmarsh.co.uk'], phones: ['020 7946 0321'], title: 'Buyer' },
        origin: { kind: 'manual' },
      },
      T0 + 1,
    );
    expect(lead.id).toBe('lead-imogen');
    expect(lead.phones).toEqual(['+44 (0)20 7946-0321', '07700 900461']);
    expect(lead.phoneE164.map((entry) => entry.e164)).toEqual(['+442079460321', '+447700900461']);
  });
});
