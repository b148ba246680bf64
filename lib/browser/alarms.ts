import { browser } from 'wxt/browser';

/** Creates (or replaces) a named alarm: once at `when` (ms since the epoch), or every `periodInMinutes`. */
export async function setAlarm(name: string, schedule: { when: number } | { periodInMinutes: number }): Promise<void> {
  await browser.alarms.create(name, schedule);
}

/** The named alarm's next firing time, or undefined when there is none. */
export async function alarmTime(name: string): Promise<number | undefined> {
  return (await browser.alarms.get(name))?.scheduledTime;
}

/** Removes a named alarm. */
export async function clearAlarm(name: string): Promise<void> {
  await browser.alarms.clear(name);
}

/** Calls `listener` with the alarm's name whenever one of ours fires (registered at start-up). */
export function onAlarm(listener: (name: string) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => listener(alarm.name));
}
