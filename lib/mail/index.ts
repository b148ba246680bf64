// The extension side of Gmail and Outlook: who is never a prospect, logging an email, reply
// detection, the mailbox owner. The content scripts' side is lib/mail/page, with its own index.
export { EXCLUSION_TEXT, type ExclusionReason, exclusionRules, screenDrafts } from './prospect-filter';
export { INSERT_COMMAND_KEY, readInsertCommand } from './insert-command';
export { answerLearnedOwner, learnOwner } from './mailbox-owner';
export { composeRecipients, mailProviderOf, otherPeople } from './mail-view';
export { detectReplies } from './reply-detection';
export { directionOf, logEmail, loggedFor, type LogResult } from './log-email';
export { leadsAmong } from './mail-leads';
export { neverCapturePatternProblem } from './never-capture';
