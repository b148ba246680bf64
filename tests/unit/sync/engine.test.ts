// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allLeads,
  companyDomains,
  domainAddresses,
  findProblems,
  getLead,
  getSettings,
  leadTimeline,
  updateSettings,
  writeTx,
  type LeadlineDB,
} from '@/lib/db';
import { withSyncStores } from '@/lib/db/sync-stores';
import { deleteLead } from '@/lib/leads/delete-lead';
import { eraseLead } from '@/lib/leads/erase-lead';
import { saveLead } from '@/lib/leads/save-lead';
import { updateLead } from '@/lib/leads/update-lead';
import { TeamConfigSchema, type SyncStatus } from '@/lib/sync/config';
import { listSyncProblems, nextRetryAt, syncOnce } from '@/lib/sync/engine';
import { freshDb } from '../db-helpers';
import { startCouchServer, type TestServer } from './couch-server';

let server: TestServer;
let dbCount = 0;

beforeAll(async () => {
  server = await startCouchServer();
  await server.createUser('dana', 'dana-pass');
  await server.createUser('ravi', 'ravi-pass');
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

/** A team database of its own for each test, with Dana (marketing) and Ravi (sales) as members. */
async function teamDatabase(): Promise<string> {
  dbCount++;
  const name = `team-${dbCount}`;
  await server.createDatabase(name, ['dana', 'ravi']);
  return name;
}

const T0 = 1_764_000_000_000;

/** The test server, except that the `page`th page of changes never comes: the network drops. */
function droppingPage(page: number): typeof fetch {
  let pages = 0;
  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.includes('/_changes') && ++pages === page) return Promise.reject(new TypeError('network down'));
    return server.fetch(input, init);
  };
}

/** A team database holding `count` leads written straight to the server (`<prefix>-00`, … named `<name> 0`, …). */
async function teamDatabaseWithLeads(count: number, prefix: string, name: string): Promise<string> {
  const database = await teamDatabase();
  const docs = Array.from({ length: count }, (_, i) => ({
    _id: `leads:${prefix}-${String(i).padStart(2, '0')}`,
    id: `${prefix}-${String(i).padStart(2, '0')}`,
    fullName: `${name} ${i}`,
    createdAt: T0 + i,
    updatedAt: T0 + i,
  }));
  expect((await server.admin(`${database}/_bulk_docs`, { method: 'POST', body: { docs } })).status).toBe(201);
  return database;
}

function browserOf(database: string, user: 'dana' | 'ravi', db: LeadlineDB, fetchImpl: typeof fetch = server.fetch) {
  const config = TeamConfigSchema.parse({ serverUrl: server.url, database, username: user, password: `${user}-pass`, displayName: user });
  const statuses: SyncStatus[] = [];
  return {
    db,
    statuses,
    sync: () => syncOnce({ db, config, fetch: fetchImpl, onStatus: (status) => void statuses.push(status) }),
  };
}

async function twoBrowsers() {
  const database = await teamDatabase();
  return { database, dana: browserOf(database, 'dana', await freshDb()), ravi: browserOf(database, 'ravi', await freshDb()) };
}

