import type { LeadlineDB } from '../db';
import { clearTeamConfig, saveTeamConfig, serverOriginPattern, TeamConfigSchema, type TeamConfig, type TeamConfigInput } from '../sync';
import { startTracking, stopTracking } from '../sync';
import { recordMember } from './members';

/** The Team form's fields, as typed. */
export type TeamFormField = 'serverUrl' | 'database' | 'username' | 'password' | 'displayName';

export type ConnectResult =
  { ok: true; config: TeamConfig } | { ok: false; errors: Partial<Record<TeamFormField, string>>; message?: string };

/** Checks the form as the stored config will be checked; one message per field. */
export function checkTeamForm(
  input: TeamConfigInput,
): { ok: true; config: TeamConfig } | { ok: false; errors: Partial<Record<TeamFormField, string>> } {
  const parsed = TeamConfigSchema.safeParse(input);
  if (parsed.success) return { ok: true, config: parsed.data };
  const errors: Partial<Record<TeamFormField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as TeamFormField;
    errors[field] ??= issue.message.startsWith('Too big') || issue.code === 'too_big' ? 'Too long' : issue.message;
  }
  return { ok: false, errors };
}

/**
 * Connect: checks the form, asks for the host permission of that one server (the browser's prompt
 * must come from the click, so nothing is awaited before it), then stores the config, records
 * this person as a team member and starts the outbox, queueing what is not on that server yet.
 */
export async function connectTeam(
  openDb: () => Promise<LeadlineDB>,
  input: TeamConfigInput,
  askHosts: (origins: readonly string[]) => Promise<boolean>,
  now = Date.now(),
): Promise<ConnectResult> {
  const checked = checkTeamForm(input);
  if (!checked.ok) return checked;
  const origin = serverOriginPattern(checked.config);
  if (!(await askHosts([origin]))) {
    return {
      ok: false,
      errors: {},
      message: `Leadline needs your permission to reach ${new URL(checked.config.serverUrl).host}; nothing was saved`,
    };
  }
  const config = await saveTeamConfig(checked.config);
  const db = await openDb();
  await startTracking(db, config, now);
  await recordMember(db, { username: config.username, displayName: config.displayName }, now);
  return { ok: true, config };
}

/**
 * Disconnect: forgets the server and the credentials, stops the outbox (what was waiting is found
 * again on the next Connect) and gives the host permission back.
 */
export async function disconnectTeam(
  openDb: () => Promise<LeadlineDB>,
  config: TeamConfig | null,
  releaseHosts: (origins: readonly string[]) => Promise<boolean>,
): Promise<void> {
  await clearTeamConfig();
  await stopTracking(await openDb());
  if (config) await releaseHosts([serverOriginPattern(config)]).catch(() => false);
}
