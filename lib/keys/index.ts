// Pure key derivation, below lib/db and lib/leads: the identity keys a lead is found by again, the
// search and recency keys of its indexes, and the normalised forms of profile URLs.
export {
  disagreeingKinds,
  foldCompany,
  foldText,
  identityKeys,
  isStrongKey,
  isWeakKey,
  normaliseEmail,
  normaliseLinkedinCompanyUrl,
  normaliseLinkedinProfileUrl,
  recencyKeys,
  recencyPrefix,
  salesNavIdFromUrl,
  searchTokens,
  strongKeysDisagree,
  WEAK_KEY_PREFIX,
} from './identity';
export { E164_PATTERN, internationalE164, keptPhoneE164, phoneKey, splitExtension, type PhoneE164 } from './phone-keys';
export { matchesQuery, queryWords } from './lead-search';
export { normaliseSocialUrl, socialProfileOf, socialProfilesOf } from './social';
export { domainOfEmail, isFreeMailDomain } from './mail-domains';
