import { describe, expect, it } from 'vitest';
import { getRecord, onChange, updateSettings } from '@/lib/db';
import { saveLead } from '@/lib/leads';
import { claimDueNotices, enrollLeads, loadTodayPage, reminderState, saveSequence, snoozeTaskById, todayFollowUps } from '@/lib/sequences';
import type { Task } from '@/lib/model';
import { localTimeZone } from '@/lib/time/zone';
import { freshDb, callTask } from '../db-helpers';

const NY = 'America/New_York';
const utc = (iso: string) => Date.parse(iso);
const NOW = utc('2026-01-14T15:00:00Z'); // Wednesday 10:00 in New York

const task = (id: string, leadId: string, dueAt: number, status: Task['status'] = 'open') => callTask(id, leadId, dueAt, { status });

describe('Today and the badge', () => {
  it('groups open follow-ups into overdue, due today and upcoming, with counts', async () => {
    const db = await freshDb();
    const { lead } = await saveLead(db, { patch: { fullName: 'Tomas Reyes' }, origin: { kind: 'manual' } }, 1);
    const due = [
      task('old', lead.id, utc('2026-01-12T14:00:00Z')),
      task('yesterday-late', lead.id, utc('2026-01-14T04:59:00Z')), // 23:59 on Tuesday in New York
      task('this-morning', lead.id, utc('2026-01-14T14:00:00Z')),
      task('tonight', lead.id, utc('2026-01-15T04:59:00Z')), // 23:59 Wednesday
      task('tomorrow', lead.id, utc('2026-01-15T14:00:00Z')),
      task('done', lead.id, utc('2026-01-13T14:00:00Z'), 'done'),
      ...Array.from({ length: 7 }, (_, i) => task(`later-${i}`, lead.id, utc('2026-01-20T14:00:00Z') + i)),
    ];
    for (const record of due) await db.put('tasks', record);

    const list = await todayFollowUps(db, NOW, NY);
    expect(list.overdue.map((row) => row.task.id)).toEqual(['old', 'yesterday-late']);
    expect(list.today.map((row) => row.task.id)).toEqual(['this-morning', 'tonight']);
    expect(list.upcoming.map((row) => row.task.id)).toEqual(['tomorrow', 'later-0', 'later-1', 'later-2', 'later-3']);
    expect(list.overdue[0]?.lead?.fullName).toBe('Tomas Reyes');
    expect([list.overdueCount, list.todayCount]).toEqual([2, 2]);

    const state = await reminderState(db, NOW, NY);
    expect(state).toEqual({ dueCount: 4, dueNow: true, nextChangeAt: utc('2026-01-15T04:59:00Z') });
    // Late at night the next change is midnight, when tomorrow's follow-ups become today's.
    const lateNight = await reminderState(db, utc('2026-01-15T04:59:30Z'), NY);
    expect(lateNight.nextChangeAt).toBe(utc('2026-01-15T05:00:00Z'));
  });

  it('cuts the popup page in the zone of the settings, and says which day it is for', async () => {
    const db = await freshDb();
    const { lead } = await saveLead(db, { patch: { fullName: 'Tomas Reyes' }, origin: { kind: 'manual' } }, 1);
    await db.put('tasks', task('evening', lead.id, utc('2026-01-14T13:00:00Z'))); // 08:00 Wednesday in New York, 22:00 in Tokyo
    // No zone chosen: the system's, read in the same pass as the settings.
    const system = await loadTodayPage(db, NOW);
    const expected = await todayFollowUps(db, NOW, localTimeZone());
    expect([system.timeZone, system.today.length, system.overdue.length]).toEqual([
      localTimeZone(),
      expected.today.length,
      expected.overdue.length,
    ]);
    await updateSettings(db, { timeZone: NY });
    const ny = await loadTodayPage(db, NOW);
    expect([ny.timeZone, ny.day, ny.today.map((row) => row.task.id)]).toEqual([NY, '2026-01-14', ['evening']]);
    await updateSettings(db, { timeZone: 'Asia/Tokyo' });
    const tokyo = await loadTodayPage(db, NOW); // Thursday 00:00 in Tokyo
    expect([tokyo.day, tokyo.overdue.map((row) => row.task.id), tokyo.today.length]).toEqual(['2026-01-15', ['evening'], 0]);
  });

  it('counts a snoozed follow-up on the day it was snoozed to', async () => {
    const db = await freshDb();
    await updateSettings(db, { timeZone: NY });
    const { lead } = await saveLead(db, { patch: { fullName: 'Tomas Reyes' }, origin: { kind: 'manual' } }, 1);
    const { sequence } = await saveSequence(db, { name: 'One step', steps: [{ id: 'a', type: 'call', delayDays: 0 }] }, 1);
    await enrollLeads(db, [lead.id], sequence.id, NOW);
    expect((await reminderState(db, NOW, NY)).dueCount).toBe(1);
    const [row] = (await todayFollowUps(db, NOW, NY)).today;
    await snoozeTaskById(db, row!.task.id, { kind: 'tomorrow' }, NOW);
    expect(await reminderState(db, NOW, NY)).toMatchObject({ dueCount: 0, dueNow: false, nextChangeAt: utc('2026-01-15T05:00:00Z') });
    expect((await reminderState(db, utc('2026-01-15T13:00:00Z'), NY)).dueCount).toBe(1);
  });

  it('announces each follow-up once, only when it has just come due', async () => {
    const db = await freshDb();
    const { lead } = await saveLead(db, { patch: { fullName: 'Tomas Reyes' }, origin: { kind: 'manual' } }, 1);
    await db.put('tasks', task('long-overdue', lead.id, NOW - 3 * 86_400_000));
    await db.put('tasks', task('just-due', lead.id, NOW - 60_000));
    await db.put('tasks', task('soon', lead.id, NOW + 60_000));
    expect(await claimDueNotices(db, NOW)).toEqual([
      { taskId: 'just-due', leadId: lead.id, leadName: 'Tomas Reyes', title: 'Call just-due' },
    ]);
    // Nothing left to announce: no write, so no change event to wake another refresh.
    const changes: string[][] = [];
    const stop = onChange((event) => changes.push(event.stores));
    expect(await claimDueNotices(db, NOW + 1000)).toEqual([]);
    stop();
    expect(changes).toEqual([]);
    expect((await getRecord(db, 'tasks', 'just-due'))?.notifiedAt).toBe(NOW);
    expect((await claimDueNotices(db, NOW + 120_000)).map((notice) => notice.taskId)).toEqual(['soon']);
  });
});

describe('how a due moment reads', () => {
  it('says how late, when today, or which day', async () => {
    const { describeDue } = await import('@/lib/sequences');
    expect(describeDue(utc('2026-01-11T14:00:00Z'), NOW, NY)).toBe('3 days late');
    expect(describeDue(NOW - 2 * 3_600_000 - 60_000, NOW, NY)).toBe('2 hours late');
    expect(describeDue(NOW - 10_000, NOW, NY)).toBe('due now');
    expect(describeDue(utc('2026-01-14T19:00:00Z'), NOW, NY)).toBe('due at 14:00');
    expect(describeDue(utc('2026-01-19T14:00:00Z'), NOW, NY)).toBe('Mon 19 Jan, 09:00');
  });
});
