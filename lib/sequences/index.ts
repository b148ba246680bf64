export { isoDay, type WorkCalendar } from './calendar';
export { describeDue } from './describe-due';
export { describeDueHere } from './describe-due-here';
export { enrollLeads, type EnrollResult, pauseEnrollmentById, resumeEnrollmentById, unenroll } from './enroll-ops';
export { finishOnClosedStage, recordReply } from './reply-ops';
export { dueAtForStep, snoozeUntil, type SnoozeChoice } from './schedule';
export {
  countRunningEnrollments,
  deleteSequence,
  duplicateSequence,
  listSequences,
  saveSequence,
  setSequenceArchived,
  templateChannelFor,
} from './sequence-ops';
export { stepAction, type StepAction } from './step-action';
export { completeTask, snoozeTaskById } from './task-ops';
export {
  claimDueNotices,
  type FollowUp,
  type LeadEnrollment,
  leadEnrollments,
  loadTodayPage,
  reminderState,
  type ReminderState,
  todayFollowUps,
  type TodayPage,
  todayPageFromEarly,
} from './today';
export { badgeFor, noticeText } from './badge';
export { holidayCountries, holidayPreset } from './holiday-presets';
export { startEarlyToday, takeEarlyToday } from './early-today';
export { EARLY_STEP_TYPES, earlyTodayShape, type EarlyTodayPage } from './early-today-shape';
