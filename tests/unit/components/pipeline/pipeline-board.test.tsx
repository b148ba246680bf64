// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PipelineBoard } from '@/components/pipeline/pipeline-board';
import type { ToastMessage } from '@/components/toast';
import { getDb, getLead } from '@/lib/db';
import { deleteLead, saveLead } from '@/lib/leads';
import { defaultSettings } from '@/lib/model';
import { mount, until } from '../../react-helpers';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

describe('the pipeline board', () => {
  it('moves a deal from the keyboard, and says why Undo failed when the lead was deleted since', async () => {
    const db = await getDb();
    const { lead } = await saveLead(db, { patch: { fullName: 'Radomír Kšanda', company: 'Sklárna Kšanda' }, origin: { kind: 'manual' } });
    const toasts: Omit<ToastMessage, 'id'>[] = [];
    const view = mount(
      <PipelineBoard params={[]} settings={{ ...defaultSettings(), currency: 'EUR' }} notify={(toast) => toasts.push(toast)} />,
    );
    unmount = view.unmount;
    const card = () => [...view.host.querySelectorAll('a')].find((link) => link.textContent === 'Radomír Kšanda');
    await until(() => card() !== undefined, 'the card');

    act(() => void card()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true, bubbles: true })));
    await until(() => toasts.length > 0, 'the move');
    expect(toasts.map((toast) => [toast.text, toast.actionLabel])).toEqual([['Moved Radomír Kšanda to Contacted', 'Undo']]);
    expect((await getLead(db, lead.id))!.stage).toBe('contacted');
    await until(
      () => view.host.querySelector('[aria-label="Contacted: 1 deal"]')?.textContent?.includes('Radomír Kšanda') === true,
      'the card to move',
    );

    // Deleted in another tab; Undo then has nothing to put back.
    await deleteLead(db, lead.id);
    act(() => toasts[0]!.onAction!());
    await until(() => toasts.length > 1, 'the undo outcome');
    expect(toasts[1]!.text).toBe('Could not undo the move: That lead no longer exists');
  });
});
