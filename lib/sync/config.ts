import { z } from 'zod';
import { onLocalChanged, readLocal, removeLocal, writeLocal } from '../browser';
import { TEAM_CONFIG_KEY } from './team-key';

/*
 * The team server a workspace replicates with, and the sync state the background reports. Both live
 * in the browser's local extension storage, never in IndexedDB: credentials must stay out of
 * backups and exports, and the status is written by the background for every page to read.
 */

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True for an https URL, or an http one on this machine (a test server). */
export function isAllowedServerUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

/** CouchDB's own rule for database names. */
export const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

export const TeamConfigSchema = z.object({
  /** Where the server answers, without credentials: `https://couch.example.com` (a path prefix is kept). */
  serverUrl: z
    .string()
    .trim()
    .max(500)
    .refine(isAllowedServerUrl, { message: 'Use an https:// address (http:// only for 127.0.0.1 or localhost)' })
    .transform((value) => value.replace(/\/+$/, '')),
  database: z.string().trim().max(238).regex(DATABASE_NAME, 'Use lower-case letters, digits and _$()+-/, starting with a letter'),
  username: z.string().trim().min(1, 'Enter your user name').max(200),
  password: z.string().max(1000),
  /** How teammates see this person: "Dana (marketing)". */
  displayName: z.string().trim().max(100).default(''),
  /** Off pauses replication without forgetting the server. */
  enabled: z.boolean().default(true),
});
export type TeamConfig = z.infer<typeof TeamConfigSchema>;
export type TeamConfigInput = z.input<typeof TeamConfigSchema>;

export { TEAM_CONFIG_KEY };

/** The configured team server, or null when there is none (or what is stored no longer validates). */
export async function loadTeamConfig(): Promise<TeamConfig | null> {
  const stored = await readLocal(TEAM_CONFIG_KEY);
  if (stored === undefined) return null;
  const parsed = TeamConfigSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** Validates and stores the team server; throws the zod error when the input is not acceptable. */
export async function saveTeamConfig(input: TeamConfigInput): Promise<TeamConfig> {
  const config = TeamConfigSchema.parse(input);
  await writeLocal(TEAM_CONFIG_KEY, config);
  return config;
}

/** Forgets the team server and its credentials. */
export async function clearTeamConfig(): Promise<void> {
  await removeLocal(TEAM_CONFIG_KEY);
}

/**
 * The host-permission pattern for the server's host (asked for when the user connects). Match
 * patterns name no port (Firefox refuses one; Chrome ignores it), so the pattern covers the host.
 */
export function serverOriginPattern(config: Pick<TeamConfig, 'serverUrl'>): string {
  const url = new URL(config.serverUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/** What the background last reported about replication. */
export const SyncStatusSchema = z.object({
  state: z.enum(['off', 'idle', 'syncing', 'offline', 'error']),
  /** Local changes not yet accepted by the server. */
  waiting: z.number().int().nonnegative().default(0),
  lastSyncAt: z.number().int().nonnegative().optional(),
  /** One line a person can act on ("Wrong user name or password"). */
  lastError: z.string().max(300).optional(),
  /** Set during a long pull or push (the first sync of a large database). */
  progress: z.object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }).optional(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

export const SYNC_STATUS_KEY = 'leadline.sync.status';

/** The last reported status; `off` when sync never ran. */
export async function loadSyncStatus(): Promise<SyncStatus> {
  const stored = await readLocal(SYNC_STATUS_KEY);
  const parsed = SyncStatusSchema.safeParse(stored);
  return parsed.success ? parsed.data : { state: 'off', waiting: 0 };
}

/** Records the status for every page (the popup header, the dashboard, Settings → Team). */
export async function saveSyncStatus(status: SyncStatus): Promise<void> {
  await writeLocal(SYNC_STATUS_KEY, SyncStatusSchema.parse(status));
}

/** Calls `listener` with each new status until `signal` aborts. */
export function onSyncStatus(listener: (status: SyncStatus) => void, signal: AbortSignal): void {
  onLocalChanged(
    SYNC_STATUS_KEY,
    (value) => {
      const parsed = SyncStatusSchema.safeParse(value);
      listener(parsed.success ? parsed.data : { state: 'off', waiting: 0 });
    },
    signal,
  );
}
