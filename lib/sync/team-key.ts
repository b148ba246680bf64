// Where the team config is stored, and the one field the popup's early read needs from it, in a file
// without zod: the early read's script (entrypoints/popup/early-today.ts) stays a few kilobytes.

export const TEAM_CONFIG_KEY = 'leadline.team';

/**
 * The user name in a stored team config, unchecked: what the popup's early read guesses before the
 * config can be checked. Whoever uses that read compares it with the checked config's user name.
 */
export function storedMemberName(stored: unknown): string | undefined {
  const username = typeof stored === 'object' && stored !== null ? (stored as { username?: unknown }).username : undefined;
  return typeof username === 'string' && username.trim() ? username.trim() : undefined;
}
