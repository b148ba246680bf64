// Pure key derivation, below lib/db and lib/leads: the identity keys a lead is found by again, the
// search and recency keys of its indexes, and the normalised forms of profile URLs.
export * from './identity';
export * from './social';
export * from './lead-search';
