export { isoDay, type WorkCalendar } from './calendar';
export { describeDue } from './describe-due';
export { enrollLeads, pauseEnrollmentById, resumeEnrollmentById, unenroll } from './enroll-ops';
export { recordReply } from './reply-ops';
export { dueAtForStep, snoozeUntil, type SnoozeChoice } from './schedule';
export { countRunningEnrollments, deleteSequence, duplicateSequence, saveSequence, setSequenceArchived } from './sequence-ops';
export { stepAction, type StepAction } from './step-action';
export { completeTask, snoozeTaskById } from './task-ops';
export {
  claimDueNotices,
  leadEnrollments,
  loadTodayPage,
  reminderState,
  todayFollowUps,
  todayPageFromEarly,
  type FollowUp,
  type TodayPage,
} from './today';
