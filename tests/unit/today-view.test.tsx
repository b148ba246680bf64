import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TodayView } from '@/components/follow-ups/today-view';
import { PlatformProvider } from '@/components/platform';
import { getDb, updateSettings } from '@/lib/db';
import { saveLead } from '@/lib/leads';
import { enrollLeads, saveSequence } from '@/lib/sequences';
import { saveTemplate } from '@/lib/templates';
import { mount, until } from './react-helpers';

const NOW = Date.parse('2026-01-14T15:00:00Z');

describe('Today (TodayView)', () => {
  it('says once, above the list, that your name is missing, and still names a lead field missing on its row', async () => {
    const db = await getDb();
    const intro = await saveTemplate(db, { name: 'Intro', channel: 'email', subject: 'Hello {{firstName}}', body: 'Hi {{firstName}},\n\n{{senderName}}' }, NOW);
    const outbound = await saveSequence(db, { name: 'Outbound', steps: [{ id: 's1', type: 'email', delayDays: 0, templateId: intro.id }] }, NOW);
    const people = [
      { fullName: 'Ines Duarte', emails: ['ines@quillfield.example'] },
      { fullName: 'Tomas Reyes', emails: ['tomas@kestrel.example'] },
      { fullName: 'Duarte', emails: ['d@nofirst.example'] }, // one word: no first name to fill in either
    ];
    const ids: string[] = [];
    for (const patch of people) ids.push((await saveLead(db, { patch, origin: { kind: 'manual' } }, NOW)).lead.id);
    await enrollLeads(db, ids, outbound.sequence.id, NOW);

    const openDashboard = vi.fn();
    const { host, unmount } = mount(
      <PlatformProvider value={{ now: () => NOW, openDashboard }}>
        <TodayView />
      </PlatformProvider>,
    );
    await until(() => host.querySelectorAll('section[aria-label="Due today"] li').length === 3, 'the three follow-ups');

    const note = host.querySelector('[role="note"]');
    expect(note?.textContent).toContain('Set your name to compose the 2 messages below: their templates sign with {{senderName}}.');
    const rows = [...host.querySelectorAll('section[aria-label="Due today"] li')];
    const rowOf = (name: string) => rows.find((row) => row.getAttribute('aria-label')?.startsWith(`${name}:`))!;
    expect(rowOf('Ines Duarte').querySelector('[role="note"]')).toBeNull();
    expect(rowOf('Ines Duarte').textContent).not.toContain('Compose in Gmail');
    expect(rowOf('Duarte').querySelector('[role="note"]')?.textContent).toBe(
      '{{firstName}}, {{senderName}} would be empty for Duarte: fill it in on the lead and set your name in Settings, or give a fallback such as {{firstName|there}}',
    );
    act(() => [...note!.querySelectorAll('button')].find((b) => b.textContent === 'Set your name in Settings')!.click());
    expect(openDashboard).toHaveBeenCalledWith('#/settings/name');

    // With the name set, the note goes and every row can compose but the one missing a first name.
    await updateSettings(db, { senderName: 'Maya Ortiz' });
    await until(() => host.querySelector('div[role="note"]') === null, 'the note to go');
    await until(() => [...host.querySelectorAll('button')].filter((b) => b.textContent === 'Compose in Gmail').length === 2, 'two Compose buttons');
    unmount();
  });
});
