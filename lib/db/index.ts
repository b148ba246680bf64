export { leadTimeline } from './activities';
export { pendingBackfill, saveBackfill } from './backfills';
export { onChange } from './changes';
export { SERVER_KEY } from './outbox';
export { withDerivedKeys } from './derived-keys';
export { companyDomains, rebuildCompanyDomains } from './company-domains';
export { DOMAIN_ADDRESSES, domainAddresses, keepsDerived, putReplacing, rebuildDomainAddresses } from './domain-addresses';
export { findProblems } from './integrity';
export {
  ACTIVITY_ROWS,
  LEAD_ROWS,
  LeadRowSchema,
  SEARCH_TOKEN_START,
  activityRowFrom,
  leadRowFrom,
  type ActivityRow,
  type LeadRow,
} from './lead-rows';
export { allLeads, countLeads, getLead, hasLeads, newestFirst, recentLeads, searchLeads } from './leads';
export { DB_VERSION, MIGRATIONS } from './migrations';
export { DB_NAME, SETTINGS_KEY } from './name';
export { getDb, openLeadlineDb } from './open';
export { type RecordProblem, reportedProblems } from './problems';
export { type Lanes, READ_CHUNK, readChunks, readChunksInLanes } from './read-chunks';
export { type Handoff, handoff } from './handoff';
export { InvalidRecordError, parseForWrite, parseStored, parseStoredAll } from './records';
export { type LeadlineDB, type LeadlineSchema, STORE_NAMES, STORE_SCHEMAS, type StoreName } from './schema';
export { getSettings, updateSettings } from './settings';
export { getAllRecords, getRecord } from './store';
export { StoreMirror, type MirrorProgress, type MirrorSpec } from './store-mirror';
export { writeTx } from './tx';
export { docIdOf, isSyncedRecord, isSyncedStore, keyPathOf, parseDocId, SYNCED_STORES, type SyncedStore } from './synced-stores';
export { type FullDB, type FullTx, type SyncStoreName, withSyncStores } from './sync-stores';
