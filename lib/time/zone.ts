/** The browser's own IANA time zone (`Europe/Paris`), or UTC when it cannot tell. */
export function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** True when `zone` is an IANA time zone this runtime knows. */
export function isValidTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone due dates are computed in: the one chosen in Settings, else the browser's. */
export function effectiveTimeZone(settingsZone: string, fallback: string = localTimeZone()): string {
  return isValidTimeZone(settingsZone) ? settingsZone : fallback;
}
