// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { useLeadRows } from '@/components/hooks/use-mirror';
import { getDb } from '@/lib/db';
import { importCsvText } from '@/lib/io/import-csv';
import { undoImport } from '@/lib/io/import-apply';
import { saveLead } from '@/lib/leads';
import { mount, until } from '../../react-helpers';

function Titles() {
  const { rows, ready } = useLeadRows('USD');
  return <p>{ready ? rows.map((row) => `${row.fullName}: ${row.title ?? '—'}`).join('; ') : 'loading'}</p>;
}

describe('the page-wide lead rows', () => {
  it('show a lead as it was again after the import that changed it is undone on another page', async () => {
    const db = await getDb();
    // Saved a while ago: undoing the import puts back a version older than any recent write.
    const { lead } = await saveLead(
      db,
      { patch: { fullName: 'Tomas Reyes', emails: ['tomas@reyes.example'] }, origin: { kind: 'manual' } },
      Date.now() - 3_600_000,
    );
    const table = mount(<Titles />);
    await until(() => table.host.textContent === 'Tomas Reyes: —', 'the stored lead');
    // The import fills the empty title.
    const imported = await importCsvText(db, 'Name,Email,Title\nTomas Reyes,tomas@reyes.example,Head of Imports\n', {
      fileName: 'one.csv',
    });
    await until(() => table.host.textContent === 'Tomas Reyes: Head of Imports', 'the imported title');

    // The leads table is left (the import page is where undo is), the import is undone, the table comes back.
    table.unmount();
    await undoImport(db, imported.record!.id);
    expect((await db.get('leads', lead.id))?.title).toBeUndefined();
    const again = mount(<Titles />);
    await until(() => again.host.textContent === 'Tomas Reyes: —', 'the title gone again');
    again.unmount();
  });

  it('come back without reading the store when nothing was written meanwhile, and catch up when something was', async () => {
    const db = await getDb();
    await saveLead(db, { patch: { fullName: 'Ines Varga', title: 'Buyer' }, origin: { kind: 'manual' } });
    const first = mount(<Titles />);
    await until(() => first.host.textContent?.includes('Ines Varga: Buyer') ?? false, 'the stored lead');
    const shown = first.host.textContent;
    first.unmount();

    // Another view (the reports, the pipeline) takes the rows with nothing written since: no count
    // of the whole store, no read at all.
    const count = vi.spyOn(IDBObjectStore.prototype, 'count');
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const back = mount(<Titles />);
    expect(back.host.textContent).toBe(shown);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(count).not.toHaveBeenCalled();
    expect(getAll).not.toHaveBeenCalled();
    back.unmount();
    count.mockRestore();
    getAll.mockRestore();

    // Written while no view watched: the next view shows it.
    await saveLead(db, { patch: { fullName: 'Oskar Lind', title: 'Planner' }, origin: { kind: 'manual' } });
    const later = mount(<Titles />);
    await until(() => later.host.textContent?.includes('Oskar Lind: Planner') ?? false, 'the lead written meanwhile');
    later.unmount();
  });
});
