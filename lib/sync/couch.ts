import { z } from 'zod';
import type { TeamConfig } from './config';

/*
 * The part of CouchDB's HTTP API team sync uses, written by hand (docs/sync.md says why not
 * PouchDB): session login, the database's info, `_bulk_docs`, `_changes`, a document's revisions
 * and `_purge`. Every reply is untrusted: parsed with zod, its size bounded, before anything reads it.
 */

/** What went wrong talking to the server, as the one line Settings → Team shows. */
export type SyncErrorKind = 'unreachable' | 'not-allowed' | 'credentials' | 'no-database' | 'no-permission' | 'server' | 'bad-reply';

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    /** Worth retrying later (the network or the server may come back). */
    readonly transient = kind === 'unreachable' || kind === 'server',
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

/** A reply larger than this is refused (a server cannot make the extension run out of memory). */
export const MAX_REPLY_BYTES = 64 * 1024 * 1024;
/** One document's JSON: the largest record Leadline writes is far smaller (notes up to 20,000 characters). */
export const MAX_DOC_BYTES = 256 * 1024;

/** A CouchDB document as it travels: `_id`, `_rev`, maybe `_deleted`, and the record's fields. */
export type CouchDoc = { _id: string; _rev?: string; _deleted?: boolean; _conflicts?: string[] } & Record<string, unknown>;

const RevSchema = z.string().min(1).max(200);
const DocIdSchema = z.string().min(1).max(1000);

const ChangesSchema = z.object({
  results: z
    .array(
      z.object({
        id: DocIdSchema,
        seq: z.union([z.string().max(10_000), z.number()]),
        changes: z.array(z.object({ rev: RevSchema })).max(10_000),
        deleted: z.boolean().optional(),
        // Checked as an object only: each document is checked field by field when applied
        // (lib/sync/mapping.ts), and a record schema here would copy every document once more.
        doc: z
          .custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value))
          .nullable()
          .optional(),
      }),
    )
    .max(100_000),
  last_seq: z.union([z.string().max(10_000), z.number()]),
  pending: z.number().optional(),
});
export type ChangesReply = z.infer<typeof ChangesSchema>;

const BulkReplySchema = z
  .array(
    z.object({
      id: DocIdSchema.optional(),
      rev: RevSchema.optional(),
      ok: z.boolean().optional(),
      error: z.string().max(200).optional(),
      reason: z.string().max(1000).optional(),
    }),
  )
  .max(100_000);
export type BulkReply = z.infer<typeof BulkReplySchema>;

const DbInfoSchema = z.object({
  db_name: z.string().max(300).optional(),
  update_seq: z.union([z.string().max(10_000), z.number()]).optional(),
  doc_count: z.number().optional(),
});

const OpenRevsSchema = z
  .array(z.union([z.object({ ok: z.record(z.string(), z.unknown()) }), z.object({ missing: RevSchema })]))
  .max(10_000);

const ErrorBodySchema = z.object({ error: z.string().max(200).optional(), reason: z.string().max(1000).optional() }).loose();

export interface CouchOptions {
  /** The fetch to use (tests pass Node's own). */
  fetch?: typeof fetch;
  /** Milliseconds before a request counts as unreachable. */
  timeoutMs?: number;
  /** Ends requests in flight (a page's live feed when the page closes). */
  signal?: AbortSignal;
}

/** A reply read whole. */
interface Reply {
  status: number;
  ok: boolean;
  headers: Headers;
  text: string;
}

const origin = (config: TeamConfig) => new URL(config.serverUrl).origin;

