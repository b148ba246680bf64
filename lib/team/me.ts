import { onLocalChanged } from '../browser';
import { loadTeamConfig, TEAM_CONFIG_KEY } from '../sync';
import type { Actor } from './members';

/**
 * The team member at this browser (the team config's user name and display name), or undefined
 * with no team: then everything is this person's, as before teams existed.
 */
export async function currentActor(): Promise<Actor | undefined> {
  const config = await loadTeamConfig();
  return config ? { username: config.username, displayName: config.displayName } : undefined;
}

/** True when a lead with this owner is the member's to work: theirs, or nobody's. */
export function ownedByOrFree(owner: string | undefined, me: string): boolean {
  return !owner || owner === me;
}

/** Calls `listener` with the member at this browser whenever the team config changes, until `signal` aborts. */
export function onTeamChange(listener: (actor: Actor | undefined) => void, signal: AbortSignal): void {
  onLocalChanged(TEAM_CONFIG_KEY, () => void currentActor().then(listener), signal);
}
