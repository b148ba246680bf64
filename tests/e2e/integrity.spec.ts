import type { Page } from '@playwright/test';
import { expect, leadRows, openExtensionPage, openLeadFromTable, test } from './harness';

/** Imports a CSV through the dashboard, confirming what the report proposes. */
async function importCsv(page: Page, name: string, lines: string[], confirm: RegExp) {
  await page.getByLabel('Choose a CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n'), 'utf8') });
  await page.getByRole('button', { name: confirm }).click();
  await expect(page.getByRole('status').filter({ hasText: `Imported ${name}` })).toBeVisible();
}

test('undo import after later work keeps the lead worked on, names it, and deletes only the untouched one', async ({
  context,
  extensionId,
}) => {
  const page = await openExtensionPage(context, extensionId, 'dashboard.html#/import-export');
  await importCsv(
    page,
    'q1.csv',
    [
      'First Name,Last Name,Email,Company,Job Title',
      'Grace,Okafor,grace@tidewater-freight.example,Tidewater Freight,Logistics Lead',
      'Hal,Moreno,hal@pinecrest.example,Pinecrest,Buyer',
    ],
    /Import: add 2 new/,
  );

  // Later work on Grace: a hand edit.
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/leads`);
  await openLeadFromTable(page, 'Grace Okafor');
  await page.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('form', { name: 'Edit Grace Okafor' });
  await form.getByLabel('Title').fill('VP Logistics');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Edited title')).toBeVisible();

  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/import-export`);
  const history = page.getByRole('list', { name: 'Recent imports' });
  await history.getByRole('button', { name: 'Undo import' }).click();
  const confirm = page.getByRole('group', { name: 'Confirm undo' });
  await expect(confirm).toContainText('1 lead it created will be deleted');
  const touched = confirm.getByRole('list', { name: 'Leads worked on since the import' });
  await expect(touched.getByRole('listitem')).toHaveText(['Grace Okafor: edited or captured again, 1 later timeline entry (updated)']);
  await expect(confirm).toContainText('will be kept');
  await expect(confirm.getByLabel('Also delete these leads and everything recorded about them since')).not.toBeChecked();
  await page.getByRole('button', { name: 'Yes, undo the import' }).click();
  await expect(history).toContainText('undone');

  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/leads`);
  const rows = leadRows(page);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Grace Okafor');
  await openLeadFromTable(page, 'Grace Okafor');
  await expect(page.getByText('VP Logistics')).toBeVisible();
  await expect(page.getByText('Import of q1.csv undone; this lead was kept because it was worked on since')).toBeVisible();
});

test('erase a person: an email logged between Ada and Bob keeps no trace of Ada on Bob’s timeline', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'dashboard.html#/import-export');
  await importCsv(
    page,
    'people.csv',
    ['Name,Email,Company', 'Ada Brennan,ada.brennan@quayside.example,Quayside', 'Bob Achterberg,bob@achterberg.example,Achterberg BV'],
    /Import: add 2 new/,
  );
  // The email as "Log this email" stores it on both leads (snippet kept), written straight into the database.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('leadline');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const read = db.transaction('leads').objectStore('leads').getAll();
    const leads = await new Promise<Array<{ id: string; fullName: string }>>(
      (resolve) => (read.onsuccess = () => resolve(read.result as never)),
    );
    const tx = db.transaction('activities', 'readwrite');
    for (const lead of leads) {
      tx.objectStore('activities').put({
        id: `email-${lead.id.replace(/[^a-z0-9]/gi, '')}`,
        leadId: lead.id,
        type: 'email-logged',
        at: Date.now(),
        summary: 'Email received: “Intro: Ada Brennan meets Bob”',
        details: {
          source: 'gmail',
          direction: 'inbound',
          subject: 'Intro: Ada Brennan meets Bob',
          from: 'Ada Brennan <ada.brennan@quayside.example>',
          to: 'Bob Achterberg <bob@achterberg.example>',
          threadUrl: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQ',
          messageKey: 'm-77',
          snippet: 'Hi Bob, Ada here: my mobile is 555-0101',
        },
      });
    }
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });

  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/leads`);
  await openLeadFromTable(page, 'Bob Achterberg');
  await expect(page.getByText('“Hi Bob, Ada here: my mobile is 555-0101”')).toBeVisible();
  await page.getByRole('link', { name: '← All leads' }).click();
  await openLeadFromTable(page, 'Ada Brennan');
  await page.getByRole('button', { name: 'Erase…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase Ada Brennan?' });
  await expect(dialog.getByRole('list', { name: 'What will be erased' })).toContainText('in 1 timeline entry of other leads');
  await dialog.getByRole('button', { name: 'Erase permanently' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Erased Ada Brennan' })).toBeVisible();

  await openLeadFromTable(page, 'Bob Achterberg');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toContainText('Email received: “Intro: [erased] meets Bob”');
  await expect(page.locator('body')).not.toContainText('Ada');
  await expect(page.locator('body')).not.toContainText('555-0101');
  await expect(page.locator('body')).not.toContainText('ada.brennan@');
});

