// People on a team: members, owners and assignment, who I am, connecting to and leaving a team.
export {
  assignLeads,
  assignmentActivity,
  type BulkAssignResult,
  describeAssignment,
  describeAssignmentRule,
  memberNameFrom,
  ruleOwnerFor,
} from './assign';
export { checkTeamForm, connectTeam, disconnectTeam, type TeamFormField } from './connect';
export { currentActor, onTeamChange, ownedByOrFree } from './me';
export { keepTeamLive } from './keep-live';
export { requestSyncNow } from './sync-now';
export { syncProgress, syncStatusLine } from './status-line';
export { type Actor, listMembers, ownerLabel } from './members';
