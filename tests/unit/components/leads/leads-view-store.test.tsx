// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { LeadsView } from '@/components/leads/leads-view';
import { INITIAL_LEADS_VIEW, leadsTableView, viewStore } from '@/components/leads/leads-view-store';
import { getDb } from '@/lib/db';
import { saveLead } from '@/lib/leads';
import { defaultSettings } from '@/lib/model';
import { mount, until } from '../../react-helpers';

function typeInto(input: HTMLInputElement, value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function showTable() {
  const view = mount(<LeadsView params={[]} settings={defaultSettings()} notify={() => undefined} />);
  const { host } = view;
  return {
    ...view,
    count: () => host.querySelector('[data-testid="lead-count"]')?.textContent ?? '',
    search: () => host.querySelector<HTMLInputElement>('input[aria-label="Search leads"]')!,
    grid: () => host.querySelector<HTMLElement>('[role="grid"][aria-label="Leads"]')!,
    nameHeader: () =>
      [...host.querySelectorAll<HTMLElement>('[role="columnheader"]')].find((header) =>
        header.querySelector('button')?.textContent?.startsWith('Name'),
      )!,
  };
}

describe('the leads table remembers its view', () => {
  it('starts afresh in a new store and keeps what it is given', () => {
    const store = viewStore(INITIAL_LEADS_VIEW);
    expect(store.get()).toEqual({ filters: INITIAL_LEADS_VIEW.filters, sort: INITIAL_LEADS_VIEW.sort, active: 0 });
    store.set({ ...INITIAL_LEADS_VIEW, active: 3 });
    expect(store.get().active).toBe(3);
    expect(INITIAL_LEADS_VIEW.active).toBe(0);
  });

  it('shows the same search, order and active row when the person comes back from a lead', async () => {
    const db = await getDb();
    // Two Duartes among four; the newest (Zoe) would be first in the default newest-first order.
    const people = ['Olga Duarte', 'Tomas Reyes', 'Ines Duarte', 'Lea Moreau', 'Zoe Duarte-Fisk'];
    const ids = new Map<string, string>();
    for (const [index, fullName] of people.entries()) {
      const saved = await saveLead(db, { patch: { fullName }, origin: { kind: 'manual' } }, Date.UTC(2026, 2, 1 + index));
      ids.set(fullName, saved.lead.id);
    }
    expect(leadsTableView.get()).toEqual(INITIAL_LEADS_VIEW);

    const first = showTable();
    await until(() => first.count() === '5', 'every lead');
    expect(first.nameHeader().getAttribute('aria-sort')).toBeNull();
    typeInto(first.search(), 'duarte');
    await until(() => first.count() === '3 of 5', 'the three Duartes');
    act(() => first.nameHeader().querySelector('button')!.click());
    expect(first.nameHeader().getAttribute('aria-sort')).toBe('ascending');
    // By name: Ines, Olga, Zoe. One row down from the first is Olga.
    act(() => {
      first.grid().dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    await until(() => first.grid().getAttribute('aria-activedescendant') === `lead-row-${ids.get('Olga Duarte')}`, 'Olga active');
    first.unmount();

    const again = showTable();
    await until(() => again.count() !== '', 'the table again');
    expect(again.search().value).toBe('duarte');
    expect(again.count()).toBe('3 of 5');
    expect(again.nameHeader().getAttribute('aria-sort')).toBe('ascending');
    expect(again.grid().getAttribute('aria-activedescendant')).toBe(`lead-row-${ids.get('Olga Duarte')}`);
    again.unmount();
  });
});
