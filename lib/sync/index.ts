// Team sync with a CouchDB server: its config and status, the sync engine and the live feed.
export {
  clearTeamConfig,
  loadSyncStatus,
  loadTeamConfig,
  onSyncStatus,
  saveSyncStatus,
  saveTeamConfig,
  serverOriginPattern,
  type SyncStatus,
  type TeamConfig,
  type TeamConfigInput,
  TeamConfigSchema,
} from './config';
export { liveFeed } from './live';
export { storedMemberName, TEAM_CONFIG_KEY } from './team-key';
export { startTracking, stopTracking } from './tracking';
export { nextRetryAt, syncOnce, waitingCount } from './engine';
export { testConnection } from './couch';
export { toDoc } from './mapping';
