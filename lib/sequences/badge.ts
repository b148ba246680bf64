import type { ReminderState } from './today';

/** Red: something is due now or overdue. Blue: follow-ups due later today. */
export const BADGE_COLORS = { dueNow: '#dc2626', later: '#2563eb' } as const;

/** The toolbar badge for a reminder state: the count (hidden at 0, "99+" above 99) and its colour. */
export function badgeFor(state: Pick<ReminderState, 'dueCount' | 'dueNow'>): { text: string; color: string } {
  const text = state.dueCount <= 0 ? '' : state.dueCount > 99 ? '99+' : String(state.dueCount);
  return { text, color: state.dueNow ? BADGE_COLORS.dueNow : BADGE_COLORS.later };
}

/** The desktop notification for follow-ups that just came due: one names the lead, several are counted. */
export function noticeText(notices: ReadonlyArray<{ leadName: string; title: string }>): { title: string; message: string } {
  if (notices.length === 1) return { title: `Follow-up due: ${notices[0]!.leadName}`, message: notices[0]!.title };
  const names = notices
    .slice(0, 3)
    .map((notice) => notice.leadName)
    .join(', ');
  return { title: `${notices.length} follow-ups due`, message: notices.length > 3 ? `${names} and ${notices.length - 3} more` : names };
}
