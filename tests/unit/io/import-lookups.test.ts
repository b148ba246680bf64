import { beforeEach, describe, expect, it } from 'vitest';
import { allLeads, type LeadlineDB, rebuildCompanyDomains, rebuildDomainAddresses } from '@/lib/db';
import { importCsvText } from '@/lib/io/import-csv';
import type { DomainAddresses } from '@/lib/model';
import { keysMaybePresent, leadsUnderKeys } from '@/lib/io/import-plan';
import { freshDb, leadAsStoredBefore11 } from '../db-helpers';

const HEADER = 'First Name,Last Name,Email,Company,Title';

let db: LeadlineDB;
beforeEach(async () => {
  db = await freshDb();
});

/** Fictional people whose keys sort among each other: names and mail hosts share their first letters. */
const person = (i: number) => ({
  first: `Mar${String.fromCharCode(97 + (i % 26))}${i}`,
  last: `Ostrander${i}`,
  email: `mar${i}@ostr-${i % 7}.example`,
  company: `Ostrava Tools ${i % 5}`,
});

/** An identity index over `leads` as the plan reads it, and the ranges it was asked to read. */
function identityIndex(leads: ReadonlyArray<{ id: string; identity: string[] }>) {
  const entries = leads
    .flatMap((lead) => lead.identity.map((key) => ({ key, lead })))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.lead.id < b.lead.id ? -1 : 1));
  const ranged: string[] = [];
  const index = {
    leadByIdentity: (key: string) => Promise.resolve(entries.find((entry) => entry.key === key)?.lead),
    leadsByIdentity: (key: string) =>
      Promise.resolve(
        entries
          .filter((entry) => entry.key === key)
          .slice(0, 20)
          .map((entry) => entry.lead),
      ),
    leadsWithIdentityIn: (range: IDBKeyRange, count: number) => {
      ranged.push(`${String(range.lower)}…${String(range.upper)}`);
      return Promise.resolve(
        entries
          .filter((entry) => range.includes(entry.key))
          .slice(0, count)
          .map((entry) => entry.lead),
      );
    },
  };
  /** What looking up each key alone finds. */
  const alone = async (keys: string[]) => ({
    first: new Map(
      await Promise.all(keys.filter((key) => key.startsWith('email:')).map(async (key) => [key, await index.leadByIdentity(key)] as const)),
    ),
    ids: new Map(
      await Promise.all(
        keys
          .filter((key) => key.startsWith('nc:'))
          .map(async (key) => [key, (await index.leadsByIdentity(key)).map((lead) => lead.id)] as const),
      ),
    ),
  });
  return { index, ranged, alone, entries };
}

