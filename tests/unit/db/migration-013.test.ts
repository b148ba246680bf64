import { describe, expect, it } from 'vitest';
import { leadAsStoredBefore11 } from '../db-helpers';
import { DB_VERSION, getLead, MIGRATIONS, openLeadlineDb } from '@/lib/db';
import { domainAddresses } from '@/lib/db/domain-addresses';
import { likelyEmailFor } from '@/lib/leads/likely-email';

const BEFORE = MIGRATIONS.findIndex((migration) => migration.name === 'social networks and domain addresses');
const T0 = Date.UTC(2026, 10, 3, 9);

// Leads exactly as version 12 stored them (as 11 did): profiles as bare normalised URLs.
const stored = (id: string, fields: Record<string, unknown>) =>
  leadAsStoredBefore11(id, T0, { phoneE164: [], capturedFrom: 'manual', ...fields });

describe('migration 013 (social networks and domain addresses)', () => {
  it('stores network and handle beside each profile and builds each domain’s address summary', async () => {
    expect(BEFORE).toBe(12);
    const name = 'upgrade-to-social-networks';
    const old = await openLeadlineDb({ name, migrations: MIGRATIONS.slice(0, BEFORE) });
    const wrenKeys = [
      'social:x:https://x.com/wrencalloway',
      'social:mastodon:https://fosstodon.example/@wren',
      'nc:wren calloway|fernhollow',
    ];
    await old.put(
      'leads',
      stored('lead-wren', {
        fullName: 'Wren Calloway',
        company: 'Fernhollow',
        emails: ['wren.calloway@fernhollow.example'],
        emailDomains: ['fernhollow.example'],
        socialUrls: ['https://x.com/wrencalloway', 'https://fosstodon.example/@wren', 'https://github.com/WrenCal'],
        provenance: { socialUrls: { source: 'manual', at: T0 }, fullName: { source: 'x', at: T0 } },
        editedFields: ['socialUrls', 'company'],
        identity: wrenKeys,
      }),
    );
    await old.put(
      'leads',
      stored('lead-ravi', {
        fullName: 'Ravi Lindqvist',
        firstName: 'Ravi',
        lastName: 'Lindqvist',
        emails: ['ravi.lindqvist@fernhollow.example', 'ravi.l@gmail.com'],
        emailDomains: ['fernhollow.example'],
      }),
    );
    // An open guess teaches nothing: it is not in the summary.
    await old.put(
      'leads',
      stored('lead-tomasz', {
        fullName: 'Tomasz Wren',
        emails: ['tomasz.wren@fernhollow.example'],
        emailGuesses: [{ email: 'tomasz.wren@fernhollow.example', pattern: 'first.last', support: 2, total: 2, evidence: '', at: T0 }],
      }),
    );
    await old.put('emailEvidence', {
      id: 'noor.abernathy@fernhollow.example',
      email: 'noor.abernathy@fernhollow.example',
      domain: 'fernhollow.example',
      fullName: 'Noor Abernathy',
      kind: 'page',
      source: 'web',
      url: 'https://fernhollow.example/team',
      at: T0,
      updatedAt: T0,
    } as never);
    old.close();

    const db = await openLeadlineDb({ name });
    expect(db.version).toBe(DB_VERSION);
    const wren = (await getLead(db, 'lead-wren'))!;
    expect(wren.socialProfiles).toEqual([
      { network: 'x', url: 'https://x.com/wrencalloway', handle: '@wrencalloway' },
      { network: 'mastodon', url: 'https://fosstodon.example/@wren', handle: '@wren@fosstodon.example' },
      { network: 'github', url: 'https://github.com/WrenCal', handle: 'WrenCal' },
    ]);
    expect('socialUrls' in wren).toBe(false);
    expect(wren.provenance.socialProfiles).toEqual({ source: 'manual', at: T0 });
    expect(wren.editedFields).toEqual(['socialProfiles', 'company']);
    // The strong keys are the normalised URLs, as before: unchanged by the upgrade.
    expect(wren.identity).toEqual(wrenKeys);
    expect((await getLead(db, 'lead-ravi'))!.socialProfiles).toEqual([]);

    const summary = await domainAddresses(db, 'fernhollow.example');
    expect(summary?.leads.map((entry) => [entry.email, entry.leadId])).toEqual([
      ['ravi.lindqvist@fernhollow.example', 'lead-ravi'],
      ['wren.calloway@fernhollow.example', 'lead-wren'],
    ]);
    expect(summary?.seen.map((entry) => [entry.email, entry.kind, entry.url])).toEqual([
      ['noor.abernathy@fernhollow.example', 'page', 'https://fernhollow.example/team'],
    ]);
    expect(await domainAddresses(db, 'gmail.com')).toBeUndefined();
    const view = await likelyEmailFor(db, { fullName: 'Maya Ortiz', companyDomain: 'fernhollow.example' }, T0);
    expect(view.guess).toMatchObject({ email: 'maya.ortiz@fernhollow.example', support: 3, total: 3 });
    db.close();
  });
});
