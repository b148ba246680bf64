/**
 * Address patterns: how a company turns a name into the part before the @. Ordered from the most
 * common across companies to the least: the order breaks ties between patterns the data cannot
 * tell apart.
 */

/** The name pieces a pattern is written from (a-z, already transliterated). */
export interface NamePieces {
  first: string;
  last: string;
}

/** One pattern: its name as shown to users and how it writes an address. */
export interface EmailPattern {
  id: string;
  /** Needs the whole first name (an initial alone is not enough). */
  needsFirst: boolean;
  needsLast: boolean;
  write(name: NamePieces): string;
}

const f = (name: NamePieces) => name.first.charAt(0);
const l = (name: NamePieces) => name.last.charAt(0);

const pattern = (id: string, needsFirst: boolean, needsLast: boolean, write: (name: NamePieces) => string): EmailPattern => ({
  id,
  needsFirst,
  needsLast,
  write,
});

/** Every pattern Leadline recognises, most common first. */
export const PATTERNS: readonly EmailPattern[] = [
  pattern('first.last', true, true, (n) => `${n.first}.${n.last}`),
  pattern('flast', false, true, (n) => `${f(n)}${n.last}`),
  pattern('first', true, false, (n) => n.first),
  pattern('firstlast', true, true, (n) => `${n.first}${n.last}`),
  pattern('f.last', false, true, (n) => `${f(n)}.${n.last}`),
  pattern('first_last', true, true, (n) => `${n.first}_${n.last}`),
  pattern('firstl', true, false, (n) => `${n.first}${l(n)}`),
  pattern('first-last', true, true, (n) => `${n.first}-${n.last}`),
  pattern('last.first', true, true, (n) => `${n.last}.${n.first}`),
  pattern('lastf', false, true, (n) => `${n.last}${f(n)}`),
  pattern('last', false, true, (n) => n.last),
  pattern('first.l', true, false, (n) => `${n.first}.${l(n)}`),
  pattern('lastfirst', true, true, (n) => `${n.last}${n.first}`),
  pattern('last_first', true, true, (n) => `${n.last}_${n.first}`),
  pattern('last.f', false, true, (n) => `${n.last}.${f(n)}`),
  pattern('f_last', false, true, (n) => `${f(n)}_${n.last}`),
  pattern('fl', false, false, (n) => `${f(n)}${l(n)}`),
];

/** The part of an address a pattern is compared with: lower-case, without a +tag or a trailing number. */
export function comparableLocal(email: string): string {
  const local = email.slice(0, email.lastIndexOf('@')).toLowerCase();
  return local.replace(/\+.*$/, '').replace(/\d+$/, '');
}
