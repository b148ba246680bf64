import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, launchWithExtension, leadRows, openExtensionPage, openLeadFromTable, serviceWorker, test } from './harness';

const HUBSPOT_CSV = [
  'Record ID,First Name,Last Name,Email,Phone Number,Job Title,Company Name,City',
  '101,Greta,Halvorsen,greta@bluefin-logistics.example,+47 22 00 00 00,Head of Sales,Bluefin Logistics,Oslo',
  '102,小明,王,xiaoming@beijing-tech.example,,CTO,北京科技,Beijing',
  '103,Hugo,Valcourt,hugo@harborlight.example,,=HYPERLINK("http://evil.example"),Harborlight Media,Lyon',
  '104,Bad,Address,bad@,,CMO,Nowhere,',
].join('\r\n');

/** Imports a CSV through the dashboard UI, confirming what the report proposes. */
async function importThroughUi(page: Page, name: string, text: string, confirm: RegExp) {
  await page.getByLabel('Choose a CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  await page.getByRole('button', { name: confirm }).click();
  await expect(page.getByRole('status').filter({ hasText: `Imported ${name}` })).toBeVisible();
}

test('import a CSV through the dashboard, see the leads, and undo the import', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'dashboard.html#/import-export');
  await expect(page.getByRole('heading', { name: 'Import & export' })).toBeVisible();
  await page
    .getByLabel('Choose a CSV file')
    .setInputFiles({ name: 'hubspot.csv', mimeType: 'text/csv', buffer: Buffer.from(HUBSPOT_CSV, 'utf8') });

  await expect(page.getByText('recognised as HubSpot contacts')).toBeVisible();
  await expect(page.getByLabel('Import column “Job Title” as')).toHaveValue('title');
  await expect(page.getByLabel('Import column “Company Name” as')).toHaveValue('company');
  const summary = page.getByRole('list', { name: 'Import summary' });
  await expect(summary).toContainText('3 new');
  await expect(summary).toContainText('1 line with errors');
  await expect(page.getByRole('list', { name: 'Errors (these lines are not imported)' })).toContainText(
    'Line 5 — Email: “bad@” is not a valid email address',
  );
  const preview = page.getByRole('table', { name: 'Preview of the imported leads' });
  await expect(preview).toContainText('小明 王');
  await expect(preview).toContainText('greta@bluefin-logistics.example');

  // Leave a column out: the report is worked out again from the new mapping.
  await page.getByLabel('Import column “City” as').selectOption('');
  await page.getByRole('button', { name: 'Import: add 3 new' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported hubspot.csv: 3 created, 0 updated, 0 unchanged, 1 skipped.' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'See leads' }).click();
  const rows = leadRows(page);
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: 'Greta Halvorsen' })).toHaveCount(1);
  await openLeadFromTable(page, 'Greta Halvorsen');
  await expect(page.getByRole('heading', { name: 'Greta Halvorsen' })).toBeVisible();
  await expect(page.getByText('Head of Sales')).toBeVisible();
  await expect(page.getByText('Import').first()).toBeVisible();
  await expect(page.getByText('Imported (hubspot.csv)')).toBeVisible();

  // Importing the same file again changes nothing.
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/import-export`);
  await page
    .getByLabel('Choose a CSV file')
    .setInputFiles({ name: 'hubspot.csv', mimeType: 'text/csv', buffer: Buffer.from(HUBSPOT_CSV, 'utf8') });
  // With City mapped this time, the file would fill the location the first import left out…
  await expect(page.getByRole('list', { name: 'Import summary' })).toContainText('3 will update');
  await expect(page.getByRole('list', { name: 'Will update' })).toContainText('Line 2 — Greta Halvorsen: location');
  // …and with the same mapping as before, the same file changes nothing.
  await page.getByLabel('Import column “City” as').selectOption('');
  await expect(page.getByRole('list', { name: 'Import summary' })).toContainText('3 unchanged');
  await expect(page.getByText('Nothing to import: every row matches a lead as it is.')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  const history = page.getByRole('list', { name: 'Recent imports' });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await history.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByRole('group', { name: 'Confirm undo' })).toContainText('3 leads it created will be deleted');
  await page.getByRole('button', { name: 'Yes, undo the import' }).click();
  await expect(history).toContainText('undone');

  await page.getByRole('link', { name: 'Leads' }).click();
  await expect(page.getByRole('heading', { name: 'No leads yet' })).toBeVisible();
});

test('export leads and read the downloaded file', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'dashboard.html#/import-export');
  await importThroughUi(page, 'hubspot.csv', HUBSPOT_CSV, /Import: add 3 new/);
  await page.getByRole('button', { name: 'Import another file' }).click();

  await expect(page.getByLabel('Columns')).toHaveValue('leadline');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all 3 leads' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^leadline-leads-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  const lines = text.split('\r\n');
  expect(lines[0]).toMatch(/^Leadline ID,Full name,First name,Last name,Email,/);
  expect(lines).toHaveLength(5);
  expect(text).toContain(',小明 王,小明,王,xiaoming@beijing-tech.example,');
  expect(text).toContain(`,"'=HYPERLINK(""http://evil.example"")",Harborlight Media,`);
  expect(text).toContain(',(+47) 22 00 00 00,');

  await page.getByLabel('Columns').selectOption('hubspot');
  const [hubspot] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all 3 leads' }).click()]);
  const hubspotText = (await readFile(await hubspot.path())).toString('utf8');
  expect(hubspotText.slice(1).split('\r\n')[0]).toBe(
    'First Name,Last Name,Email,Phone Number,Mobile Phone Number,Job Title,Company Name,Website URL,City,LinkedIn URL',
  );
});

test('back up, refuse a damaged backup, and restore into a fresh profile', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'dashboard.html#/import-export');
  await importThroughUi(page, 'hubspot.csv', HUBSPOT_CSV, /Import: add 3 new/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^leadline-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = await readFile(await download.path(), 'utf8');
  const parsed = JSON.parse(backup) as { stores: { leads: Array<{ id: string; fullName: string; emails: string[] }> } };
  expect(parsed.stores.leads).toHaveLength(3);
  await expect(page.getByText(/Last backup: (?!never)/)).toBeVisible();

  const damaged = JSON.parse(backup) as typeof parsed;
  const victim = damaged.stores.leads[0]!;
  victim.emails = ['not-an-email'];

  const dir = await mkdtemp(join(tmpdir(), 'leadline-e2e-restore-'));
  const fresh = await launchWithExtension(dir);
  try {
    const id = new URL((await serviceWorker(fresh)).url()).host;
    const other = await openExtensionPage(fresh, id, 'dashboard.html#/import-export');
    await other
      .getByLabel('Choose a backup file')
      .setInputFiles({ name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(damaged)) });
    const alert = other.getByRole('alert');
    await expect(alert).toContainText('one record is damaged. Nothing was changed.');
    await expect(other.getByRole('list', { name: 'Damaged records' })).toContainText(
      `leads record “${victim.id}” (${victim.fullName}): emails.0: Not a valid email address`,
    );

    await other
      .getByLabel('Choose a backup file')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await expect(other.getByRole('group', { name: 'Backup to restore' })).toContainText('3 leads');
    await other.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(other.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible();
    await other.getByRole('link', { name: 'Leads' }).click();
    const rows = leadRows(other);
    await expect(rows).toHaveCount(3);
    for (const lead of parsed.stores.leads) await expect(rows.filter({ hasText: lead.fullName })).toHaveCount(1);
  } finally {
    await fresh.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('erase a person names what will go and removes them', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'dashboard.html#/import-export');
  await importThroughUi(page, 'hubspot.csv', HUBSPOT_CSV, /Import: add 3 new/);
  await page.getByRole('link', { name: 'Leads' }).click();
  await openLeadFromTable(page, /Greta Halvorsen/);
  await page.getByRole('button', { name: 'Erase…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase Greta Halvorsen?' });
  await expect(dialog.getByRole('list', { name: 'What will be erased' })).toContainText('1 activity in the timeline');
  await expect(dialog).toContainText('0 tasks');
  await expect(dialog).toContainText('1 copy kept to undo an import');
  await dialog.getByRole('button', { name: 'Erase permanently' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Erased Greta Halvorsen and everything about them' })).toBeVisible();
  await expect(leadRows(page)).toHaveCount(2);
  await expect(leadRows(page).filter({ hasText: 'Greta' })).toHaveCount(0);
});
