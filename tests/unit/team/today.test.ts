import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveLead } from '@/lib/leads';
import { loadTodayPage, reminderState, todayFollowUps } from '@/lib/sequences';
import { saveTeamConfig } from '@/lib/sync/config';
import { currentActor } from '@/lib/team/me';
import type { Task } from '@/lib/model';
import type { LeadlineDB } from '@/lib/db';
import { freshDb, callTask } from '../db-helpers';

const UTC = 'UTC';
const at = (iso: string) => Date.parse(iso);
const NOW = at('2026-03-11T10:00:00Z');

const task = callTask;

// Sam's leads, Riya's leads and a lead nobody owns, each with follow-ups overdue, today and later.
async function workspace(): Promise<LeadlineDB> {
  const db = await freshDb();
  const lead = async (fullName: string, owner?: string) =>
    (await saveLead(db, { patch: { fullName }, origin: { kind: 'manual' }, extras: owner ? { owner } : undefined }, 1)).lead.id;
  const sam = await lead('Wren Calloway', 'sam');
  const riya = await lead('Odile Marchetti', 'riya');
  const nobody = await lead('Bram Ostrowski');
  // A user name that merely starts like Sam's is someone else.
  const samantha = await lead('Signe Vallgren', 'samantha');
  const tasks = [
    task('sam-overdue', sam, at('2026-03-10T09:00:00Z')),
    task('riya-overdue', riya, at('2026-03-10T09:30:00Z')),
    task('riya-now', riya, at('2026-03-11T08:00:00Z')),
    task('nobody-today', nobody, at('2026-03-11T15:00:00Z')),
    task('samantha-today', samantha, at('2026-03-11T16:00:00Z')),
    task('sam-today', sam, at('2026-03-11T17:00:00Z')),
    // Riya has many follow-ups tomorrow morning: they must not push Sam's out of "upcoming".
    ...Array.from({ length: 30 }, (_, i) => task(`riya-later-${String(i).padStart(2, '0')}`, riya, at('2026-03-12T09:00:00Z'))),
    task('sam-later', sam, at('2026-03-12T09:00:00Z')),
    task('nobody-later', nobody, at('2026-03-13T09:00:00Z')),
  ];
  for (const record of tasks) await db.put('tasks', record);
  return db;
}

const ids = (rows: ReadonlyArray<{ task: Task }>) => rows.map((row) => row.task.id);

afterEach(() => fakeBrowser.reset());

describe('Today and the badge for a team member', () => {
  it('counts and lists only the follow-ups of leads the member owns or nobody owns', async () => {
    const db = await workspace();
    const list = await todayFollowUps(db, NOW, UTC, undefined, 'sam');
    expect(ids(list.overdue)).toEqual(['sam-overdue']);
    expect(ids(list.today)).toEqual(['nobody-today', 'sam-today']);
    expect(ids(list.upcoming)).toEqual(['sam-later', 'nobody-later']);
    expect([list.overdueCount, list.todayCount]).toEqual([1, 2]);
    // Sam's badge: 3 (one overdue, so red; two later today, the first at 15:00).
    expect(await reminderState(db, NOW, UTC, 'sam')).toEqual({ dueCount: 3, dueNow: true, nextChangeAt: at('2026-03-11T15:00:00Z') });
    // Riya: her two overdue-or-due-now, plus the unowned one later today.
    expect(await reminderState(db, NOW, UTC, 'riya')).toEqual({ dueCount: 3, dueNow: true, nextChangeAt: at('2026-03-11T15:00:00Z') });
  });

  it('changes nothing without a team: every follow-up counts', async () => {
    const db = await workspace();
    const list = await todayFollowUps(db, NOW, UTC);
    expect([list.overdueCount, list.todayCount]).toEqual([2, 4]);
    expect((await reminderState(db, NOW, UTC)).dueCount).toBe(6);
  });

  it('reads the member from the team config: the page Today shows follows who is connected', async () => {
    const db = await workspace();
    expect(await currentActor()).toBeUndefined();
    expect((await loadTodayPage(db, NOW)).todayCount).toBe(4);
    await saveTeamConfig({
      serverUrl: 'https://couch.example.com',
      database: 'acme',
      username: 'sam',
      password: 'pw',
      displayName: 'Sam (sales)',
    });
    expect(await currentActor()).toEqual({ username: 'sam', displayName: 'Sam (sales)' });
    const page = await loadTodayPage(db, NOW);
    expect([page.overdueCount, page.todayCount]).toEqual([1, 2]);
    expect(ids(page.today)).toEqual(['nobody-today', 'sam-today']);
  });
});
