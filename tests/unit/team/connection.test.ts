import { describe, expect, it } from 'vitest';
import { testConnection, type FetchLike } from '@/lib/team/connection';

const CONFIG = { serverUrl: 'https://couch.fernhollow.example/db', database: 'acme/leads', username: 'dana', password: 'Ünïcode-s3cret' };
const AUTH = `Basic ${Buffer.from('dana:Ünïcode-s3cret', 'utf8').toString('base64')}`;

type Reply = { status: number; body?: string } | 'network-error';

/** A fake CouchDB: answers by path; records each request's URL and whether it carried the right credentials. */
function server(routes: Record<string, Reply | ((auth: string | undefined) => Reply)>) {
  const seen: Array<{ url: string; auth: string | undefined }> = [];
  const fetcher: FetchLike = (url, init) => {
    const auth = init.headers.Authorization;
    seen.push({ url, auth });
    const path = url.slice(CONFIG.serverUrl.length);
    const route = routes[path];
    const reply = typeof route === 'function' ? route(auth) : (route ?? { status: 404, body: '{"error":"not_found"}' });
    if (reply === 'network-error') return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve({ status: reply.status, ok: reply.status >= 200 && reply.status < 300, text: () => Promise.resolve(reply.body ?? '') });
  };
  return { fetcher, seen };
}

const WELCOME = { status: 200, body: '{"couchdb":"Welcome","version":"3.4.2"}' };
const checked = (auth: string | undefined): Reply => (auth === AUTH ? { status: 200, body: '{"ok":true,"userCtx":{"name":"dana"}}' } : { status: 401, body: '{"error":"unauthorized"}' });

describe('Test connection says what is wrong in one line', () => {
  it('connects, and names the database and how many documents it holds', async () => {
    const { fetcher, seen } = server({ '/': WELCOME, '/_session': checked, '/acme%2Fleads': (auth) => (auth === AUTH ? { status: 200, body: '{"db_name":"acme/leads","doc_count":12840}' } : { status: 401 }) });
    expect(await testConnection(CONFIG, fetcher)).toEqual({ ok: true, message: 'Connected to acme/leads on couch.fernhollow.example (12,840 documents)' });
    // The root is asked without credentials; the database name is one path segment.
    expect(seen.map((request) => [request.url, request.auth === AUTH])).toEqual([
      ['https://couch.fernhollow.example/db/', false],
      ['https://couch.fernhollow.example/db/_session', true],
      ['https://couch.fernhollow.example/db/acme%2Fleads', true],
    ]);
  });

  it.each<[string, Record<string, Reply | ((auth: string | undefined) => Reply)>, string, string]>([
    ['nothing answers', { '/': 'network-error' }, 'unreachable', 'Cannot reach couch.fernhollow.example: check the address and that the server is running'],
    ['a web page answers', { '/': { status: 200, body: '<!doctype html><title>Fernhollow</title>' } }, 'not-couchdb', 'couch.fernhollow.example does not answer like a CouchDB server: check the address'],
    ['the server fails', { '/': { status: 503 } }, 'server', 'couch.fernhollow.example answered with an error (503); try again later'],
    ['the password is wrong', { '/': WELCOME, '/_session': { status: 401, body: '{"error":"unauthorized","reason":"Name or password is incorrect."}' } }, 'credentials', 'Wrong user name or password'],
    ['the database does not exist', { '/': WELCOME, '/_session': checked }, 'database', 'There is no database acme/leads on couch.fernhollow.example'],
    ['the user is not a member of the database', { '/': WELCOME, '/_session': checked, '/acme%2Fleads': { status: 403, body: '{"error":"forbidden"}' } }, 'permission', 'dana has no permission to use the database acme/leads'],
    ['the server requires a login even for its root', { '/': { status: 401 }, '/_session': { status: 401 } }, 'credentials', 'Wrong user name or password'],
    ['the connection drops after the root', { '/': WELCOME, '/_session': 'network-error' }, 'unreachable', 'Cannot reach couch.fernhollow.example: check the address and that the server is running'],
  ])('when %s', async (_case, routes, problem, message) => {
    const result = await testConnection(CONFIG, server(routes).fetcher);
    expect(result).toEqual({ ok: false, problem, message });
    expect(result.message).not.toContain(CONFIG.password);
  });
});
