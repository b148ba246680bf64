import { describe, expect, it } from 'vitest';
import { DB_NAME, getDb, reportedProblems, updateSettings } from '@/lib/db';
import { saveLead } from '@/lib/leads';
import { enrollLeads, loadTodayPage, saveSequence, todayPageFromEarly } from '@/lib/sequences';
import { localDayBounds, readEarlyToday, startEarlyToday, takeEarlyToday } from '@/lib/sequences/early-today';
import { endOfLocalDay, startOfLocalDay } from '@/lib/sequences/calendar';
import { clearTeamConfig, saveTeamConfig } from '@/lib/sync';
import { localTimeZone } from '@/lib/time/zone';
import { callTask } from '../db-helpers';

const NOW = Date.parse('2026-01-14T15:00:00Z');
const DAY = 86_400_000;

const task = callTask;

// Runs in order: the first test needs the database not to exist yet.
describe("the popup's early read of Today", () => {
  it('leaves a database that does not exist yet alone: nothing read, nothing created', async () => {
    expect(await readEarlyToday(NOW)).toBeUndefined();
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(DB_NAME);
  });

  it('reads what the popup would read itself, so its first list is the same', async () => {
    const db = await getDb();
    const calls = await saveSequence(db, { name: 'Calls', steps: [{ id: 'c1', type: 'call', delayDays: 0 }] }, NOW);
    const people = ['Ines Duarte', 'Tomas Reyes', 'Petra Lindqvist'];
    const ids: string[] = [];
    for (const fullName of people) ids.push((await saveLead(db, { patch: { fullName }, origin: { kind: 'manual' } }, NOW)).lead.id);
    await enrollLeads(db, ids.slice(0, 2), calls.sequence.id, NOW);
    await db.put('tasks', task('late', ids[2]!, NOW - 3 * DAY));
    await db.put('tasks', task('next-week', ids[2]!, NOW + 7 * DAY));

    const early = await readEarlyToday(NOW);
    expect(early?.bounds).toEqual({ dayStart: startOfLocalDay(NOW, localTimeZone()), dayEnd: endOfLocalDay(NOW, localTimeZone()) });
    const page = todayPageFromEarly(early!, undefined);
    expect(page).toEqual(await loadTodayPage(db, NOW));
    expect(page?.overdue.map((row) => row.lead?.fullName)).toEqual(['Petra Lindqvist']);
    expect(page?.today.map((row) => `${row.lead?.fullName}: ${row.sequence?.name}`).sort()).toEqual([
      'Ines Duarte: Calls',
      'Tomas Reyes: Calls',
    ]);
    expect(page?.upcoming.map((row) => row.task.id)).toEqual(['next-week']);
  });

  it('hands its read to the main script once, through the page', async () => {
    void startEarlyToday(NOW);
    const handed = takeEarlyToday();
    expect(takeEarlyToday()).toBeUndefined();
    expect((await handed)?.records.todayCount).toBe(2);
  });

  it('checks every record it read: a broken one is reported and left out, as the popup does', async () => {
    const db = await getDb();
    await db.put('tasks', { ...task('broken', 'nobody', NOW - DAY), title: '' });
    const page = todayPageFromEarly((await readEarlyToday(NOW))!, undefined);
    expect(page?.overdue.map((row) => row.task.id)).toEqual(['late']);
    expect(reportedProblems().some((problem) => problem.store === 'tasks' && problem.key === 'broken')).toBe(true);
    expect(page).toEqual(await loadTodayPage(db, NOW));
    await db.delete('tasks', 'broken');
  });

  it('is not used when the settings name another zone than the browser’s, or the database is another version', async () => {
    const db = await getDb();
    const early = (await readEarlyToday(NOW))!;
    expect(todayPageFromEarly({ ...early, version: early.version - 1 }, undefined)).toBeUndefined();
    const elsewhere = localTimeZone() === 'Asia/Tokyo' ? 'America/New_York' : 'Asia/Tokyo';
    await updateSettings(db, { timeZone: elsewhere });
    expect(todayPageFromEarly((await readEarlyToday(NOW))!, undefined)).toBeUndefined();
    await updateSettings(db, { timeZone: '' });
    expect(todayPageFromEarly((await readEarlyToday(NOW))!, undefined)?.timeZone).toBe(localTimeZone());
  });

  it('in a team, reads the follow-ups of the member the stored config names, and serves only that member', async () => {
    const db = await getDb();
    const petra = (await db.getAll('leads')).find((lead) => lead.fullName === 'Petra Lindqvist')!;
    await db.put('leads', { ...petra, owner: 'tomas' });
    await saveTeamConfig({ serverUrl: 'https://couch.fernhollow.example', database: 'sales', username: 'ines', password: 'pw' });
    try {
      const early = (await readEarlyToday(NOW, Promise.resolve('ines')))!;
      expect(early.member).toBe('ines');
      const page = todayPageFromEarly(early, 'ines');
      // Petra's overdue call is Tomas's now: Ines sees the two unowned ones.
      expect(page?.overdue).toEqual([]);
      expect(page?.today.map((row) => row.lead?.fullName).sort()).toEqual(['Ines Duarte', 'Tomas Reyes']);
      expect(page).toEqual(await loadTodayPage(db, NOW));
      // Read for another member, or for everyone, it does not serve Ines.
      expect(todayPageFromEarly(early, 'tomas')).toBeUndefined();
      expect(todayPageFromEarly((await readEarlyToday(NOW))!, 'ines')).toBeUndefined();
      // A member name that cannot be read leaves the popup to read for itself.
      expect(await readEarlyToday(NOW, Promise.reject(new Error('storage unavailable')))).toBeUndefined();
    } finally {
      await clearTeamConfig();
      await db.put('leads', petra);
    }
  });

  it('cuts the day where the browser’s own calendar does, across a daylight-saving change too', () => {
    const zoneBefore = process.env.TZ;
    try {
      // Node re-reads TZ when it is set: Date and Intl then both work in that zone.
      for (const [zone, at] of [
        ['Europe/Berlin', Date.parse('2026-03-29T12:00:00Z')], // a 23-hour day
        ['America/New_York', Date.parse('2026-11-01T12:00:00Z')], // a 25-hour day
        ['Asia/Tokyo', NOW],
      ] as const) {
        process.env.TZ = zone;
        expect(localTimeZone()).toBe(zone);
        const bounds = localDayBounds(at);
        expect(bounds).toEqual({ dayStart: startOfLocalDay(at, zone), dayEnd: endOfLocalDay(at, zone) });
        expect(bounds.dayEnd + 1 - bounds.dayStart).toBe(
          zone === 'Europe/Berlin' ? 23 * 3_600_000 : zone === 'America/New_York' ? 25 * 3_600_000 : DAY,
        );
      }
    } finally {
      if (zoneBefore === undefined) delete process.env.TZ;
      else process.env.TZ = zoneBefore;
    }
  });
});
