import { explainLikelyEmail, type KnownAddress, type PersonName } from './infer';

export * from './infer';
export { nameForms, nameWords, spellWord, type NameForms, type NameProblem, type Spelling } from './names';
export { comparableLocal, PATTERNS, type EmailPattern } from './patterns';
export { isFreeMail, isRoleAddress, normaliseDomain } from './roles';
export * from './email-status';

/**
 * The likely address of `person` at `domain`, worked out from the addresses Leadline holds (`known`,
 * any domain: only those at `domain` count): `support` of the `total` personal addresses there
 * follow `pattern`. Undefined where there is no honest guess (too few addresses, a webmail domain,
 * no dominant pattern, a name that cannot be spelled). Pure.
 */
export function likelyEmail(
  person: PersonName,
  domain: string,
  known: ReadonlyArray<KnownAddress>,
): { email: string; pattern: string; support: number; total: number } | undefined {
  const explained = explainLikelyEmail(person, domain, known);
  if (!explained.ok) return undefined;
  const { email, pattern, support, total } = explained.guess;
  return { email, pattern, support, total };
}
