// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LeadPage } from '@/components/leads/lead-page';
import type { ToastMessage } from '@/components/toast';
import { getDb, getLead } from '@/lib/db';
import { deleteLead, saveLead } from '@/lib/leads';
import { defaultSettings } from '@/lib/model';
import { mount, until } from '../../react-helpers';

let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  window.location.hash = '';
});

describe('the lead page', () => {
  it('deletes with Undo, and says why when the lead was deleted elsewhere first', async () => {
    const db = await getDb();
    const { lead } = await saveLead(db, {
      patch: { fullName: 'Brygida Osterwalder', company: 'Talsperre Bau' },
      origin: { kind: 'manual' },
    });
    const toasts: Omit<ToastMessage, 'id'>[] = [];
    const show = () => {
      const view = mount(<LeadPage id={lead.id} params={[lead.id]} settings={defaultSettings()} notify={(toast) => toasts.push(toast)} />);
      unmount = view.unmount;
      return view;
    };
    const deleteButton = (host: HTMLElement) => [...host.querySelectorAll('button')].find((entry) => entry.textContent === 'Delete');

    let view = show();
    await until(() => deleteButton(view.host) !== undefined, 'the lead');
    act(() => deleteButton(view.host)!.click());
    await until(() => toasts.length === 1, 'the deletion');
    expect([toasts[0]!.text, toasts[0]!.actionLabel]).toEqual(['Deleted Brygida Osterwalder', 'Undo']);
    expect(window.location.hash).toBe('#/leads');
    expect(await getLead(db, lead.id)).toBeUndefined();

    act(() => toasts[0]!.onAction!());
    await until(() => window.location.hash === `#/leads/${lead.id}`, 'the way back to the lead');
    expect((await getLead(db, lead.id))!.fullName).toBe('Brygida Osterwalder');
    view.unmount();
    unmount = undefined;

    // Deleted in another tab while this page still shows it.
    view = show();
    await until(() => deleteButton(view.host) !== undefined, 'the lead again');
    await deleteLead(db, lead.id);
    act(() => deleteButton(view.host)!.click());
    await until(() => toasts.length === 2, 'the failure');
    expect(toasts[1]!.text).toBe('Could not delete Brygida Osterwalder: That lead no longer exists');
  });
});
