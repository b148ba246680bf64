// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouchClient, testConnection } from '@/lib/sync/couch';
import { TeamConfigSchema } from '@/lib/sync/config';
import { startCouchServer, type TestServer } from './couch-server';

let server: TestServer;

beforeAll(async () => {
  server = await startCouchServer();
  await server.createUser('dana', 'dana-pass');
  await server.createUser('milo', 'milo-pass');
  await server.createDatabase('acme-leads', ['dana']);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const config = (overrides: Record<string, string> = {}) =>
  TeamConfigSchema.parse({ serverUrl: server.url, database: 'acme-leads', username: 'dana', password: 'dana-pass', ...overrides });

describe('Test connection', () => {
  it('says ok for a member of the database', async () => {
    const result = await testConnection(config(), { fetch: server.fetch });
    expect(result).toMatchObject({ ok: true, kind: 'ok' });
    expect(result.line).toBe(`Connected to acme-leads on ${server.url} as dana`);
  });

  it('names each thing that can be wrong in one line', async () => {
    expect((await testConnection(config({ password: 'not-it' }), { fetch: server.fetch })).line).toBe('Wrong user name or password');
    expect((await testConnection(config({ username: 'nobody-here' }), { fetch: server.fetch })).line).toBe('Wrong user name or password');
    expect((await testConnection(config({ database: 'acme-typo' }), { fetch: server.fetch })).line).toBe(
      `No database called acme-typo on ${server.url}`,
    );
    expect((await testConnection(config({ username: 'milo', password: 'milo-pass' }), { fetch: server.fetch })).line).toBe(
      'milo has no permission on acme-leads',
    );
    // A port nothing listens on.
    const closed = TeamConfigSchema.parse({ serverUrl: 'http://127.0.0.1:9', database: 'acme-leads', username: 'dana', password: 'x' });
    expect(await testConnection(closed, { fetch: server.fetch, timeoutMs: 3000 })).toMatchObject({
      ok: false,
      kind: 'unreachable',
      line: 'http://127.0.0.1:9 is unreachable',
    });
  });

  it('says the host permission is missing before trying', async () => {
    let asked = 0;
    const counting: typeof fetch = (input, init) => {
      asked++;
      return server.fetch(input, init);
    };
    const result = await testConnection(config(), { fetch: counting, hostAllowed: () => Promise.resolve(false) });
    expect(result.line).toMatch(/^Leadline may not reach http:\/\/127\.0\.0\.1:\d+ yet/);
    expect(asked).toBe(0);
  });
});

describe('the client', () => {
  it('writes with _bulk_docs and reads them back from _changes after a checkpoint', async () => {
    const client = new CouchClient(config(), { fetch: server.fetch });
    const before = await client.changes(0, 1000);
    const [saved] = await client.bulkDocs([{ _id: 'templates:t-1', name: 'Hello' }]);
    expect(saved).toMatchObject({ ok: true, id: 'templates:t-1' });
    const after = await client.changes(before.last_seq, 1000);
    expect(after.results.map((result) => result.id)).toEqual(['templates:t-1']);
    expect(after.results[0]?.doc).toMatchObject({ name: 'Hello', _rev: saved?.rev });
    // The same old revision again is a conflict, reported per document.
    const [again] = await client.bulkDocs([{ _id: 'templates:t-1', name: 'Hello again' }]);
    expect(again?.error).toBe('conflict');
  });
});
