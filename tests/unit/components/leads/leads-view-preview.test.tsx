// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { LeadsView } from '@/components/leads/leads-view';
import { defaultSettings } from '@/lib/model';
import { getDb, StoreMirror } from '@/lib/db';
import { saveLead } from '@/lib/leads';
import { mount, until } from '../../react-helpers';

describe('leads table while every lead loads', () => {
  it('shows the newest leads at once, then the whole table when the load ends', async () => {
    const db = await getDb();
    const names = ['Ines Duarte', 'Tomas Reyes', 'Lea Moreau', 'Priya Natarajan'];
    for (const [index, fullName] of names.entries()) {
      await saveLead(db, { patch: { fullName }, origin: { kind: 'manual' } }, Date.UTC(2026, 0, 1 + index));
    }
    // Hold the full load until the test has seen the preview.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // eslint-disable-next-line @typescript-eslint/unbound-method -- applied to the mirror instance below
    const refresh = StoreMirror.prototype.refresh;
    const spy = vi.spyOn(StoreMirror.prototype, 'refresh').mockImplementation(async function (this: StoreMirror<unknown>, ...args) {
      await held;
      return refresh.apply(this, args);
    });

    const { host, unmount } = mount(<LeadsView params={[]} settings={defaultSettings()} notify={() => undefined} />);
    const status = () => host.querySelector('[role="status"]')?.textContent ?? '';
    await until(() => status().startsWith('Showing the 4 most recently updated'), 'the preview');
    expect(status()).toContain('Loading leads for search, filters and sorting');
    expect(host.querySelector('[role="searchbox"], input[type="search"]')).toBeNull();
    // The grid is there (its rows are virtualised: this DOM lays out none; the benchmark and the
    // end-to-end tests see them in Chromium).
    expect(host.querySelector('[role="grid"][aria-label="Leads"]')).not.toBeNull();

    release();
    await until(() => host.querySelector('[data-testid="lead-count"]') !== null, 'the full table');
    expect(host.querySelector('[data-testid="lead-count"]')?.textContent).toBe('4');
    expect(status()).not.toContain('most recently updated');
    spy.mockRestore();
    unmount();
  });
});
