import type { TeamConfig } from '../sync/config';

/*
 * "Test connection" in Settings → Team: three requests that tell apart what a person can fix — the
 * address (nothing answers), the user name or password (401), the database (404) and the
 * database's members (403). The password goes only into the Authorization header of the server's
 * own origin; it is never part of a message or a log.
 */

export type ConnectionProblem = 'unreachable' | 'not-couchdb' | 'credentials' | 'database' | 'permission' | 'server';

/** What "Test connection" shows: one line. */
export type ConnectionResult = { ok: true; message: string } | { ok: false; problem: ConnectionProblem; message: string };

export type FetchLike = (url: string, init: { method: 'GET'; headers: Record<string, string>; signal?: AbortSignal; credentials: 'omit' }) => Promise<Pick<Response, 'status' | 'ok' | 'text'>>;

const TIMEOUT_MS = 10_000;
/** A root or database answer is a few hundred bytes; a bigger one is not read. */
const MAX_BODY = 64 * 1024;

function basicAuth(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

async function json(response: Pick<Response, 'text'>): Promise<Record<string, unknown> | undefined> {
  try {
    const body = await response.text();
    if (body.length > MAX_BODY) return undefined;
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Checks the team server the way replication will use it, and says in one line what is wrong. */
export async function testConnection(config: Pick<TeamConfig, 'serverUrl' | 'database' | 'username' | 'password'>, fetcher: FetchLike = fetch): Promise<ConnectionResult> {
  const host = new URL(config.serverUrl).host;
  const get = async (path: string, auth: boolean) =>
    fetcher(`${config.serverUrl}${path}`, {
      method: 'GET',
      headers: { Accept: 'application/json', ...(auth ? { Authorization: basicAuth(config.username, config.password) } : {}) },
      signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(TIMEOUT_MS) : undefined,
      // Only the header authenticates: a browser session cookie for that server never stands in.
      credentials: 'omit',
    });

  let root;
  try {
    root = await get('/', false);
  } catch {
    return { ok: false, problem: 'unreachable', message: `Cannot reach ${host}: check the address and that the server is running` };
  }
  if (root.status >= 500) return { ok: false, problem: 'server', message: `${host} answered with an error (${root.status}); try again later` };
  const welcome = root.ok ? await json(root) : undefined;
  // CouchDB says {"couchdb":"Welcome"}; Cloudant and PouchDB Server say so in their own words, all with a version.
  if (root.status !== 401 && (!welcome || typeof welcome.version !== 'string')) {
    return { ok: false, problem: 'not-couchdb', message: `${host} does not answer like a CouchDB server: check the address` };
  }

  try {
    const session = await get('/_session', true);
    if (session.status === 401) return { ok: false, problem: 'credentials', message: 'Wrong user name or password' };

    const database = await get(`/${encodeURIComponent(config.database)}`, true);
    if (database.status === 401) return { ok: false, problem: 'credentials', message: 'Wrong user name or password' };
    if (database.status === 403) return { ok: false, problem: 'permission', message: `${config.username} has no permission to use the database ${config.database}` };
    if (database.status === 404) return { ok: false, problem: 'database', message: `There is no database ${config.database} on ${host}` };
    if (!database.ok) return { ok: false, problem: 'server', message: `${host} answered with an error (${database.status}); try again later` };
    const info = await json(database);
    const count = typeof info?.doc_count === 'number' ? info.doc_count : undefined;
    return {
      ok: true,
      message: `Connected to ${config.database} on ${host}${count === undefined ? '' : ` (${count.toLocaleString('en-US')} ${count === 1 ? 'document' : 'documents'})`}`,
    };
  } catch {
    return { ok: false, problem: 'unreachable', message: `Cannot reach ${host}: check the address and that the server is running` };
  }
}
