// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportPanel } from '@/components/import-export/import-panel';
import { getDb } from '@/lib/db';
import type { IoClient, OpenedFile } from '@/lib/io';
import { checkRows, resolveMapping } from '@/lib/io/csv';
import { parseCsvTable, type CsvTable } from '@/lib/io/csv-table';
import { planImport } from '@/lib/io/import-plan';
import { mount, until } from '../../react-helpers';

const CSV = 'Name,Email,Company\r\nOdile Fontanaz,odile@verrerie-fontanaz.example,Verrerie Fontanaz\r\n';

/**
 * The I/O worker's answers computed in this thread (the worker itself needs a real browser): the
 * file is read and planned by the library; `failures` make one request fail as the worker would.
 */
function inThreadClient(failures: Partial<Record<'open' | 'apply', string>>): IoClient & { calls: string[] } {
  let table: CsvTable | undefined;
  const calls: string[] = [];
  const call = async (type: string, payload: Record<string, unknown>): Promise<unknown> => {
    calls.push(type);
    const failure = failures[type as 'open' | 'apply'];
    if (failure) throw new Error(failure);
    if (type === 'open') {
      table = parseCsvTable(await (payload.file as Blob).text());
      const { preset, mapping } = resolveMapping(table.headers);
      const opened: OpenedFile = {
        fileName: payload.fileName as string,
        encoding: 'utf-8',
        delimiter: table.delimiter,
        headers: table.headers,
        headerLine: table.headerLine,
        rowCount: table.rows.length,
        sample: table.rows.slice(0, 5).map((row) => row.cells),
        preset,
        mapping,
      };
      return opened;
    }
    if (type === 'forget') {
      table = undefined;
      return null;
    }
    if (type === 'plan') {
      const { rows, errors } = checkRows(table!, payload.mapping as never);
      return planImport(await getDb(), rows, errors);
    }
    throw new Error(`unexpected request ${type}`);
  };
  return { call: call as IoClient['call'], warm: () => undefined, dispose: () => undefined, calls };
}

function choose(host: HTMLElement, file: File) {
  const input = host.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
}

const alertText = (host: HTMLElement) => host.querySelector('[role="alert"]')?.textContent;
const button = (host: HTMLElement, name: RegExp) =>
  [...host.querySelectorAll('button')].find((entry) => name.test(entry.textContent ?? ''));

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

describe('the import panel', () => {
  it('says why a file could not be opened and offers the file chooser again', async () => {
    const client = inThreadClient({ open: 'This file is larger than 50 MB: split it and import the parts' });
    const view = mount(<ImportPanel client={client} notify={() => undefined} />);
    unmount = view.unmount;
    choose(view.host, new File([CSV], 'trade-fair.csv', { type: 'text/csv' }));
    await until(() => alertText(view.host) !== undefined, 'the failure to show');
    expect(alertText(view.host)).toBe('This file is larger than 50 MB: split it and import the parts');
    expect(view.host.textContent).toContain('Choose a CSV file');
    expect(view.host.querySelector('[role="progressbar"]')).toBeNull();
  });

  it('keeps the reviewed file when saving fails, with the reason, and clears it when the user tries again', async () => {
    const client = inThreadClient({ apply: 'The browser refused to store more data (quota exceeded)' });
    const view = mount(<ImportPanel client={client} notify={() => undefined} />);
    unmount = view.unmount;
    choose(view.host, new File([CSV], 'trade-fair.csv', { type: 'text/csv' }));
    await until(() => button(view.host, /^Import: add 1 new$/)?.disabled === false, 'the plan to offer one new lead');
    expect(view.host.textContent).toContain('trade-fair.csv: 1 row');

    act(() => button(view.host, /^Import: add 1 new$/)!.click());
    await until(() => alertText(view.host) !== undefined, 'the failure to show');
    expect(alertText(view.host)).toBe('The browser refused to store more data (quota exceeded)');
    // Still reviewing the same file: the user can try again without choosing it again.
    expect(view.host.textContent).toContain('trade-fair.csv: 1 row');
    expect(button(view.host, /^Import: add 1 new$/)!.disabled).toBe(false);

    act(() => button(view.host, /^Import: add 1 new$/)!.click());
    expect(alertText(view.host)).toBeUndefined();
    await until(() => alertText(view.host) !== undefined, 'the second failure to show');
    expect(client.calls.filter((type) => type === 'apply')).toHaveLength(2);
  });

  it('lets the worker drop the file and its plan when the user cancels', async () => {
    const client = inThreadClient({});
    const view = mount(<ImportPanel client={client} notify={() => undefined} />);
    unmount = view.unmount;
    choose(view.host, new File([CSV], 'trade-fair.csv', { type: 'text/csv' }));
    await until(() => button(view.host, /^Import: add 1 new$/)?.disabled === false, 'the plan to offer one new lead');
    expect(client.calls).not.toContain('forget');

    act(() => button(view.host, /^Cancel$/)!.click());
    expect(client.calls.at(-1)).toBe('forget');
    expect(view.host.textContent).toContain('Choose a CSV file');
    expect(view.host.textContent).not.toContain('trade-fair.csv');
  });
});
