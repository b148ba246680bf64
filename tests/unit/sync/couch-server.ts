import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/*
 * A real CouchDB-protocol server for the sync tests: pouchdb-server, in memory, on a free port of
 * 127.0.0.1, with an admin, a team database and a member. Requests go over real HTTP with Node's
 * fetch (the happy-dom fetch of the other unit tests would apply a page's CORS rules).
 */

export const ADMIN = { name: 'admin', password: 'admin-pass-7' };

export interface TestServer {
  url: string;
  /** Node's fetch, for the client (tests may wrap it to watch requests). */
  fetch: typeof fetch;
  /** A request as the admin (set up users and databases, look at what the server holds). */
  admin(path: string, init?: { method?: string; body?: unknown }): Promise<{ status: number; body: unknown }>;
  /** A database with `members` as its only members. */
  createDatabase(name: string, members: readonly string[]): Promise<void>;
  createUser(name: string, password: string): Promise<void>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

const nodeFetch: typeof fetch = globalThis.fetch.bind(globalThis);

/** Starts pouchdb-server on a free port and waits until it answers. */
export async function startCouchServer(): Promise<TestServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'leadline-couch-'));
  const bin = resolve('node_modules/pouchdb-server/bin/pouchdb-server');
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, '--in-memory', '--port', String(port), '--host', '127.0.0.1', '-n', '-c', join(dir, 'config.json')],
    {
      cwd: dir,
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    try {
      const response = await nodeFetch(`${url}/`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() - started > 30_000) throw new Error('pouchdb-server did not start within 30 s');
    await new Promise((wait) => setTimeout(wait, 100));
  }
  const basic = `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`;
  let adminSet = false;
  const admin: TestServer['admin'] = async (path, init = {}) => {
    const response = await nodeFetch(`${url}/${path}`, {
      method: init.method ?? 'GET',
      headers: { 'Content-Type': 'application/json', ...(adminSet ? { Authorization: basic } : {}) },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  await admin(`_config/admins/${ADMIN.name}`, { method: 'PUT', body: ADMIN.password });
  adminSet = true;
  return {
    url,
    fetch: nodeFetch,
    admin,
    async createUser(name, password) {
      const result = await admin(`_users/org.couchdb.user:${name}`, { method: 'PUT', body: { name, password, roles: [], type: 'user' } });
      if (result.status >= 300) throw new Error(`user ${name}: ${JSON.stringify(result.body)}`);
    },
    async createDatabase(name, members) {
      const created = await admin(name, { method: 'PUT' });
      if (created.status >= 300) throw new Error(`database ${name}: ${JSON.stringify(created.body)}`);
      await admin(`${name}/_security`, {
        method: 'PUT',
        body: { members: { names: members, roles: [] }, admins: { names: [], roles: [] } },
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill();
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
