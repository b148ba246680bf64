// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { SequenceEditor } from '@/components/sequences/sequence-editor';
import { getDb, openLeadlineDb } from '@/lib/db';
import { StaleRecordError } from '@/lib/forms/three-way';
import { listSequences, saveSequence } from '@/lib/sequences/sequence-ops';
import { mount, until } from '../../react-helpers';

const type = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
const button = (root: ParentNode, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;
const field = (host: HTMLElement, text: string) => {
  const label = [...host.querySelectorAll('label')].find((l) => l.textContent?.startsWith(text))!;
  return host.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${CSS.escape(label.htmlFor)}`)!;
};
const steps = [{ id: 'step-1', type: 'call' as const, delayDays: 0, businessDays: true, instructions: 'Introduce yourself' }];
const rules = { onReply: 'pause' as const, finishOnClosed: true, skipWeekends: true, holidays: [] };

describe('a stale sequence form in a second tab', () => {
  it('is refused by saveSequence when based on an older version', async () => {
    const db = await openLeadlineDb({ name: 'stale-sequence-lib' });
    const { sequence } = await saveSequence(db, { name: 'Dental outreach', steps, rules, archived: false }, 1_000);
    await saveSequence(
      db,
      { id: sequence.id, name: 'Dental outreach', steps, rules: { ...rules, holidays: ['2026-12-24'] }, archived: false },
      2_000,
    );
    await expect(
      saveSequence(
        db,
        { id: sequence.id, name: 'Dental outreach Q1', steps, rules, archived: false, ifUpdatedAt: sequence.updatedAt },
        3_000,
      ),
    ).rejects.toBeInstanceOf(StaleRecordError);
    expect((await listSequences(db))[0]?.rules.holidays).toEqual(['2026-12-24']);
  });

  it('writes only the renamed name: the holiday and the archiving done in the other tab stay', async () => {
    const tab = await getDb();
    const { sequence } = await saveSequence(tab, { name: 'Dental outreach', steps, rules, archived: false }, 1_000);
    const notices: string[] = [];
    const { host, unmount } = mount(<SequenceEditor sequence={sequence} templates={[]} notify={(message) => notices.push(message.text)} />);
    await until(() => host.querySelector('label') !== null, 'the form');

    // The other tab adds a holiday, then archives the sequence.
    const other = await openLeadlineDb();
    const [stored] = await listSequences(other);
    await saveSequence(other, { ...stored!, rules: { ...rules, holidays: ['2026-12-24'] } }, 2_000);
    await saveSequence(other, { ...(await listSequences(other))[0]!, archived: true }, 3_000);

    act(() => type(field(host, 'Sequence name'), 'Dental outreach Q1'));
    act(() => button(host, 'Save sequence').click());
    await until(() => document.querySelector('[data-testid="stale-form"]') !== null, 'the conflict');
    const dialog = document.querySelector('[data-testid="stale-form"]')!;
    expect(dialog.textContent).toContain('holidays');
    act(() => button(dialog, 'Merge and save').click());
    await until(() => notices.length > 0, 'the message');

    const [saved] = await listSequences(other);
    expect(saved).toMatchObject({ name: 'Dental outreach Q1', archived: true, rules: { holidays: ['2026-12-24'] } });
    expect(notices[0]).toContain('Saved “Dental outreach Q1”');
    unmount();
  });
});
