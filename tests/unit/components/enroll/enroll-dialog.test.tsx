// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { EnrollDialog } from '@/components/enroll/enroll-dialog';
import { PlatformProvider } from '@/components/platform';
import { getAllRecords, getDb } from '@/lib/db';
import { saveLead } from '@/lib/leads';
import { enrollLeads, saveSequence } from '@/lib/sequences';
import { mount, until } from '../../react-helpers';

const NOW = Date.parse('2026-01-14T15:00:00Z');

describe('bulk enroll (EnrollDialog)', () => {
  it('enrolls the selected leads, leaves out one already in a sequence, and reports both', async () => {
    const db = await getDb();
    const ids: string[] = [];
    for (const name of ['Ines Duarte', 'Tomas Reyes', 'Lea Moreau']) {
      ids.push((await saveLead(db, { patch: { fullName: name }, origin: { kind: 'manual' } }, NOW)).lead.id);
    }
    const busy = (await saveSequence(db, { name: 'Nurture', steps: [{ id: 'n', type: 'task', delayDays: 1 }] }, NOW)).sequence;
    await saveSequence(db, { name: 'Outbound', steps: [{ id: 'o', type: 'email', delayDays: 0 }] }, NOW);
    await enrollLeads(db, [ids[2]!], busy.id, NOW);

    const onEnrolled = vi.fn();
    const onClose = vi.fn();
    const { host, unmount } = mount(
      <PlatformProvider value={{ now: () => NOW }}>
        <EnrollDialog leadIds={ids} onClose={onClose} onEnrolled={onEnrolled} />
      </PlatformProvider>,
    );
    await until(() => host.querySelector('select') !== null, 'the sequence picker');
    expect(host.querySelector('[role="dialog"] h2')?.textContent).toBe('Enroll 3 leads in a sequence');
    const select = host.querySelector('select')!;
    const outbound = [...select.options].find((option) => option.text.startsWith('Outbound'))!;
    act(() => {
      select.value = outbound.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const button = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Enroll 3 leads')!;
    act(() => button.click());
    await until(() => host.querySelector('[role="alert"]') !== null, 'the result');

    expect(host.querySelector('[role="alert"]')?.textContent).toBe('Enrolled 2 leads in “Outbound”. 1 already in a sequence was left out.');
    expect(onEnrolled).toHaveBeenCalledWith(
      expect.objectContaining({ skipped: [{ leadId: ids[2], reason: 'already-enrolled', sequenceName: 'Nurture' }] }),
      'Outbound',
    );
    const enrollments = await getAllRecords(db, 'enrollments');
    expect(
      enrollments
        .filter((e) => e.sequenceId !== busy.id)
        .map((e) => e.leadId)
        .sort(),
    ).toEqual([ids[0], ids[1]].sort());
    const tasks = await getAllRecords(db, 'tasks');
    expect(tasks.filter((t) => t.type === 'email').map((t) => t.dueAt)).toEqual([NOW, NOW]);

    act(() => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Close')!.click());
    expect(onClose).toHaveBeenCalledOnce();
    unmount();
  });
});
