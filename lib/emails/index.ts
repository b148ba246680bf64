import { explainLikelyEmail, type KnownAddress, type PersonName } from './infer';

export {
  approveGuess,
  carryGuesses,
  confirmedEmailDomains,
  confirmEmails,
  emailStatus,
  keptGuesses,
  leadEmailState,
  type LeadEmailState,
  openGuess,
  withGuessedEmail,
  withImportedStatuses,
} from './email-status';
export { explainLikelyEmail, type Explanation, type KnownAddress, type PersonName } from './infer';
export { nameForms } from './names';
export { isFreeMail, isRoleAddress, normaliseDomain } from './roles';

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
