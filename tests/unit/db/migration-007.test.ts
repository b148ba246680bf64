import { describe, expect, it } from 'vitest';
import { DB_VERSION, getLead, MIGRATIONS, openLeadlineDb } from '@/lib/db';
import { saveDrafts } from '@/lib/capture/save-drafts';
import { leadAsStoredAt6 } from '../db-helpers';

const BEFORE = MIGRATIONS.findIndex((migration) => migration.name === 'social profiles');
const T0 = 1_700_000_000_000;

// Leads exactly as version 6 stored them: no socialUrls, identity keys without social or website keys.
const stored = (id: string, fields: Record<string, unknown>) => leadAsStoredAt6(id, T0, fields);

describe('migration 007 (social profiles)', () => {
  it('keeps every lead, turns a profile typed as a website into a social profile, and recomputes identity keys', async () => {
    expect(BEFORE).toBeGreaterThan(0);
    const name = 'upgrade-to-social-profiles';
    const old = await openLeadlineDb({ name, migrations: MIGRATIONS.slice(0, BEFORE) });
    await old.put(
      'leads',
      stored('lead-wren', {
        fullName: 'Wren Calloway',
        websiteUrl: 'https://twitter.com/WrenCalloway',
        company: 'Fernhollow',
        identity: ['nc:wren calloway|fernhollow'],
      }),
    );
    await old.put(
      'leads',
      stored('lead-odile', {
        fullName: 'Odile Marchetti',
        websiteUrl: 'https://odile.example/',
        emails: ['odile@marchetti.example'],
      }),
    );
    await old.put(
      'leads',
      stored('lead-bram', {
        fullName: 'Bram Ostrowski',
        company: 'Kelpwood',
        companyDomain: 'kelpwood.example',
        websiteUrl: 'https://www.kelpwood.example/',
      }),
    );
    old.close();

    const db = await openLeadlineDb({ name });
    expect(db.version).toBe(DB_VERSION);
    const wren = await getLead(db, 'lead-wren');
    expect(wren?.socialProfiles).toEqual([{ network: 'x', url: 'https://x.com/wrencalloway', handle: '@wrencalloway' }]);
    expect(wren?.websiteUrl).toBe('https://twitter.com/WrenCalloway');
    expect(wren?.identity).toEqual(expect.arrayContaining(['social:x:https://x.com/wrencalloway', 'nc:wren calloway|fernhollow']));
    const odile = await getLead(db, 'lead-odile');
    expect(odile?.socialProfiles).toEqual([]);
    expect(odile?.identity).toEqual(expect.arrayContaining(['email:odile@marchetti.example', 'web:odile.example']));
    // A company's own site is shared by colleagues: never an identity key.
    expect((await getLead(db, 'lead-bram'))?.identity.some((key) => key.startsWith('web:'))).toBe(false);

    // Captured on X after the upgrade, Wren is found again by her profile: one lead, not two.
    const [result] = await saveDrafts(db, [
      { fullName: 'Wren C.', source: 'x', sourceUrl: 'https://x.com/wrencalloway', socialUrl: 'https://x.com/wrencalloway', evidence: {} },
    ]);
    expect(result?.created).toBe(false);
    expect(result?.lead.id).toBe('lead-wren');
    expect(await db.count('leads')).toBe(3);
  });
});
