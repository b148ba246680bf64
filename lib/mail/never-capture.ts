/**
 * "Never capture" patterns from Settings: `name@domain` (one address), `name@*` (that mailbox at any
 * domain, e.g. noreply@*) and `*@domain` (everyone at a domain, e.g. your own company).
 */

/** True when `email` matches one of `patterns` (both compared lower-case). */
export function matchesNeverCapture(email: string, patterns: readonly string[]): boolean {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  return patterns.some((raw) => {
    const pattern = raw.trim().toLowerCase();
    const split = pattern.lastIndexOf('@');
    if (split <= 0 || split === pattern.length - 1) return false;
    const [name, host] = [pattern.slice(0, split), pattern.slice(split + 1)];
    // "*@*" would hide everyone: Settings refuses it, and it matches nobody here.
    if (name === '*' && host === '*') return false;
    return (name === '*' || name === local) && (host === '*' || host === domain);
  });
}

/** Why a never-capture pattern is unusable, in words for Settings; undefined when it is fine. */
export function neverCapturePatternProblem(pattern: string): string | undefined {
  const text = pattern.trim().toLowerCase();
  if (/^(\*|[a-z0-9._%+'-]+)@(\*|([a-z0-9-]+\.)+[a-z]{2,})$/.test(text) && text !== '*@*') return undefined;
  return `“${pattern}” is not a pattern Leadline understands: write name@domain, name@* or *@domain`;
}
