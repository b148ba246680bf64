// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLead } from '@/lib/db';
import { saveLead } from '@/lib/leads/save-lead';
import { TeamConfigSchema } from '@/lib/sync/config';
import { syncOnce } from '@/lib/sync/engine';
import { liveFeed } from '@/lib/sync/live';
import { freshDb } from '../db-helpers';
import { startCouchServer, type TestServer } from './couch-server';

let server: TestServer;

beforeAll(async () => {
  server = await startCouchServer();
  await server.createUser('dana', 'dana-pass');
  await server.createUser('ravi', 'ravi-pass');
  await server.createDatabase('live-team', ['dana', 'ravi']);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const config = (user: string) =>
  TeamConfigSchema.parse({ serverUrl: server.url, database: 'live-team', username: user, password: `${user}-pass` });

// Real HTTP to a server process: a shared, loaded machine needs more than the default 5 s.
describe('the live feed of an open page', { timeout: 30_000 }, () => {
  it('shows a change made in the other profile within 2 seconds', async () => {
    const dana = await freshDb();
    const ravi = await freshDb();
    await syncOnce({ db: ravi, config: config('ravi'), fetch: server.fetch });
    const controller = new AbortController();
    const feed = liveFeed({
      db: ravi,
      config: config('ravi'),
      fetch: server.fetch,
      signal: controller.signal,
      run: () => syncOnce({ db: ravi, config: config('ravi'), fetch: server.fetch }),
    });
    // Let the long-poll reach the server before the change.
    await new Promise((wait) => setTimeout(wait, 300));

    const { lead } = await saveLead(dana, { patch: { fullName: 'Thandiwe Mokoena', title: 'Regional Buyer' }, origin: { kind: 'manual' } });
    const started = Date.now();
    await syncOnce({ db: dana, config: config('dana'), fetch: server.fetch });
    let seen: Awaited<ReturnType<typeof getLead>>;
    while (!(seen = await getLead(ravi, lead.id)) && Date.now() - started < 5_000) await new Promise((wait) => setTimeout(wait, 20));
    const elapsed = Date.now() - started;
    controller.abort();
    expect(seen?.title).toBe('Regional Buyer');
    expect(elapsed).toBeLessThan(2_000);
    // Closing the page ends the pending long-poll and the loop at once.
    const closing = Date.now();
    await feed;
    expect(Date.now() - closing).toBeLessThan(1_000);
  }, 30_000);
});
