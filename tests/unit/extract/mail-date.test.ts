import { describe, expect, it } from 'vitest';
import { gmailIdTime, parseMailDate } from '@/lib/extract/mail-date';

// Thursday 6 March 2025, 15:00 local time.
const NOW = new Date(2025, 2, 6, 15, 0).getTime();
const local = (month: number, day: number, hours: number, minutes: number, year = 2025) =>
  new Date(year, month - 1, day, hours, minutes).getTime();

describe('dates as webmail shows them', () => {
  it.each([
    ['Tue, Mar 4, 2025, 10:12 AM', local(3, 4, 10, 12)],
    ['Tue, Mar 4, 2025, 10:12\u202fPM', local(3, 4, 22, 12)],
    ['Tue, Mar 4, 2025 at 12:05 AM', local(3, 4, 0, 5)],
    ['Mar 4, 2025, 10:12 AM (2 days ago)', local(3, 4, 10, 12)],
    ['Tue, 4 Mar 2025, 10:12', local(3, 4, 10, 12)],
    ['4 March 2025 17:45', local(3, 4, 17, 45)],
    ['Tue 3/4/2025 10:12 AM', local(3, 4, 10, 12)],
    ['Tue 04/03/2025 10:12', local(3, 4, 10, 12)],
    ['mar. 25/02/2025 09:30', local(2, 25, 9, 30)],
    ['2025-03-04T10:12:00Z', Date.UTC(2025, 2, 4, 10, 12)],
    ['10:12 AM', local(3, 6, 10, 12)],
    ['Yesterday 9:05 AM', local(3, 5, 9, 5)],
    ['Mon 4:40 PM', local(3, 3, 16, 40)],
  ])('%s', (text, expected) => {
    expect(parseMailDate(text, NOW)).toBe(expected);
  });

  it.each(['', 'soon', 'Feb 30, 2025, 10:00 AM', '13/13/2025 10:00', '25:61', 'Tue, Mar 4'])('refuses %j', (text) => {
    expect(parseMailDate(text, NOW)).toBeUndefined();
  });

  it('reads the moment a Gmail message id encodes, and nothing from other ids', () => {
    expect(gmailIdTime('1956bcf42a07b024')).toBe(Date.UTC(2025, 2, 6, 14, 15));
    expect(gmailIdTime('0000000000000001')).toBeUndefined();
    expect(gmailIdTime('r-8123')).toBeUndefined();
    expect(gmailIdTime(undefined)).toBeUndefined();
  });
});