/** "Leadline may not reach https://couch.example.com yet": the host permission is not granted. */
export function notAllowedError(config: TeamConfig): SyncError {
  return new SyncError('not-allowed', `Leadline may not reach ${origin(config)} yet: connect again in Settings → Team to allow it`, false);
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * One server and database. Logs in with a session cookie (POST /_session) where the context keeps
 * cookies; where it does not (a request after login still answers 401), it sends HTTP Basic
 * credentials instead. Nothing is kept between instances: the service worker makes one per run.
 */
export class CouchClient {
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  private readonly signal: AbortSignal | undefined;
  private cookie: string | undefined;
  private mode: 'none' | 'session' | 'basic' = 'none';

  constructor(
    readonly config: TeamConfig,
    options: CouchOptions = {},
  ) {
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.signal = options.signal;
  }

  private url(path: string): string {
    return `${this.config.serverUrl}/${path}`;
  }

  private dbPath(path = ''): string {
    return `${encodeURIComponent(this.config.database)}${path ? `/${path}` : ''}`;
  }

  /** One request, read whole within the timeout (a long-poll's body may come long after its headers). */
  private async raw(path: string, init: RequestInit & { auth?: boolean } = {}): Promise<Reply> {
    const headers = new Headers(init.headers);
    headers.set('Accept', 'application/json');
    if (init.body !== undefined) headers.set('Content-Type', 'application/json');
    if (init.auth !== false) {
      if (this.mode === 'basic') headers.set('Authorization', `Basic ${base64(`${this.config.username}:${this.config.password}`)}`);
      else if (this.cookie) headers.set('Cookie', this.cookie);
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    const stop = () => controller.abort();
    this.signal?.addEventListener('abort', stop, { once: true });
    try {
      let response: Response;
      try {
        response = await this.fetchImpl(this.url(path), {
          ...init,
          headers,
          credentials: 'include',
          signal: controller.signal,
          redirect: 'error',
        });
      } catch {
        throw new SyncError('unreachable', `${origin(this.config)} is unreachable`);
      }
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > MAX_REPLY_BYTES) throw new SyncError('bad-reply', 'The server sent a reply too large to read');
      let text: string;
      try {
        text = await response.text();
      } catch {
        throw new SyncError('unreachable', `${origin(this.config)} is unreachable`);
      }
      if (text.length > MAX_REPLY_BYTES) throw new SyncError('bad-reply', 'The server sent a reply too large to read');
      return { status: response.status, ok: response.ok, headers: response.headers, text };
    } finally {
      clearTimeout(timer);
      this.signal?.removeEventListener('abort', stop);
    }
  }

  private body(reply: Reply): unknown {
    try {
      return reply.text ? (JSON.parse(reply.text) as unknown) : undefined;
    } catch {
      throw new SyncError('bad-reply', `${origin(this.config)} did not answer as a CouchDB server`);
    }
  }

  /** Logs in (POST /_session). Throws a SyncError naming what is wrong. */
  async login(): Promise<void> {
    const response = await this.raw('_session', {
      method: 'POST',
      body: JSON.stringify({ name: this.config.username, password: this.config.password }),
      auth: false,
    });
    if (response.status === 401 || response.status === 403) {
      throw new SyncError('credentials', 'Wrong user name or password', false);
    }
    if (!response.ok) throw this.failure(response, 'login');
    const parsed = z
      .object({ ok: z.boolean().optional(), name: z.string().max(300).nullable().optional() })
      .loose()
      .safeParse(this.body(response));
    if (!parsed.success) throw new SyncError('bad-reply', `${origin(this.config)} did not answer as a CouchDB server`);
    // Browsers keep the cookie themselves (and hide Set-Cookie); Node hands it over.
    const setCookie = response.headers.get('set-cookie');
    const session = setCookie?.match(/AuthSession=[^;]*/)?.[0];
    if (session) this.cookie = session;
    this.mode = 'session';
  }

  /** A request that needs the user: logs in first, and falls back to Basic when the cookie did not stick. */
  private async request(path: string, init: RequestInit = {}): Promise<Reply> {
    if (this.mode === 'none') await this.login();
    let response = await this.raw(path, init);
    if (response.status === 401 && this.mode === 'session') {
      this.mode = 'basic';
      response = await this.raw(path, init);
    }
    return response;
  }

  private failure(response: Reply, what: string): SyncError {
    let reason = '';
    try {
      const parsed = ErrorBodySchema.safeParse(this.body(response));
      if (parsed.success) reason = parsed.data.reason ?? parsed.data.error ?? '';
    } catch {
      // The status says enough.
    }
    if (response.status === 401) {
      return /name or password/i.test(reason)
        ? new SyncError('credentials', 'Wrong user name or password', false)
        : new SyncError('no-permission', `${this.config.username} has no permission on ${this.config.database}`, false);
    }
    if (response.status === 403)
      return new SyncError('no-permission', `${this.config.username} has no permission on ${this.config.database}`, false);
    if (response.status === 404 && what === 'database')
      return new SyncError('no-database', `No database called ${this.config.database} on ${origin(this.config)}`, false);
    if (response.status >= 500) return new SyncError('server', `The server failed (${response.status}) during ${what}`);
    return new SyncError('server', `The server refused ${what} (${response.status}${reason ? `: ${reason.slice(0, 120)}` : ''})`, false);
  }

  /** The database's info; tells a missing database from one this user may not read. */
  async info(): Promise<z.infer<typeof DbInfoSchema>> {
    const response = await this.request(this.dbPath());
    if (!response.ok) throw this.failure(response, 'database');
    const parsed = DbInfoSchema.safeParse(this.body(response));
    if (!parsed.success) throw new SyncError('bad-reply', `${origin(this.config)} did not answer as a CouchDB server`);
    return parsed.data;
  }

  /** Writes documents (new edits: each carries the revision it replaces). One reply per document. */
  async bulkDocs(docs: readonly CouchDoc[]): Promise<BulkReply> {
    const response = await this.request(this.dbPath('_bulk_docs'), { method: 'POST', body: JSON.stringify({ docs }) });
    if (!response.ok) throw this.failure(response, 'the upload');
    const parsed = BulkReplySchema.safeParse(this.body(response));
    if (!parsed.success) throw new SyncError('bad-reply', 'The server answered the upload in a form Leadline does not know');
    return parsed.data;
  }

  /** Changes since `since`, with each document's winning revision and its conflicts. */
  async changes(since: string | number, limit: number, longpollMs?: number): Promise<ChangesReply> {
    const query = new URLSearchParams({
      since: String(since),
      include_docs: 'true',
      style: 'all_docs',
      conflicts: 'true',
      limit: String(limit),
    });
    if (longpollMs) {
      query.set('feed', 'longpoll');
      query.set('timeout', String(longpollMs));
    }
    const response = await this.request(`${this.dbPath('_changes')}?${query.toString()}`);
    if (!response.ok) throw this.failure(response, 'the download');
    const parsed = ChangesSchema.safeParse(this.body(response));
    if (!parsed.success) throw new SyncError('bad-reply', 'The server answered the download in a form Leadline does not know');
    return parsed.data;
  }

  /** The given revisions of a document (its conflicting leaves); missing ones are left out. */
  async openRevs(id: string, revs: readonly string[] | 'all'): Promise<CouchDoc[]> {
    const query = new URLSearchParams({ open_revs: revs === 'all' ? 'all' : JSON.stringify(revs), revs: 'false' });
    const response = await this.request(`${this.dbPath(encodeURIComponent(id))}?${query.toString()}`);
    if (!response.ok) throw this.failure(response, 'reading a document');
    const parsed = OpenRevsSchema.safeParse(this.body(response));
    if (!parsed.success) throw new SyncError('bad-reply', 'The server answered with revisions in a form Leadline does not know');
    return parsed.data.flatMap((entry) => ('ok' in entry ? [entry.ok as CouchDoc] : []));
  }

  /** A document's winning revision with its conflicts, or undefined when missing or deleted. */
  async get(id: string): Promise<CouchDoc | undefined> {
    const response = await this.request(`${this.dbPath(encodeURIComponent(id))}?conflicts=true`);
    if (response.status === 404) {
      return undefined;
    }
    if (!response.ok) throw this.failure(response, 'reading a document');
    const body = this.body(response);
    if (!body || typeof body !== 'object' || typeof (body as { _id?: unknown })._id !== 'string')
      throw new SyncError('bad-reply', 'The server answered with a document Leadline does not know');
    return body as CouchDoc;
  }

  /**
   * Removes documents and every revision of them from the server (`_purge`, CouchDB 2.3+; the
   * user must be a database admin). Resolves `unsupported` where the server has no `_purge`.
   */
  async purge(revsById: Readonly<Record<string, readonly string[]>>): Promise<'purged' | 'unsupported'> {
    const response = await this.request(this.dbPath('_purge'), { method: 'POST', body: JSON.stringify(revsById) });
    if (response.ok) {
      return 'purged';
    }
    if (response.status === 400 || response.status === 404 || response.status === 405 || response.status === 501) {
      return 'unsupported';
    }
    throw this.failure(response, 'erasing on the server');
  }
}

/**
 * Tries the configured server and answers in one line: unreachable, wrong user name or password,
 * no such database, no permission, or `ok`. Settings → Team's "Test connection" shows it.
 */
export async function testConnection(
  config: TeamConfig,
  options: CouchOptions & { hostAllowed?: (origin: string) => Promise<boolean> } = {},
): Promise<{ ok: boolean; kind: SyncErrorKind | 'ok'; line: string }> {
  if (options.hostAllowed && !(await options.hostAllowed(origin(config)))) {
    const error = notAllowedError(config);
    return { ok: false, kind: error.kind, line: error.message };
  }
  const client = new CouchClient(config, options);
  try {
    await client.login();
    await client.info();
    return { ok: true, kind: 'ok', line: `Connected to ${config.database} on ${origin(config)} as ${config.username}` };
  } catch (error) {
    if (error instanceof SyncError) return { ok: false, kind: error.kind, line: error.message };
    throw error;
  }
}
