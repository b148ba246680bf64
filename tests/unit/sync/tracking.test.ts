// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getLead, type LeadlineDB } from '@/lib/db';
import { withSyncStores } from '@/lib/db/sync-stores';
import { deleteLead } from '@/lib/leads/delete-lead';
import { eraseLead } from '@/lib/leads/erase-lead';
import { saveLead } from '@/lib/leads/save-lead';
import { updateLead } from '@/lib/leads/update-lead';
import { loadTeamConfig, type TeamConfig } from '@/lib/sync/config';
import { syncOnce } from '@/lib/sync/engine';
import { connectTeam, disconnectTeam } from '@/lib/team/connect';
import { freshDb } from '../db-helpers';
import { startCouchServer, type TestServer } from './couch-server';

let server: TestServer;

beforeAll(async () => {
  server = await startCouchServer();
  await server.createUser('dana', 'dana-pass');
  await server.createUser('ravi', 'ravi-pass');
  await server.createDatabase('harbour', ['dana', 'ravi']);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

afterEach(() => fakeBrowser.reset());

const T0 = 1_764_000_000_000;

const outboxCount = (db: LeadlineDB) => withSyncStores(db).count('outbox');

async function connect(db: LeadlineDB, user: 'dana' | 'ravi'): Promise<TeamConfig> {
  const result = await connectTeam(
    () => Promise.resolve(db),
    { serverUrl: server.url, database: 'harbour', username: user, password: `${user}-pass`, displayName: user },
    () => Promise.resolve(true),
    T0,
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.config;
}

const sync = (db: LeadlineDB, config: TeamConfig) => syncOnce({ db, config, fetch: server.fetch });

async function onServer(id: string): Promise<{ status: number; doc: Record<string, unknown> }> {
  const reply = await server.admin(`harbour/${encodeURIComponent(id)}`);
  return { status: reply.status, doc: reply.body as Record<string, unknown> };
}

// Real HTTP to a server process: a shared, loaded machine needs more than the default 5 s.
describe('the outbox while no team server is set', { timeout: 30_000 }, () => {
  it('records nothing before Connect, and Connect still sends everything written before it', async () => {
    const dana = await freshDb();
    const people = ['Marisol Teague', 'Ephraim Coldwell', 'Annika Strand'];
    const ids: string[] = [];
    for (const [index, fullName] of people.entries()) {
      const { lead } = await saveLead(dana, { patch: { fullName, company: 'Gullwing Ferries' }, origin: { kind: 'manual' } }, T0 + index);
      ids.push(lead.id);
    }
    await updateLead(dana, ids[0]!, { fields: { title: 'Fleet buyer' } }, T0 + 10);
    expect(await outboxCount(dana)).toBe(0);

    const config = await connect(dana, 'dana');
    // Three leads, their timelines and this member are waiting.
    expect(await outboxCount(dana)).toBeGreaterThanOrEqual(7);
    expect((await sync(dana, config)).status).toMatchObject({ state: 'idle', waiting: 0 });
    for (const [index, id] of ids.entries()) {
      const stored = await onServer(`leads:${id}`);
      expect(stored.status).toBe(200);
      expect(stored.doc.fullName).toBe(people[index]);
    }
    expect((await onServer(`leads:${ids[0]}`)).doc.title).toBe('Fleet buyer');

    // Ravi, connected elsewhere, gets them all.
    const ravi = await freshDb();
    const raviConfig = await connect(ravi, 'ravi');
    await sync(ravi, raviConfig);
    expect((await getLead(ravi, ids[0]!))?.title).toBe('Fleet buyer');
    expect((await getLead(ravi, ids[2]!))?.fullName).toBe('Annika Strand');
    // Members travel too: Ravi can hand a lead back to Dana, and Dana sees Ravi after her next sync.
    expect(await ravi.get('members', 'dana')).toMatchObject({ username: 'dana', displayName: 'dana' });
    await sync(dana, config);
    expect(await dana.get('members', 'ravi')).toMatchObject({ username: 'ravi', displayName: 'ravi' });
  });

  it('sends what changed while disconnected after reconnecting, and leaves the rest alone', async () => {
    const dana = await freshDb();
    const made = await Promise.all(
      ['Hollis Marchetti', 'Bertrand Osei', 'Clementine Pugh', 'Dorcas Winterbourne'].map(async (fullName, index) => {
        const { lead } = await saveLead(dana, { patch: { fullName, company: 'Saltmarsh Co-op' }, origin: { kind: 'manual' } }, T0 + index);
        return lead.id;
      }),
    );
    const [edited, untouched, deleted, erased] = made as [string, string, string, string];
    const config = await connect(dana, 'dana');
    await sync(dana, config);
    const untouchedRev = (await onServer(`leads:${untouched}`)).doc._rev;

    await disconnectTeam(
      () => Promise.resolve(dana),
      await loadTeamConfig(),
      () => Promise.resolve(true),
    );
    expect(await loadTeamConfig()).toBeNull();
    await updateLead(dana, edited, { fields: { title: 'Harbour master', location: 'Whitby' } }, T0 + 100);
    await deleteLead(dana, deleted);
    await eraseLead(dana, erased);
    expect(await outboxCount(dana)).toBe(0);

    const again = await connect(dana, 'dana');
    const result = await sync(dana, again);
    expect(result.status).toMatchObject({ state: 'idle', waiting: 0 });
    const now = await onServer(`leads:${edited}`);
    expect(now.doc).toMatchObject({ title: 'Harbour master', location: 'Whitby' });
    // Replaced on top of the revision it had: no conflict left on the server.
    expect(String(now.doc._rev)).toMatch(/^2-/);
    expect((await onServer(`leads:${untouched}`)).doc._rev).toBe(untouchedRev);
    expect((await onServer(`leads:${deleted}`)).status).toBe(404);
    expect((await onServer(`leads:${erased}`)).status).toBe(404);

    // An edit after reconnecting is recorded again, as it is made.
    await updateLead(dana, untouched, { fields: { title: 'Net maker' } }, T0 + 200);
    expect(await withSyncStores(dana).get('outbox', `leads:${untouched}`)).toBeDefined();
    await sync(dana, again);
    expect((await onServer(`leads:${untouched}`)).doc.title).toBe('Net maker');
  });
});
