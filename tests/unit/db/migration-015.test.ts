import { describe, expect, it } from 'vitest';
import { leadAsStoredBefore11 } from '../db-helpers';
import { DB_VERSION, getLead, MIGRATIONS, openLeadlineDb } from '@/lib/db';
import { saveLead } from '@/lib/leads';

const BEFORE = MIGRATIONS.findIndex((migration) => migration.name === 'phone extensions');
const T0 = Date.UTC(2026, 11, 1, 9);

// Leads exactly as version 14 stored them: each phone's E.164 form read without its extension.
const stored = (id: string, fields: Record<string, unknown>) =>
  leadAsStoredBefore11(id, T0, { capturedFrom: 'manual', socialProfiles: [], ...fields });

describe('migration 015 (phone extensions)', () => {
  it('stores the extension beside each E.164 form, keeps the phones as written, and leaves other leads untouched', async () => {
    expect(BEFORE).toBe(14);
    const name = 'upgrade-to-phone-extensions';
    const old = await openLeadlineDb({ name, migrations: MIGRATIONS.slice(0, BEFORE) });
    await old.put(
      'leads',
      stored('lead-marisol', {
        fullName: 'Marisol Achebe',
        emails: ['marisol@harborline.example'],
        identity: ['email:marisol@harborline.example'],
        phones: ['+1 415 555 0134 ext. 12', '+1 415 555 0134', '(514) 555-0199 poste 7'],
        phoneE164: [
          { phone: '+1 415 555 0134 ext. 12', e164: '+14155550134' },
          { phone: '+1 415 555 0134', e164: '+14155550134' },
          { phone: '(514) 555-0199 poste 7', e164: '+15145550199' },
        ],
        notes: 'Ask for the warehouse line',
      }),
    );
    await old.put(
      'leads',
      stored('lead-tarik', {
        fullName: 'Tarik Oyelaran',
        phones: ['+44 20 7946 0321'],
        phoneE164: [{ phone: '+44 20 7946 0321', e164: '+442079460321' }],
      }),
    );
    old.close();

    const db = await openLeadlineDb({ name });
    expect(db.version).toBe(DB_VERSION);
    const marisol = await getLead(db, 'lead-marisol');
    expect(marisol?.phones).toEqual(['+1 415 555 0134 ext. 12', '+1 415 555 0134', '(514) 555-0199 poste 7']);
    expect(marisol?.notes).toBe('Ask for the warehouse line');
    expect(marisol?.phoneE164).toEqual([
      { phone: '+1 415 555 0134 ext. 12', e164: '+14155550134', ext: '12' },
      { phone: '+1 415 555 0134', e164: '+14155550134' },
      { phone: '(514) 555-0199 poste 7', e164: '+15145550199', ext: '7' },
    ]);
    const tarik = await getLead(db, 'lead-tarik');
    expect(tarik?.phoneE164).toEqual([{ phone: '+44 20 7946 0321', e164: '+442079460321' }]);
    expect(tarik?.updatedAt).toBe(T0);

    // Captured after the upgrade: the extension written another way is the same phone; another extension is a new one.
    const { lead } = await saveLead(
      db,
      {
        patch: {
          fullName: 'Marisol Achebe',
          emails: ['marisol@harborline.example'],
          phones: ['+1 (415) 555-0134 x12', '+1 415-555-0134 x13'],
        },
        origin: { kind: 'manual' },
      },
      T0 + 1,
    );
    expect(lead.id).toBe('lead-marisol');
    expect(lead.phones).toEqual(['+1 415 555 0134 ext. 12', '+1 415 555 0134', '(514) 555-0199 poste 7', '+1 415-555-0134 x13']);
    expect(lead.phoneE164.at(-1)).toEqual({ phone: '+1 415-555-0134 x13', e164: '+14155550134', ext: '13' });
  });
});