test('possible duplicates: the import preview lists them, the dashboard compares and merges one pair and remembers a dismissal', async ({
  context,
  extensionId,
}) => {
  const page = await openExtensionPage(context, extensionId, 'dashboard.html#/import-export');
  await page.getByLabel('Choose a CSV file').setInputFiles({
    name: 'dental.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        'First Name,Last Name,Email,Company,Job Title',
        'Kai,Smith,kai.smith@harbor-dental.example,Harbor Dental,Dentist',
        'Kai,Smith,ksmith@harbordental-billing.example,Harbor Dental,Billing Lead',
        'Mia,Berg,mia@northwind.example,Northwind,Engineer',
        'Mia,Berg,mia.berg@northwind-sales.example,Northwind,Account Executive',
      ].join('\r\n'),
      'utf8',
    ),
  });
  const summary = page.getByRole('list', { name: 'Import summary' });
  await expect(summary).toContainText('4 new');
  await expect(summary).toContainText('2 possible duplicates');
  await expect(page.getByRole('list', { name: /^Possible duplicates/ })).toContainText('Line 3 — Kai Smith: line 2 (different email)');
  await page.getByRole('button', { name: /Import: add 4 new/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported dental.csv' })).toBeVisible();

  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/duplicates`);
  const pairs = page.getByRole('list', { name: 'Possible duplicate pairs' });
  await expect(pairs.getByRole('listitem')).toHaveCount(2);
  await pairs
    .getByRole('listitem', { name: /Mia Berg/ })
    .getByRole('button', { name: 'Not the same person' })
    .click();
  await expect(pairs.getByRole('listitem')).toHaveCount(1);
  await page.reload();
  await expect(pairs.getByRole('listitem')).toHaveCount(1);
  await expect(pairs.getByRole('listitem')).toContainText('Kai Smith');

  await pairs.getByRole('button', { name: 'Compare and merge…' }).click();
  const table = page.getByRole('table', { name: 'Both records, field by field' });
  await expect(table.getByRole('row', { name: /Title/ })).toContainText('Dentist');
  await expect(table.getByRole('row', { name: /Title/ })).toContainText('Billing Lead');
  await table.getByRole('radio', { name: 'Billing Lead' }).check();
  await expect(table.getByRole('radio', { name: 'Keep both' })).toBeChecked();
  await page.getByRole('button', { name: 'Merge into one lead' }).click();

  await expect(page.getByRole('heading', { name: 'Kai Smith' })).toBeVisible();
  await expect(page.getByText('Billing Lead')).toBeVisible();
  await expect(page.getByText('kai.smith@harbor-dental.example')).toBeVisible();
  await expect(page.getByText('ksmith@harbordental-billing.example')).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toContainText('Merged with Kai Smith (Harbor Dental) by hand; both timelines kept');
  await expect(timeline.getByText('Imported (dental.csv)')).toHaveCount(2);
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/leads`);
  await expect(leadRows(page)).toHaveCount(3);
});
