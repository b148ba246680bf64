import {
  alarmTime,
  hasPermission,
  onLocalChanged,
  onAlarm,
  onNotificationClick,
  onPermissionsAdded,
  openExtensionPage,
  setAlarm,
  setBadge,
  showNotification,
} from '../browser';
import { getDb, getSettings, onChange } from '../db';
import { badgeFor, claimDueNotices, noticeText, reminderState, type ReminderState } from '../sequences';
import { TEAM_CONFIG_KEY } from '../sync';
import { currentActor } from '../team';
import { effectiveTimeZone } from '../time';

/** Fires at the next moment the badge changes (a follow-up coming due, or midnight). */
export const NEXT_CHANGE_ALARM = 'leadline-next-change';
/** Fires every minute, so the badge is right within a minute even if an alarm was missed. */
export const SAFETY_ALARM = 'leadline-safety';
const SAFETY_PERIOD_MINUTES = 1;
const NOTIFICATION_PREFIX = 'leadline-due:';

/**
 * Recomputes the toolbar from the database: badge text and colour, the next-change alarm, and
 * (when turned on and permitted) a notification for follow-ups that just came due. Reads the
 * clock at call time and keeps nothing in memory, so a service worker woken by an alarm, a
 * message or a change event computes the same thing.
 */
export async function refreshReminders(now: number = Date.now()): Promise<ReminderState> {
  const db = await getDb();
  const [settings, actor] = await Promise.all([getSettings(db), currentActor()]);
  const state = await reminderState(db, now, effectiveTimeZone(settings.timeZone), actor?.username);
  const badge = badgeFor(state);
  await setBadge(badge.text, badge.color);
  if (Number.isFinite(state.nextChangeAt)) await setAlarm(NEXT_CHANGE_ALARM, { when: state.nextChangeAt });
  if (settings.notifications && (await hasPermission('notifications'))) {
    const notices = await claimDueNotices(db, now);
    if (notices.length) {
      const text = noticeText(notices);
      const target = notices.length === 1 ? notices[0]!.leadId : '';
      await showNotification(`${NOTIFICATION_PREFIX}${target}:${now}`, text.title, text.message);
    }
  }
  return state;
}

// Coalesces bursts (a bulk enroll fires one change per lead page, plus messages): one run at a
// time, and one more after it if anything asked meanwhile. Not state of record: losing it is harmless.
let running: Promise<ReminderState> | undefined;
let again = false;

/** Runs `refreshReminders` now, or once more after the run in progress. */
export function scheduleRefresh(): Promise<ReminderState> {
  if (running) {
    again = true;
    return running;
  }
  running = refreshReminders()
    .catch((error: unknown) => {
      console.error('Leadline: could not refresh reminders', error);
      throw error;
    })
    .finally(() => {
      running = undefined;
      if (again) {
        again = false;
        void scheduleRefresh().catch(() => undefined);
      }
    });
  return running;
}

/** Makes sure the periodic safety alarm exists (alarms survive restarts, but not every update path). */
export async function ensureSafetyAlarm(): Promise<void> {
  if ((await alarmTime(SAFETY_ALARM)) === undefined) await setAlarm(SAFETY_ALARM, { periodInMinutes: SAFETY_PERIOD_MINUTES });
}

/**
 * Registers the background's reminder listeners (synchronously, at service-worker start): alarms,
 * writes to tasks or settings in any context, notification clicks, and a permission grant.
 */
export function setUpReminders(): void {
  const refresh = () => void scheduleRefresh().catch(() => undefined);
  onAlarm((name) => {
    if (name === NEXT_CHANGE_ALARM || name === SAFETY_ALARM) refresh();
  });
  onChange((event) => {
    // Leads too: in a team, a lead changing hands moves its follow-ups to another member's badge.
    if (event.stores.includes('tasks') || event.stores.includes('settings') || event.stores.includes('leads')) refresh();
  });
  // Connecting to a team (or leaving it) changes whose follow-ups count.
  onLocalChanged(TEAM_CONFIG_KEY, refresh, new AbortController().signal);
  onNotificationClick((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    const leadId = id.slice(NOTIFICATION_PREFIX.length).split(':')[0];
    void openExtensionPage(leadId ? `/dashboard.html#/leads/${encodeURIComponent(leadId)}` : '/dashboard.html');
  });
  onPermissionsAdded(refresh);
  void ensureSafetyAlarm().catch((error: unknown) => console.error('Leadline: could not set the reminder alarm', error));
  refresh();
}
