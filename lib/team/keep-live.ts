import { hasHosts } from '../browser';
import { getDb } from '../db';
import { liveFeed, loadTeamConfig, serverOriginPattern } from '../sync';
import { requestSyncNow } from './sync-now';

/**
 * From the dashboard: while it is open, a teammate's change shows within a second or two instead of
 * at the next one-minute alarm. The page long-polls the team database and asks the background to
 * replicate when something changed; the loop ends with the page. Does nothing without a team server
 * or before the browser lets Leadline reach it.
 */
export async function keepTeamLive(signal: AbortSignal): Promise<void> {
  const config = await loadTeamConfig();
  if (!config?.enabled || !(await hasHosts([serverOriginPattern(config)]))) return;
  await liveFeed({ db: await getDb(), config, run: requestSyncNow, signal });
}
