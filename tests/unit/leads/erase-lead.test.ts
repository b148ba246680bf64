import { describe, expect, it } from 'vitest';
import { allLeads } from '@/lib/db';
import { importCsvText } from '@/lib/io/import-csv';
import { undoImport } from '@/lib/io/import-apply';
import { eraseLead, previewErase } from '@/lib/leads/erase-lead';
import { dismissDuplicate, saveLead, updateLead } from '@/lib/leads';
import { leadTimeline } from '@/lib/db';
import { logEmail } from '@/lib/mail/log-email';
import { freshDb } from '../db-helpers';

describe('eraseLead', () => {
  it('names what will go, then removes the person everywhere, import undo copies included', async () => {
    const db = await freshDb();
    const { lead: other } = await saveLead(db, {
      patch: { fullName: 'Stays Here', emails: ['stays@x.example'] },
      origin: { kind: 'manual' },
    });
    const { record } = await importCsvText(db, 'Name,Email,Title\nVera Ibarra,vera@x.example,CTO\nStays Here,stays@x.example,CEO\n');
    const vera = (await allLeads(db)).find((lead) => lead.fullName === 'Vera Ibarra')!;
    await updateLead(db, vera.id, { deal: { stage: 'contacted' } });
    await db.put('tasks', {
      id: 't1',
      leadId: vera.id,
      type: 'call',
      title: 'Call Vera',
      instructions: '',
      status: 'open',
      dueAt: 1,
      scheduledAt: 1,
      snoozeCount: 0,
      createdAt: 1,
      updatedAt: 1,
    });
    await db.put('enrollments', {
      id: 'e1',
      leadId: vera.id,
      sequenceId: 's1',
      status: 'active',
      stepIndex: 0,
      timeZone: 'UTC',
      startedAt: 1,
      updatedAt: 1,
    });

    expect(await previewErase(db, vera.id)).toMatchObject({
      lead: { fullName: 'Vera Ibarra' },
      activities: 2,
      tasks: 1,
      enrollments: 1,
      importCopies: 1,
    });
    expect(await eraseLead(db, vera.id)).toEqual({
      name: 'Vera Ibarra',
      activities: 2,
      tasks: 1,
      enrollments: 1,
      importCopies: 1,
      mentions: 0,
      seenAddresses: 0,
    });
    expect((await allLeads(db)).map((lead) => lead.id)).toEqual([other.id]);
    expect(await db.count('tasks')).toBe(0);
    expect(await db.count('enrollments')).toBe(0);
    expect(JSON.stringify(await db.getAll('importUndo'))).not.toContain('vera@x.example');
    expect(JSON.stringify(await db.getAll('activities'))).not.toContain(vera.id);

    // Undoing that import later still puts the other lead back and cannot bring Vera back.
    await undoImport(db, record!.id);
    expect((await allLeads(db)).map((lead) => [lead.fullName, lead.title])).toEqual([['Stays Here', undefined]]);
    expect(await previewErase(db, vera.id)).toBeUndefined();
  });

  it('blanks the person in other leads’ timelines: an email between Ada and Bob keeps no trace of Ada on Bob’s', async () => {
    const db = await freshDb();
    const { lead: ada } = await saveLead(db, {
      patch: { fullName: 'Ada Brennan', company: 'Quayside', emails: ['ada.brennan@quayside.example'] },
      origin: { kind: 'manual' },
    });
    const { lead: bob } = await saveLead(db, {
      patch: { fullName: 'Bob Achterberg', emails: ['bob@achterberg.example'] },
      origin: { kind: 'manual' },
    });
    const { lead: other } = await saveLead(db, {
      patch: { fullName: 'Ada Brennan', company: 'Quayside', emails: ['a.brennan@quayside-two.example'] },
      origin: { kind: 'manual' },
    });
    await dismissDuplicate(db, ada.id, other.id);
    await logEmail(
      db,
      [ada.id, bob.id],
      {
        provider: 'gmail',
        threadUrl: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQ',
        subject: 'Intro: Ada Brennan meets Bob',
        message: {
          key: 'm-77',
          from: { name: 'Ada Brennan', email: 'ada.brennan@quayside.example' },
          to: [{ name: 'Bob Achterberg', email: 'bob@achterberg.example' }, { email: 'carla@quayside.example' }],
          at: 5000,
          snippet: 'Hi Bob, Ada here: my mobile is 555-0101',
        },
        direction: 'inbound',
      },
      true,
      5000,
    );

    const preview = await previewErase(db, ada.id);
    // Logging the email kept Ada's address as evidence of Quayside's pattern: it goes too.
    expect(preview).toMatchObject({ activities: 2, mentions: 1, seenAddresses: 1 });
    expect(await eraseLead(db, ada.id)).toMatchObject({ name: 'Ada Brennan', mentions: 1, seenAddresses: 1 });
    const bobTimeline = await leadTimeline(db, bob.id);
    const logged = bobTimeline.find((entry) => entry.type === 'email-logged')!;
    expect(logged.summary).toBe('Email received: “Intro: [erased] meets Bob”');
    expect(logged.details).toMatchObject({
      from: '[erased]',
      to: 'Bob Achterberg <bob@achterberg.example>, carla@quayside.example',
      subject: 'Intro: [erased] meets Bob',
    });
    expect(logged.details.snippet).toBeUndefined();
    const everything = JSON.stringify(
      await Promise.all([db.getAll('activities'), db.getAll('leads'), db.getAll('importUndo'), db.getAll('emailEvidence')]),
    );
    expect(everything).not.toMatch(/ada\.brennan@quayside\.example|555-0101/i);
    // The other Ada Brennan (a different person) keeps her own name, and forgets the dismissal.
    expect((await allLeads(db)).find((lead) => lead.id === other.id)).toMatchObject({ fullName: 'Ada Brennan' });
    expect((await allLeads(db)).find((lead) => lead.id === other.id)?.notSameAs).toBeUndefined();
  });
});
