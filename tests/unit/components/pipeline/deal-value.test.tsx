// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { MoveStageDialog } from '@/components/pipeline/move-stage-dialog';
import { getLead, leadRowFrom, leadTimeline } from '@/lib/db';
import { dealValueRequest, saveLead, stageMoveEdit, updateLead, type StageMoveDetails } from '@/lib/leads';
import type { Stage } from '@/lib/model';
import { freshDb } from '../../db-helpers';
import { mount, until } from '../../react-helpers';

async function leadWithValue() {
  const db = await freshDb();
  const { lead } = await saveLead(
    db,
    { patch: { fullName: 'Oskar Lindqvist', company: 'Fjellstrand Marine' }, origin: { kind: 'manual' } },
    1000,
  );
  await updateLead(db, lead.id, { deal: { stage: 'negotiation', dealValue: 5100 } }, 2000);
  return { db, lead: (await getLead(db, lead.id))! };
}

describe('moving a deal to Won with the value field emptied', () => {
  it('keeps the stored value and the timeline records no value change', async () => {
    const { db, lead } = await leadWithValue();
    await updateLead(db, lead.id, stageMoveEdit(lead, 'won', dealValueRequest(undefined, false)), 3000);
    expect((await getLead(db, lead.id))!).toMatchObject({ stage: 'won', dealValue: 5100 });
    const summaries = (await leadTimeline(db, lead.id)).map((entry) => entry.summary);
    expect(summaries.some((summary) => summary.includes('5100 →'))).toBe(false);
  });

  it('clears it only through the explicit clear action', async () => {
    const { db, lead } = await leadWithValue();
    await updateLead(db, lead.id, stageMoveEdit(lead, 'won', dealValueRequest(undefined, true)), 3000);
    expect((await getLead(db, lead.id))!.dealValue).toBeUndefined();
  });

  it('the Move dialog sends no value when the field is emptied, and a clear when "Clear value" is pressed', async () => {
    const { lead } = await leadWithValue();
    const row = leadRowFrom(lead)!;
    const moves: [Stage, StageMoveDetails][] = [];
    const { unmount } = mount(
      <MoveStageDialog
        lead={row}
        initialStage="won"
        currency="USD"
        onMove={(stage, details) => moves.push([stage, details])}
        onClose={() => undefined}
      />,
    );
    await until(() => document.querySelector('dialog input[inputmode="decimal"]') !== null, 'the dialog');
    const input = document.querySelector<HTMLInputElement>('dialog input[inputmode="decimal"]')!;
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const button = (text: string) =>
      [...document.querySelectorAll('dialog button')].find((b) => b.textContent === text) as HTMLButtonElement;
    act(() => button('Move to Won').click());
    expect(moves[0]![0]).toBe('won');
    expect('dealValue' in moves[0]![1]).toBe(false);
    act(() => button('Clear value').click());
    act(() => button('Move to Won').click());
    expect(moves[1]![1]).toMatchObject({ dealValue: undefined });
    expect('dealValue' in moves[1]![1]).toBe(true);
    unmount();
  });
});