// Real HTTP to a server process: a shared, loaded machine needs more than the default 5 s.
describe('team sync against a CouchDB-protocol server', { timeout: 30_000 }, () => {
  it('carries a lead with its timeline and the workspace settings, not personal ones', async () => {
    const { dana, ravi } = await twoBrowsers();
    const { lead } = await saveLead(
      dana.db,
      {
        patch: {
          fullName: 'Ines Callaghan',
          emails: ['ines@brightwater.example'],
          title: 'Head of Procurement',
          company: 'Brightwater Freight',
        },
        origin: { kind: 'manual' },
      },
      T0,
    );
    await updateLead(dana.db, lead.id, { deal: { stage: 'qualified', notes: 'Wants a pilot in March' } }, T0 + 60_000);
    await updateSettings(dana.db, { currency: 'EUR', holidays: ['2026-12-25'], ownEmails: ['dana@ourco.example'], senderName: 'Dana' });

    const first = await dana.sync();
    expect(first.status).toMatchObject({ state: 'idle', waiting: 0 });
    expect(first.pushed).toBeGreaterThanOrEqual(4);
    const got = await ravi.sync();
    expect(got.status.state).toBe('idle');

    const copy = await getLead(ravi.db, lead.id);
    expect(copy).toMatchObject({
      fullName: 'Ines Callaghan',
      title: 'Head of Procurement',
      stage: 'qualified',
      notes: 'Wants a pilot in March',
    });
    expect(copy?.editedFields).toEqual(expect.arrayContaining(['fullName', 'title', 'company']));
    // Derived index keys are rebuilt on arrival: Ravi finds her by email.
    expect(copy?.identity).toContain('email:ines@brightwater.example');
    const timeline = (await leadTimeline(ravi.db, lead.id)).map((entry) => entry.summary);
    expect(timeline.length).toBe((await leadTimeline(dana.db, lead.id)).length);
    expect(timeline.some((summary) => summary.includes('Qualified'))).toBe(true);

    const settings = await getSettings(ravi.db);
    expect(settings.currency).toBe('EUR');
    expect(settings.holidays).toEqual(['2026-12-25']);
    expect(settings.ownEmails).toEqual([]);
    expect(settings.senderName).toBe('');
    // Nothing left to send either way.
    expect((await dana.sync()).status.waiting).toBe(0);
    expect(await withSyncStores(ravi.db).count('outbox')).toBe(0);
  });

  it('merges offline edits on both sides field by field, every typed value surviving', async () => {
    const { dana, ravi } = await twoBrowsers();
    const { lead } = await saveLead(
      dana.db,
      { patch: { fullName: 'Bram Oduya', company: 'Kettle & Finch' }, origin: { kind: 'manual' } },
      T0,
    );
    await dana.sync();
    await ravi.sync();
    // Apart: Dana types a title and a location; Ravi types a phone and another location, later.
    await updateLead(dana.db, lead.id, { fields: { title: 'Operations Director', location: 'Leeds' } }, T0 + 1_000);
    await updateLead(
      ravi.db,
      lead.id,
      { fields: { phones: ['+44 113 496 0000'], location: 'Bradford' }, deal: { stage: 'contacted' } },
      T0 + 2_000,
    );
    await dana.sync();
    await ravi.sync();
    await dana.sync();

    for (const side of [dana, ravi]) {
      const merged = await getLead(side.db, lead.id);
      expect(merged).toMatchObject({
        title: 'Operations Director',
        phones: ['+44 113 496 0000'],
        location: 'Bradford',
        stage: 'contacted',
      });
      const summaries = (await leadTimeline(side.db, lead.id)).map((entry) => entry.summary);
      // Dana's location lost to Ravi's newer one, and the timeline says so on both sides.
      expect(summaries.filter((summary) => summary.includes('“Leeds”'))).toHaveLength(1);
    }
  });

  it('resolves conflicting revisions on the server and leaves none behind', async () => {
    const { database, dana } = await twoBrowsers();
    const base = {
      id: 'lead-split',
      fullName: 'Cosima Hart',
      emails: [],
      phones: [],
      stage: 'new',
      notes: '',
      customFields: {},
      campaignIds: [],
      sourceTags: {},
      capturedFrom: 'manual',
      createdAt: T0,
    };
    // Two replicas of the team database each took an edit of the same revision (as a cluster or
    // a PouchDB client would): revision 2 exists twice.
    const branches = [
      {
        ...base,
        _id: 'leads:lead-split',
        _rev: '2-aaaa',
        _revisions: { start: 2, ids: ['aaaa', 'base'] },
        title: 'CFO',
        provenance: { title: { source: 'manual', at: T0 + 10 } },
        editedFields: ['title'],
        updatedAt: T0 + 10,
      },
      {
        ...base,
        _id: 'leads:lead-split',
        _rev: '2-bbbb',
        _revisions: { start: 2, ids: ['bbbb', 'base'] },
        location: 'Porto',
        provenance: { location: { source: 'manual', at: T0 + 20 } },
        editedFields: ['location'],
        updatedAt: T0 + 20,
      },
    ];
    const written = await server.admin(`${database}/_bulk_docs`, { method: 'POST', body: { docs: branches, new_edits: false } });
    expect(written.status).toBe(201);
    const before = await server.admin(`${database}/leads:lead-split?conflicts=true`);
    expect((before.body as { _conflicts?: string[] })._conflicts).toHaveLength(1);

    const result = await dana.sync();
    expect(result.conflictsResolved).toBe(1);
    const after = await server.admin(`${database}/leads:lead-split?conflicts=true`);
    expect((after.body as { _conflicts?: string[] })._conflicts ?? []).toEqual([]);
    expect(after.body).toMatchObject({ title: 'CFO', location: 'Porto' });
    expect(await getLead(dana.db, 'lead-split')).toMatchObject({ title: 'CFO', location: 'Porto' });
  });

  it('keeps an edit made while another device deleted the lead, and shows it', async () => {
    const { dana, ravi } = await twoBrowsers();
    const { lead } = await saveLead(
      dana.db,
      { patch: { fullName: 'Lorcan Whitby', company: 'Saltmarsh Ltd' }, origin: { kind: 'manual' } },
      T0,
    );
    await dana.sync();
    await ravi.sync();
    await deleteLead(dana.db, lead.id);
    await updateLead(ravi.db, lead.id, { fields: { title: 'Buyer' } }, T0 + 5_000);
    await dana.sync();
    await ravi.sync();
    await dana.sync();

    expect(await getLead(ravi.db, lead.id)).toMatchObject({ title: 'Buyer' });
    expect(await getLead(dana.db, lead.id)).toMatchObject({ fullName: 'Lorcan Whitby', title: 'Buyer' });
    const problems = await listSyncProblems(ravi.db);
    expect(problems).toEqual([
      expect.objectContaining({ store: 'leads', key: lead.id, message: 'Deleted on another device while edited here: the edit was kept' }),
    ]);
    const summaries = (await leadTimeline(ravi.db, lead.id)).map((entry) => entry.summary);
    expect(summaries).toContain('Deleted on another device while edited here: the edit was kept');
  });

  it('refuses broken and hostile documents, lists them under Problems and writes none', async () => {
    const { database, dana } = await twoBrowsers();
    const lead = (id: string, extra: Record<string, unknown>) => ({
      _id: `leads:${id}`,
      id,
      fullName: 'Nadia Ferro',
      createdAt: T0,
      updatedAt: T0,
      ...extra,
    });
    const docs = [
      lead('h-script', { fullName: 'Nadia <script>alert(document.cookie)</script>' }),
      lead('h-big', { notes: 'x'.repeat(300_000) }),
      lead('h-shape', { fullName: 42, emails: 'not-a-list' }),
      lead('h-link', { websiteUrl: 'javascript:alert(1)' }),
      { ...lead('h-other', {}), id: 'someone-else' },
      {
        _id: 'activities:h-act',
        id: 'h-act',
        leadId: 'x',
        type: 'note',
        at: T0,
        summary: 'ok',
        details: { html: '<img src=x onerror="alert(1)">' },
      },
      lead('fine', { title: 'Analyst' }),
    ];
    const written = await server.admin(`${database}/_bulk_docs`, { method: 'POST', body: { docs } });
    expect(written.status).toBe(201);

    const result = await dana.sync();
    expect(result.refused).toBe(6);
    expect((await dana.db.getAllKeys('leads')).sort()).toEqual(['fine']);
    expect(await dana.db.count('activities')).toBe(0);
    const listed = await findProblems(dana.db);
    expect(listed.map((problem) => problem.key).sort()).toEqual(['h-act', 'h-big', 'h-link', 'h-other', 'h-script', 'h-shape']);
    expect(listed.find((problem) => problem.key === 'h-big')?.message).toMatch(/^Refused from the team server: too large/);
    expect(listed.find((problem) => problem.key === 'h-link')?.message).toMatch(/websiteUrl/);
  });

  it('checks a first sync of many transactions ahead of each, refusing hostile documents in any of them', async () => {
    const database = await teamDatabase();
    // 30 leads, 2 a reply, 4 replies a transaction: four transactions; a hostile lead in the first, third and last.
    const hostile = new Set([1, 17, 29]);
    const docs = Array.from({ length: 30 }, (_, i) => ({
      _id: `leads:many-${String(i).padStart(2, '0')}`,
      id: `many-${String(i).padStart(2, '0')}`,
      fullName: hostile.has(i) ? `Quill <img src=x onerror=alert(${i})>` : `Perpetua Ashcombe ${i}`,
      emails: [`perpetua.${i}@ashcombe-mills.example`],
      createdAt: T0 + i,
      updatedAt: T0 + i,
    }));
    expect((await server.admin(`${database}/_bulk_docs`, { method: 'POST', body: { docs } })).status).toBe(201);
    const info = (await server.admin(database)).body as { update_seq: string | number };

    const db = await freshDb();
    const config = TeamConfigSchema.parse({ serverUrl: server.url, database, username: 'ravi', password: 'ravi-pass' });
    const statuses: SyncStatus[] = [];
    const result = await syncOnce({ db, config, fetch: server.fetch, batch: 2, onStatus: (status) => void statuses.push(status) });

    expect(result).toMatchObject({ pulled: 27, refused: 3, status: { state: 'idle' } });
    const names = (await allLeads(db)).map((lead) => lead.fullName);
    expect(names).toHaveLength(27);
    expect(names).toContain('Perpetua Ashcombe 0');
    expect(names).toContain('Perpetua Ashcombe 28');
    expect(names.some((name) => name.includes('Quill'))).toBe(false);
    expect((await findProblems(db)).map((problem) => problem.key).sort()).toEqual(['many-01', 'many-17', 'many-29']);
    // Every lead is findable by its address: its derived keys were made from the checked record.
    expect((await domainAddresses(db, 'ashcombe-mills.example'))?.leads).toHaveLength(27);
    expect(String((await withSyncStores(db).get('syncState', 'checkpoint'))?.value)).toBe(String(info.update_seq));
    // The progress bar only moves forward, one step a transaction.
    const done = statuses.flatMap((status) => (status.progress ? [status.progress.done] : []));
    expect(done.length).toBeGreaterThanOrEqual(3);
    expect(done).toEqual([...done].sort((a, b) => a - b));
  });

  it('erases on the server too and refuses the person when the server sends them back', async () => {
    const { database, dana, ravi } = await twoBrowsers();
    const requests: Array<{ url: string; body: string }> = [];
    const watching: typeof fetch = (input, init) => {
      requests.push({
        url: input instanceof Request ? input.url : input.toString(),
        body: typeof init?.body === 'string' ? init.body : '',
      });
      return server.fetch(input, init);
    };
    const watched = browserOf(database, 'dana', dana.db, watching);
    const { lead } = await saveLead(
      dana.db,
      { patch: { fullName: 'Saoirse Brannock', emails: ['saoirse@heathcote.example'] }, origin: { kind: 'manual' } },
      T0,
    );
    await updateLead(dana.db, lead.id, { fields: { title: 'Ward sister' } }, T0 + 1000);
    await watched.sync();
    // Ravi holds the person too, and writes on their timeline.
    await ravi.sync();
    expect((await getLead(ravi.db, lead.id))?.title).toBe('Ward sister');
    const stored = await server.admin(`${database}/leads:${lead.id}`);
    expect(stored.status).toBe(200);
    const oldDoc = stored.body as Record<string, unknown>;

    await eraseLead(dana.db, lead.id);
    await watched.sync();
    const gone = await server.admin(`${database}/leads:${lead.id}`);
    expect(gone.status).toBe(404);
    const purge = requests.find((request) => request.url.endsWith('/_purge'));
    expect(purge && Object.keys(JSON.parse(purge.body) as object)).toContain(`leads:${lead.id}`);

    // CouchDB 3 leaves no deletion in `_changes` for a purged document (pouchdb-server, which has
    // no `_purge`, still lists it: Ravi's view of the feed leaves it out). The erasure notice reaches him.
    const purged: typeof fetch = async (input, init) => {
      const response = await server.fetch(input, init);
      const url = input instanceof Request ? input.url : input.toString();
      if (!url.includes('/_changes')) return response;
      const reply = (await response.json()) as { results: Array<{ id: string }> };
      reply.results = reply.results.filter((result) => !result.id.startsWith('leads:') && !result.id.startsWith('activities:'));
      return new Response(JSON.stringify(reply), { status: response.status, headers: { 'Content-Type': 'application/json' } });
    };
    const raviPurged = browserOf(database, 'ravi', ravi.db, purged);
    const raviRun = await raviPurged.sync();
    expect(raviRun.status.state).toBe('idle');
    expect(await getLead(ravi.db, lead.id)).toBeUndefined();
    expect(await leadTimeline(ravi.db, lead.id)).toEqual([]);

    // A server (or a teammate's stale copy) that sends the person back is refused.
    const { _rev: _dropped, ...again } = oldDoc;
    const resent = await server.admin(`${database}/_bulk_docs`, {
      method: 'POST',
      body: { docs: [{ ...again, _id: `leads:${lead.id}` }] },
    });
    expect(resent.status).toBe(201);
    const result = await watched.sync();
    expect(result.refused).toBe(1);
    expect(await getLead(dana.db, lead.id)).toBeUndefined();
    expect((await listSyncProblems(dana.db))[0]).toMatchObject({
      key: lead.id,
      message: 'Refused from the team server: this person was erased here',
    });
    // Ravi, who learnt of the erasure from the notice, refuses them too.
    expect((await ravi.sync()).refused).toBe(1);
    expect(await getLead(ravi.db, lead.id)).toBeUndefined();
  });

  it('keeps its checkpoint across a restart: a new run asks only for what is new', async () => {
    const { database, dana, ravi } = await twoBrowsers();
    for (let i = 0; i < 5; i++)
      await saveLead(dana.db, { patch: { fullName: `Petra Lindqvist ${i}` }, origin: { kind: 'manual' } }, T0 + i);
    await dana.sync();
    expect((await ravi.sync()).pulled).toBeGreaterThanOrEqual(10);
    const checkpoint = (await withSyncStores(ravi.db).get('syncState', 'checkpoint'))?.value;
    expect(checkpoint).toBeDefined();

    await saveLead(dana.db, { patch: { fullName: 'Yusuf Okafor' }, origin: { kind: 'manual' } }, T0 + 100);
    await dana.sync();
    // A fresh engine (the service worker was stopped): nothing in memory, the checkpoint in IndexedDB.
    const asked: string[] = [];
    const restarted = browserOf(database, 'ravi', ravi.db, (input, init) => {
      asked.push(input instanceof Request ? input.url : input.toString());
      return server.fetch(input, init);
    });
    const result = await restarted.sync();
    expect(result.pulled).toBe(2);
    const changes = asked.find((url) => url.includes('/_changes'));
    expect(new URL(changes ?? 'http://x/').searchParams.get('since')).toBe(String(checkpoint));
  });

  it('keeps the pages downloaded before the server went away, and carries on from them', async () => {
    const { database, dana } = await twoBrowsers();
    for (let i = 0; i < 6; i++)
      await saveLead(dana.db, { patch: { fullName: `Oksana Brightwater ${i}` }, origin: { kind: 'manual' } }, T0 + i);
    await dana.sync();
    // Ravi's third page of changes never comes: the network drops.
    const dropping = droppingPage(3);
    const db = await freshDb();
    const config = TeamConfigSchema.parse({ serverUrl: server.url, database, username: 'ravi', password: 'ravi-pass' });
    const cut = await syncOnce({ db, config, fetch: dropping, batch: 2 });
    expect(cut.status).toMatchObject({ state: 'offline', lastError: `${server.url} is unreachable` });
    // The two pages that came (four documents) are written, with the checkpoint after them.
    expect((await allLeads(db)).length + (await withSyncStores(db).count('activities'))).toBe(4);
    expect(await withSyncStores(db).count('syncMeta')).toBe(4);
    const next = await syncOnce({ db, config, fetch: server.fetch, batch: 2 });
    expect(next.pulled).toBe(8);
    expect((await allLeads(db)).map((lead) => lead.fullName).sort()).toEqual([0, 1, 2, 3, 4, 5].map((i) => `Oksana Brightwater ${i}`));
  });

  it('writes every page that came when the server goes away during a later transaction', async () => {
    const database = await teamDatabaseWithLeads(14, 'cut', 'Ilse Marchetti');
    // Pages of two: the first transaction takes four (eight leads); the sixth page never comes.
    const dropping = droppingPage(6);
    const db = await freshDb();
    const config = TeamConfigSchema.parse({ serverUrl: server.url, database, username: 'ravi', password: 'ravi-pass' });
    const cut = await syncOnce({ db, config, fetch: dropping, batch: 2, now: () => T0 });
    expect(cut.status).toMatchObject({ state: 'offline', lastError: `${server.url} is unreachable` });
    expect(await db.count('leads')).toBe(10);
    // The next run carries on after the fifth page.
    const next = await syncOnce({ db, config, fetch: server.fetch, batch: 2, now: () => T0 });
    expect(next).toMatchObject({ pulled: 4, status: { state: 'idle' } });
    expect(await db.count('leads')).toBe(14);
  });

  it('reports bad credentials, a missing database and an unreachable server as status lines', async () => {
    const database = await teamDatabase();
    const db = await freshDb();
    await saveLead(db, { patch: { fullName: 'Agnieszka Wilde' }, origin: { kind: 'manual' } }, T0);
    const run = (overrides: Record<string, string>) =>
      syncOnce({
        db,
        config: TeamConfigSchema.parse({ serverUrl: server.url, database, username: 'dana', password: 'dana-pass', ...overrides }),
        fetch: server.fetch,
        timeoutMs: 3000,
      });
    expect((await run({ password: 'wrong' })).status).toMatchObject({ state: 'error', lastError: 'Wrong user name or password' });
    expect((await run({ database: 'no-such-team' })).status).toMatchObject({
      state: 'error',
      lastError: `No database called no-such-team on ${server.url}`,
    });
    const offline = await run({ serverUrl: 'http://127.0.0.1:9' });
    expect(offline.status).toMatchObject({ state: 'offline', lastError: 'http://127.0.0.1:9 is unreachable' });
    expect(offline.status.waiting).toBeGreaterThanOrEqual(2);
    // Three failures in a row: the next automatic run waits 2 minutes (30 s doubled twice).
    const before = Date.now();
    expect(await nextRetryAt(db)).toBeGreaterThanOrEqual(before + 110_000);
    const recovered = await run({});
    expect(recovered.status).toMatchObject({ state: 'idle', waiting: 0 });
    expect(await nextRetryAt(db)).toBe(0);
    const notAllowed = await syncOnce({
      db,
      config: TeamConfigSchema.parse({ serverUrl: server.url, database, username: 'dana', password: 'dana-pass' }),
      fetch: server.fetch,
      hostAllowed: () => Promise.resolve(false),
    });
    expect(notAllowed.status.lastError).toMatch(/^Leadline may not reach http:\/\/127\.0\.0\.1:\d+ yet/);
  });
  it('merges a first sync into a profile that already holds the lead, counting its address once', async () => {
    const { dana, ravi } = await twoBrowsers();
    const { lead } = await saveLead(
      dana.db,
      {
        patch: { fullName: 'Mara Quill', emails: ['mara@ostrander.example'], company: 'Ostrander Mills' },
        origin: { kind: 'manual' },
      },
      T0,
    );
    // Ravi holds the same lead (one backup restored in both browsers) and types a location
    // before joining the team; Dana types a title and syncs first.
    const copy = await getLead(dana.db, lead.id);
    await writeTx(ravi.db, ['leads'], (tx) => tx.objectStore('leads').put(copy!));
    await updateLead(ravi.db, lead.id, { fields: { location: 'Leeds' } }, T0 + 1_000);
    await updateLead(dana.db, lead.id, { fields: { title: 'Procurement Lead' } }, T0 + 2_000);
    await dana.sync();

    const first = await ravi.sync();
    expect(first.status.state).toBe('idle');
    expect(await ravi.db.count('leads')).toBe(1);
    expect(await getLead(ravi.db, lead.id)).toMatchObject({ title: 'Procurement Lead', location: 'Leeds' });
    const summary = await domainAddresses(ravi.db, 'ostrander.example');
    expect(summary?.leads.map((entry) => [entry.leadId, entry.email])).toEqual([[lead.id, 'mara@ostrander.example']]);
    expect((await companyDomains(ravi.db, 'Ostrander Mills'))?.leads).toEqual({ 'ostrander.example': 1 });
    // The merge goes up: Dana gets Ravi's typed location, her title kept.
    await dana.sync();
    expect(await getLead(dana.db, lead.id)).toMatchObject({ title: 'Procurement Lead', location: 'Leeds' });
  });

  it('keeps only the new address of a lead changed on the server during a first sync', async () => {
    const database = await teamDatabase();
    const person = (id: string, fullName: string, email: string) => ({
      _id: `leads:${id}`,
      id,
      fullName,
      company: 'Ostrander Mills',
      emails: [email],
      createdAt: T0,
      updatedAt: T0,
    });
    const written = await server.admin(`${database}/_bulk_docs`, {
      method: 'POST',
      body: {
        docs: [
          person('moved', 'Mara Quill', 'mara@ostrander.example'),
          person('stays-1', 'Tobias Renn', 'tobias@ostrander.example'),
          person('stays-2', 'Wren Abara', 'wren@kilnworth.example'),
          person('stays-3', 'Odile Sarr', 'odile@kilnworth.example'),
        ],
      },
    });
    const rev = (written.body as Array<{ id: string; rev: string }>).find((row) => row.id === 'leads:moved')!.rev;
    // Mara's address changes on the server once the first page of changes has been read: the
    // pull meets her twice, the second time over the version it wrote itself.
    let moved = false;
    const watching: typeof fetch = async (input, init) => {
      const response = await server.fetch(input, init);
      const url = input instanceof Request ? input.url : String(input);
      if (!moved && url.includes('/_changes')) {
        moved = true;
        const next = { ...person('moved', 'Mara Quill', 'mara.quill@ostrander-mills.example'), _rev: rev, updatedAt: T0 + 1 };
        expect((await server.admin(`${database}/leads:moved`, { method: 'PUT', body: next })).status).toBe(201);
      }
      return response;
    };
    const db = await freshDb();
    const config = TeamConfigSchema.parse({ serverUrl: server.url, database, username: 'ravi', password: 'ravi-pass' });
    const result = await syncOnce({ db, config, fetch: watching, batch: 2 });
    expect(moved).toBe(true);
    expect(result.pulled).toBe(5);
    expect((await getLead(db, 'moved'))?.emails).toEqual(['mara.quill@ostrander-mills.example']);
    expect((await domainAddresses(db, 'ostrander.example'))?.leads.map((entry) => entry.email)).toEqual(['tobias@ostrander.example']);
    expect((await domainAddresses(db, 'ostrander-mills.example'))?.leads.map((entry) => entry.leadId)).toEqual(['moved']);
    expect((await companyDomains(db, 'Ostrander Mills'))?.leads).toEqual({
      'ostrander.example': 1,
      'ostrander-mills.example': 1,
      'kilnworth.example': 2,
    });
  });

  it('keeps its lease through a first sync longer than the lease: the minute alarm does not start a second run', async () => {
    const database = await teamDatabaseWithLeads(60, 'long', 'Evander Holloway');
    // Each page of changes takes 10 s of the run's clock: 30 pages, 300 s, well past the 120 s lease.
    let clock = T0;
    let pages = 0;
    let second: ReturnType<typeof syncOnce> | undefined;
    const db = await freshDb();
    const config = TeamConfigSchema.parse({ serverUrl: server.url, database, username: 'ravi', password: 'ravi-pass' });
    const slow: typeof fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.includes('/_changes')) {
        clock += 10_000;
        // 200 s in: the alarm's run starts in the same browser.
        if (++pages === 20) second = syncOnce({ db, config, fetch: server.fetch, batch: 2, now: () => clock });
      }
      return server.fetch(input, init);
    };
    const first = await syncOnce({ db, config, fetch: slow, batch: 2, now: () => clock });
    expect(second).toBeDefined();
    const alarm = await second!;
    expect(alarm).toMatchObject({ busy: true, pulled: 0, pushed: 0 });
    expect(first).toMatchObject({ pulled: 60, status: { state: 'idle' } });
    expect(await db.count('leads')).toBe(60);
  });

  it('stops at the first batch after another context took its lease, writing none of that batch', async () => {
    const database = await teamDatabaseWithLeads(12, 'taken', 'Marisol Quenby');
    const db = await freshDb();
    const config = TeamConfigSchema.parse({ serverUrl: server.url, database, username: 'ravi', password: 'ravi-pass' });
    let pages = 0;
    const stolen: typeof fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      // After the first transaction's pages (four replies of two), a run that stalled past its
      // lease finds it taken: another context holds it until well after now.
      if (url.includes('/_changes') && ++pages === 6) {
        await withSyncStores(db).put('syncState', { id: 'lease', value: { holder: 'the alarm', until: T0 + 600_000 }, at: T0 });
      }
      return server.fetch(input, init);
    };
    const result = await syncOnce({ db, config, fetch: stolen, batch: 2, now: () => T0 });
    expect(result).toMatchObject({ busy: true, status: { state: 'syncing' } });
    // The first transaction's eight leads are in; the rest wait for the lease's holder.
    expect(await db.count('leads')).toBe(8);
    expect((await withSyncStores(db).get('syncState', 'lease'))?.value).toEqual({ holder: 'the alarm', until: T0 + 600_000 });
  });

  it('runs once at a time per browser: a second run started meanwhile says it was busy and writes nothing', async () => {
    const { dana } = await twoBrowsers();
    await saveLead(
      dana.db,
      { patch: { fullName: 'Perpetua Lisle', emails: ['perpetua@saltmarsh.example'] }, origin: { kind: 'manual' } },
      T0,
    );
    const [first, second] = await Promise.all([dana.sync(), dana.sync()]);
    const busy = [first, second].filter((result) => result.busy);
    expect(busy).toHaveLength(1);
    expect(busy[0]).toMatchObject({ pulled: 0, pushed: 0, status: { state: 'syncing' } });
    expect([first, second].find((result) => !result.busy)?.pushed).toBeGreaterThan(0);
    // The lease is given back: the next run works.
    const third = await dana.sync();
    expect(third.busy).toBeUndefined();
    expect(third.status.state).toBe('idle');
  });
});
