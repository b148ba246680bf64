import { describe, expect, it } from 'vitest';
import { saveLead } from '@/lib/leads';
import { likelyEmailFor } from '@/lib/leads/likely-email';
import { logEmail } from '@/lib/mail/log-email';
import { freshDb } from '../db-helpers';

const T0 = Date.UTC(2026, 10, 12, 10);

describe('logging an email teaches the company pattern from every participant', () => {
  it('the sender and the colleagues copied make a guess possible, with the message as evidence', async () => {
    const db = await freshDb();
    const { lead: ravi } = await saveLead(
      db,
      {
        patch: { fullName: 'Ravi Lindqvist', emails: ['ravi.lindqvist@fernhollow.example'], company: 'Fernhollow' },
        origin: { kind: 'manual' },
      },
      T0,
    );
    // One address at the domain: too thin for a guess.
    expect(
      (await likelyEmailFor(db, { fullName: 'Maya Ortiz', company: 'Fernhollow', companyDomain: 'fernhollow.example' }, T0)).guess,
    ).toBeUndefined();

    await logEmail(
      db,
      [ravi.id],
      {
        provider: 'gmail',
        threadUrl: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQ1',
        subject: 'Pilot scope',
        direction: 'inbound',
        message: {
          key: 'msg-77',
          at: T0 + 60_000,
          from: { name: 'Ravi Lindqvist', email: 'ravi.lindqvist@fernhollow.example' },
          to: [
            { name: 'Sam Carter', email: 'sam@seller.example' },
            // Colleagues on the thread who are not leads: what the log teaches.
            { name: 'Noor Abernathy', email: 'Noor.Abernathy@fernhollow.example' },
            { name: 'Wren, Tomasz', email: 'tomasz.wren@fernhollow.example' },
            // Never a personal pattern: a role address, a nameless address, webmail.
            { name: 'Fernhollow Sales', email: 'sales@fernhollow.example' },
            { email: 'ines.halloran@fernhollow.example' },
            { name: 'Pia Sorensen', email: 'pia.s@gmail.com' },
          ],
        },
      },
      false,
      T0 + 120_000,
    );

    const view = await likelyEmailFor(
      db,
      { fullName: 'Maya Ortiz', company: 'Fernhollow', companyDomain: 'fernhollow.example' },
      T0 + 180_000,
    );
    expect(view.guess).toMatchObject({ email: 'maya.ortiz@fernhollow.example', pattern: 'first.last', support: 3, total: 3 });
    expect(view.evidence).toEqual([
      '1 of your 1 lead at fernhollow.example uses first.last',
      '2 addresses in emails you opened (last on 12 Nov)',
    ]);
    expect(await db.count('emailEvidence')).toBe(4); // Ravi, Noor, Tomasz, and Sam at the seller's own domain
  });
});
