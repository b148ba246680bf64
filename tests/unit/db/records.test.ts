import { describe, expect, it, vi } from 'vitest';
import { allLeads, findProblems, getSettings, updateSettings, writeTx } from '@/lib/db';
import { saveLead } from '@/lib/leads';
import { freshDb } from '../db-helpers';

describe('stored records', () => {
  it('leaves an invalid record out of lists, reports it, and counts it as a problem', async () => {
    const db = await freshDb();
    await saveLead(db, { patch: { fullName: 'Umar Okonkwo' }, origin: { kind: 'manual' } });
    // A key no other test uses: a page reports each record once, and test files share the module.
    await db.put('leads', { id: 'broken-in-lists', fullName: '', emails: ['nope'], updatedAt: 5 } as never);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    expect((await allLeads(db)).map((lead) => lead.fullName)).toEqual(['Umar Okonkwo']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('leads record broken-in-lists is invalid'));
    const problems = await findProblems(db);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ store: 'leads', key: 'broken-in-lists' });
    expect(problems[0]?.message).toContain('fullName: A lead needs a name');
    warn.mockRestore();
  });

  it('aborts a whole transaction when one write fails, leaving earlier writes undone', async () => {
    const db = await freshDb();
    await expect(
      writeTx(db, ['leads', 'activities'], async (tx) => {
        await tx.objectStore('activities').put({ id: 'a1', leadId: 'x', type: 'note', at: 1, summary: 'half', details: {} });
        throw new Error('second write failed');
      }),
    ).rejects.toThrow('second write failed');
    expect(await db.count('activities')).toBe(0);
  });

  it('validates settings on write and keeps defaults for what is unset', async () => {
    const db = await freshDb();
    expect((await getSettings(db)).currency).toBe('USD');
    await expect(updateSettings(db, { currency: 'euros' })).rejects.toThrow('Use a three-letter currency code such as USD');
    expect((await getSettings(db)).currency).toBe('USD');
    await updateSettings(db, { currency: 'EUR' });
    expect(await getSettings(db)).toMatchObject({ currency: 'EUR', inPageButton: false });
  });
});