describe('import lookups by ranges of keys', () => {
  it('finds every stored person among many new ones, whatever their keys sit between', async () => {
    // 24 stored people: every third of 72 (their 144 keys fill three ranges of 64).
    const stored = Array.from({ length: 24 }, (_, k) => person(3 * k));
    await importCsvText(db, [HEADER, ...stored.map((p) => `${p.first},${p.last},${p.email},${p.company},Buyer`)].join('\n'), {}, 1000);

    const rows: string[] = [];
    for (let i = 0; i < 72; i++) {
      const p = person(i);
      if (i % 3 !== 0) rows.push(`${p.first},${p.last},${p.email},${p.company},Analyst`);
      // Known people come back with their address in capitals, or (one in four) with no address: by name and company.
      else if (i % 12 === 0) rows.push(`${p.first},${p.last},,${p.company},Head of Tools`);
      else rows.push(`${p.first},${p.last},${p.email.toUpperCase()},${p.company},Head of Tools`);
    }
    // Same name and company as a stored person, another address: a different person, kept apart.
    const twin = person(9);
    rows.push(`${twin.first},${twin.last},other.${twin.email},${twin.company},Twin`);

    const { plan } = await importCsvText(db, [HEADER, ...rows].join('\n'), {}, 2000);
    expect(plan.counts).toMatchObject({ new: 49, update: 24, unchanged: 0, conflict: 0 });
    expect(plan.possibleDuplicates).toBe(1);
    const leads = await allLeads(db);
    expect(leads).toHaveLength(73);
    expect(leads.filter((lead) => lead.title === 'Head of Tools')).toHaveLength(24);
    expect(leads.find((lead) => lead.emails.includes(`other.${twin.email}`))?.title).toBe('Twin');
  });

  it('keeps the address summaries and company domains as a full rebuild makes them, without reading its leads again', async () => {
    const before = [
      HEADER,
      'Wren,Aldous,wren@brightkiln.example,Brightkiln,Buyer',
      'Yusuf,Baptiste,yusuf@brightkiln.example,Brightkiln,Engineer',
      'Zora,Castell,zora@mossgate.example,Mossgate,Owner',
    ];
    await importCsvText(db, before.join('\n'), {}, 1000);
    // Updates add addresses (one at another company's domain) and move a lead to another company;
    // new leads join both domains and a third.
    const after = [
      'First Name,Last Name,Email,Secondary Email,Company,Title',
      'Wren,Aldous,wren@brightkiln.example,w.aldous@mossgate.example,Brightkiln,Buyer',
      'Zora,Castell,zora@mossgate.example,zora.c@tidewell.example,Tidewell,Owner',
      'Abel,Dunmore,abel@brightkiln.example,,Brightkiln,Analyst',
      'Bea,Eastwick,bea@tidewell.example,,Tidewell,Analyst',
    ];
    await importCsvText(db, after.join('\n'), { preset: 'apollo' }, 2000);
    // A summary lists a changed lead's addresses last; a rebuild lists them in store order.
    // The derived stores are not in the typed schema: read them by name.
    const raw = db as unknown as { getAll(store: string): Promise<unknown[]> };
    const stores = async () => ({
      addresses: ((await raw.getAll('domainAddresses')) as DomainAddresses[]).map((summary) => ({
        ...summary,
        leads: [...summary.leads].sort((a, b) => `${a.leadId} ${a.email}`.localeCompare(`${b.leadId} ${b.email}`)),
      })),
      companies: await raw.getAll('companyDomains'),
    });
    const kept = await stores();
    expect(kept.addresses.map((summary) => [summary.domain, summary.leads.length]).sort()).toEqual([
      ['brightkiln.example', 3],
      ['mossgate.example', 2],
      ['tidewell.example', 2],
    ]);
    await rebuildDomainAddresses(db);
    await rebuildCompanyDomains(db);
    expect(await stores()).toEqual(kept);
  });

  it('merges into a lead an older version stored, with the defaults it lacked', async () => {
    await db.put(
      'leads',
      leadAsStoredBefore11('old-lead', 500, {
        fullName: 'Cato Ferreira',
        emails: ['cato@lanternfish.example'],
        company: 'Lanternfish',
        identity: ['email:cato@lanternfish.example', 'nc:cato ferreira|lanternfish'],
      }),
    );
    const { plan } = await importCsvText(
      db,
      [HEADER, 'Cato,Ferreira,cato@lanternfish.example,Lanternfish,Harbour pilot'].join('\n'),
      {},
      2000,
    );
    expect(plan.counts).toMatchObject({ new: 0, update: 1 });
    const [cato] = await allLeads(db);
    expect(cato).toMatchObject({ id: 'old-lead', title: 'Harbour pilot', phoneE164: [], socialProfiles: [] });
  });

  it('rules out absent keys a range at a time and looks up only those a range may hold', async () => {
    const held = new Set(['email:b@x.example', 'email:q@x.example']);
    const asked: Array<[string, string]> = [];
    const reader = {
      anyIdentityIn: (range: IDBKeyRange) => {
        asked.push([range.lower as string, range.upper as string]);
        return Promise.resolve([...held].some((key) => range.includes(key)));
      },
    };
    // 200 absent keys, and two of the index's keys among them.
    const keys = [...Array.from({ length: 200 }, (_, i) => `email:n${String(i).padStart(3, '0')}@new.example`), ...held].sort();
    const maybe = await keysMaybePresent(reader, keys);
    expect(maybe).toEqual(expect.arrayContaining([...held]));
    // Each held key leaves at most its group of eight to look up: 16 keys, not 202.
    expect(maybe.length).toBeLessThanOrEqual(16);
    // Four ranges of 64, then eight ranges of 8 inside the two that hold something.
    expect(asked.length).toBeLessThanOrEqual(4 + 16);
  });

  it('reads a dense range of keys at once and finds under each key what a lookup of it alone finds', async () => {
    // An index of 300 leads: an address and a name + company each; 25 of them share one name +
    // company (more than a weak key's lookup reads), and one lead holds two addresses.
    const leads = Array.from({ length: 300 }, (_, i) => {
      const id = `id-${String(299 - i).padStart(3, '0')}`;
      const weak = i < 25 ? 'nc:sam lee|harbour co' : `nc:person ${String(i).padStart(3, '0')}|harbour co`;
      const emails = [`email:p${String(i).padStart(3, '0')}@harbour.example`, ...(i === 40 ? ['email:p040b@harbour.example'] : [])];
      return { id, identity: [...emails, weak] };
    });
    const { index, ranged, alone, entries } = identityIndex(leads);

    // Dense: every stored address and name + company, and one the index does not hold.
    const dense = [...new Set([...entries.map((entry) => entry.key), 'email:p999@harbour.example'])].sort();
    const found = await leadsUnderKeys(index, dense);
    const expected = await alone(dense);
    // Every range read at once: none held more than its cap.
    expect(ranged).toHaveLength(Math.ceil(dense.length / 64));
    expect(found.first).toEqual(expected.first);
    expect(found.ids).toEqual(expected.ids);
    expect(found.ids.get('nc:sam lee|harbour co')).toHaveLength(20);
    expect(found.first.get('email:p040b@harbour.example')).toBe(found.first.get('email:p040@harbour.example'));

    // Sparse: a few keys far apart (hundreds of entries between them) are looked up one by one.
    const sparse = ['email:p003@harbour.example', 'email:p150@harbour.example', 'email:p297@harbour.example'];
    const lookedUp: string[] = [];
    const few = await leadsUnderKeys(
      {
        ...index,
        leadByIdentity: (key: string) => {
          lookedUp.push(key);
          return index.leadByIdentity(key);
        },
      },
      sparse,
    );
    expect(lookedUp).toEqual(sparse);
    expect(few.first).toEqual((await alone(sparse)).first);

    // A name + company looked up alone brings its leads' records: none is read again by id.
    const shared = await leadsUnderKeys(index, ['nc:sam lee|harbour co']);
    const sams = leads.slice(0, 25).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(shared.ids.get('nc:sam lee|harbour co')).toEqual(sams.slice(0, 20).map((lead) => lead.id));
    expect([...shared.read.keys()].sort()).toEqual(sams.slice(0, 20).map((lead) => lead.id));
    expect(shared.read.get(sams[0]!.id)).toBe(sams[0]);
  });

  it('reads no more ranges once the first ones show the keys lie far apart in the index', async () => {
    // 4,000 stored addresses, and an import naming every fifth: each range of 64 of its keys spans
    // 320 entries of the index, more than its cap, and thirteen ranges would each read theirs.
    const leads = Array.from({ length: 4000 }, (_, i) => ({
      id: `id-${String(i).padStart(4, '0')}`,
      identity: [`email:a${String(i).padStart(4, '0')}@far.example`],
    }));
    const { index, ranged, alone } = identityIndex(leads);
    const keys = leads.filter((_, i) => i % 5 === 0).map((lead) => lead.identity[0]!);
    const found = await leadsUnderKeys(index, keys);
    expect(ranged).toHaveLength(4);
    expect(found.first).toEqual((await alone(keys)).first);
    expect(found.first.get('email:a1995@far.example')).toEqual(leads[1995]);
  });
});
