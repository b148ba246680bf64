import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { allLeads } from '@/lib/db';
import { importCsvText } from '@/lib/io/import-csv';
import { checkBackupSize, checkCsvSize, CSV_MAX_LINES, FileTooLargeError } from '@/lib/io/limits';
import { freshDb } from '../db-helpers';

describe('size limits, checked before a file is read or parsed', () => {
  it('refuses a CSV file over 50 MB, naming the limit', () => {
    expect(() => checkCsvSize(60 * 1024 * 1024)).toThrow(
      'This file is 60 MB: Leadline imports CSV files of up to 50 MB. Split it into smaller files.',
    );
    expect(() => checkCsvSize(50 * 1024 * 1024)).not.toThrow();
  });

  it('refuses a backup over 500 MB, naming the limit', () => {
    expect(() => checkBackupSize(501 * 1024 * 1024)).toThrow('Leadline restores backups of up to 500 MB');
  });

  it('refuses a CSV with more than 200,000 lines and imports nothing', async () => {
    const db = await freshDb();
    const text = `Full name,Email\n${'Ada Quill,ada@quill.example\n'.repeat(CSV_MAX_LINES)}`;
    await expect(importCsvText(db, text)).rejects.toThrow(
      new FileTooLargeError(
        'This file has more than 200,000 lines: Leadline imports up to 200,000 lines at a time. Split it into smaller files.',
      ),
    );
    expect(await allLeads(db)).toEqual([]);
  });
});

describe('a failed import write', () => {
  const unhandled: unknown[] = [];
  const listener = (reason: unknown) => unhandled.push(reason);
  beforeEach(() => {
    unhandled.length = 0;
    process.on('unhandledRejection', listener);
  });
  afterEach(() => {
    process.off('unhandledRejection', listener);
  });

  it('writes nothing and leaves no unhandled promise rejection', async () => {
    const db = await freshDb();
    // The third lead's write fails (as a full disk or a record the browser cannot store would)
    // while the first two are already queued in the same transaction.
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with its store as this
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'leads' && ++calls === 3) throw new DOMException('The disk is full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const csv = 'Full name,Email\r\nAda Quill,ada@quill.example\r\nBo Lind,bo@lind.example\r\nCy Marsh,cy@marsh.example\r\n';
    await expect(importCsvText(db, csv)).rejects.toThrow('The disk is full');
    spy.mockRestore();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).toEqual([]);
    expect(await allLeads(db)).toEqual([]);
  });
});
