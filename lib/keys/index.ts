// Pure key derivation, below lib/db and lib/leads: the identity keys a lead is found by again, the
// search and recency keys of its indexes, and the normalised forms of profile URLs.
export {
  identityKeys,
  normaliseLinkedinCompanyUrl,
  normaliseLinkedinProfileUrl,
  salesNavIdFromUrl,
  searchTokens,
  strongKeysDisagree,
} from './identity';
