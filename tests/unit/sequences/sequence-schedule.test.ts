import { describe, expect, it } from 'vitest';
import { dueAtForStep, snoozeUntil, type WorkCalendar } from '@/lib/sequences';

const NY = 'America/New_York';
const calendar = (overrides: Partial<WorkCalendar> = {}): WorkCalendar => ({
  timeZone: NY,
  skipWeekends: true,
  holidays: new Set(),
  ...overrides,
});
const utc = (iso: string) => Date.parse(iso);
const step = (delayDays: number, extra: { businessDays?: boolean; timeOfDay?: string } = {}) => ({
  delayDays,
  businessDays: extra.businessDays ?? true,
  timeOfDay: extra.timeOfDay,
});

describe('due dates', () => {
  it('puts a 1-business-day step after a Friday-evening completion on Monday at 09:00 local', () => {
    // Friday 16 Jan 2026, 18:30 in New York (EST, UTC-5).
    const friday = utc('2026-01-16T23:30:00Z');
    expect(dueAtForStep(friday, step(1), calendar())).toBe(utc('2026-01-19T14:00:00Z'));
  });

  it('skips a holiday that falls on the due date', () => {
    // Thursday 2 July 2026; Friday 3 July is the observed Independence Day.
    const thursday = utc('2026-07-02T15:00:00Z');
    const due = dueAtForStep(thursday, step(1), calendar({ holidays: new Set(['2026-07-03']) }));
    expect(due).toBe(utc('2026-07-06T13:00:00Z')); // Monday 09:00 EDT
    expect(dueAtForStep(thursday, step(1), calendar())).toBe(utc('2026-07-03T13:00:00Z'));
  });

  it('keeps 09:00 local across the spring daylight-saving change', () => {
    // Friday 6 March 2026 10:00 EST; clocks go forward on Sunday 8 March.
    const friday = utc('2026-03-06T15:00:00Z');
    const monday = dueAtForStep(friday, step(1), calendar());
    expect(monday).toBe(utc('2026-03-09T13:00:00Z')); // 09:00 EDT = 13:00Z, not 14:00Z
    expect(monday - friday).toBe(3 * 86_400_000 - 2 * 3_600_000);
  });

  it('keeps the time of day across the autumn change in Europe', () => {
    // Friday 23 October 2026 17:00 CEST; clocks go back on Sunday 25 October.
    const friday = utc('2026-10-23T15:00:00Z');
    const due = dueAtForStep(friday, step(1, { timeOfDay: '14:30' }), { ...calendar(), timeZone: 'Europe/Paris' });
    expect(due).toBe(utc('2026-10-26T13:30:00Z')); // 14:30 CET
  });

  it('moves a calendar-day due date off a weekend only when weekends are skipped', () => {
    const wednesday = utc('2026-01-14T15:00:00Z');
    expect(dueAtForStep(wednesday, step(3, { businessDays: false }), calendar())).toBe(utc('2026-01-19T14:00:00Z'));
    expect(dueAtForStep(wednesday, step(3, { businessDays: false }), calendar({ skipWeekends: false }))).toBe(utc('2026-01-17T14:00:00Z'));
  });

  it('counts business days over weekends and holidays', () => {
    const monday = utc('2026-01-12T15:00:00Z');
    // 5 business days from Monday: next Monday; with Monday 19th a holiday, Tuesday 20th.
    expect(dueAtForStep(monday, step(5), calendar())).toBe(utc('2026-01-19T14:00:00Z'));
    expect(dueAtForStep(monday, step(5), calendar({ holidays: new Set(['2026-01-19']) }))).toBe(utc('2026-01-20T14:00:00Z'));
  });

  it('makes a same-day step due at once, or at its later time of day, or on the next working day', () => {
    const tuesdayNoon = utc('2026-01-13T17:00:00Z');
    expect(dueAtForStep(tuesdayNoon, step(0), calendar())).toBe(tuesdayNoon);
    expect(dueAtForStep(tuesdayNoon, step(0, { timeOfDay: '15:00' }), calendar())).toBe(utc('2026-01-13T20:00:00Z'));
    const saturday = utc('2026-01-17T17:00:00Z');
    expect(dueAtForStep(saturday, step(0), calendar())).toBe(utc('2026-01-19T14:00:00Z'));
  });

  it('refuses a calendar with no working day at all', () => {
    const days = new Set<string>();
    for (let d = 0; d < 4 * 366; d++) days.add(new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));
    expect(() => dueAtForStep(utc('2026-01-01T15:00:00Z'), step(1), calendar({ holidays: days }))).toThrow(/No working day/);
  });
});

describe('snoozes', () => {
  const wednesday = utc('2026-01-14T15:10:00Z'); // 10:10 in New York
  it('one hour later', () => expect(snoozeUntil({ kind: 'hour' }, wednesday, NY)).toBe(wednesday + 3_600_000));
  it('tomorrow at 09:00', () => expect(snoozeUntil({ kind: 'tomorrow' }, wednesday, NY)).toBe(utc('2026-01-15T14:00:00Z')));
  it('Monday next week at 09:00', () => expect(snoozeUntil({ kind: 'next-week' }, wednesday, NY)).toBe(utc('2026-01-19T14:00:00Z')));
  it('a picked date at 09:00, never one in the past', () => {
    expect(snoozeUntil({ kind: 'date', date: '2026-02-02' }, wednesday, NY)).toBe(utc('2026-02-02T14:00:00Z'));
    expect(() => snoozeUntil({ kind: 'date', date: '2026-01-13' }, wednesday, NY)).toThrow('Pick a date in the future');
  });
});
