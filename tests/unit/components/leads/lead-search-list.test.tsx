// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LeadSearchList } from '@/components/leads/lead-search-list';
import * as db from '@/lib/db';
import { saveLead } from '@/lib/leads';
import { mount, until } from '../../react-helpers';

// One database per test file: the first test runs before any lead is stored.
let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  vi.restoreAllMocks();
});

function show(idle?: React.ReactNode): HTMLElement {
  const view = mount(<LeadSearchList onOpen={() => undefined} idle={idle} empty={<p>Capture your first lead</p>} />);
  unmount = view.unmount;
  return view.host;
}

describe('LeadSearchList', () => {
  it('shows the empty state, and no search box, while nothing is stored (even with an idle view)', async () => {
    const host = show(<p>Today’s follow-ups</p>);
    await until(() => host.textContent?.includes('Capture your first lead') ?? false, 'the empty state');
    expect(host.textContent).not.toContain('Today’s follow-ups');
    expect(host.querySelector('input[type="search"]')).toBeNull();
  });

  it('shows the idle view, without reading the recent leads it replaces, once a lead is stored', async () => {
    await saveLead(await db.getDb(), { patch: { fullName: 'Ines Duarte' }, origin: { kind: 'manual' } });
    const search = vi.spyOn(db, 'searchLeads');
    const host = show(<p>Today’s follow-ups</p>);
    await until(() => host.textContent?.includes('Today’s follow-ups') ?? false, 'the idle view');
    expect(host.querySelector('input[type="search"]')).not.toBeNull();
    expect(host.textContent).not.toContain('Ines Duarte');
    expect(search).not.toHaveBeenCalled();
  });

  it('lists the recent leads when there is no idle view', async () => {
    const host = show();
    await until(
      () => host.querySelector('ul[aria-label="Recent leads"]')?.textContent?.includes('Ines Duarte') ?? false,
      'the recent leads',
    );
    expect(host.textContent).not.toContain('Capture your first lead');
  });
});
