import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openExtensionPage, test } from './harness';

/** Saves prospects through the background, as the capture flow does (sent from an extension page). */
async function capture(page: Page, drafts: unknown[]): Promise<void> {
  const reply = await page.evaluate<{ ok: boolean }>(
    `chrome.runtime.sendMessage(${JSON.stringify({ tag: 'leadline/1', type: 'capture.save', payload: { drafts } })})`,
  );
  expect(reply.ok).toBe(true);
}

test('selected leads are enrolled in a sequence and exported as CSV from the leads table', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/sequences/new');
  await dashboard.setViewportSize({ width: 1600, height: 900 });
  const sequenceForm = dashboard.getByRole('form', { name: 'New sequence' });
  await sequenceForm.getByLabel('Sequence name').fill('Call round');
  const step1 = sequenceForm.getByRole('group', { name: 'Step 1' });
  await step1.getByLabel('Type').selectOption('call');
  await step1.getByLabel('Instructions').fill('Introduce the autumn offer');
  await sequenceForm.getByRole('button', { name: 'Save sequence' }).click();
  await expect(dashboard.getByRole('heading', { name: 'Call round', level: 1 })).toBeVisible();

  await capture(dashboard, [
    {
      fullName: 'Bruno Brightwater',
      company: 'Bluefin Logistics',
      phone: '+1 555 0101',
      source: 'linkedin',
      sourceUrl: 'https://www.linkedin.com/in/bruno-brightwater/',
      linkedinUrl: 'https://www.linkedin.com/in/bruno-brightwater/',
    },
    {
      fullName: 'Chiara Castellano',
      email: 'chiara@copperleaf.example',
      title: 'CTO, Platform',
      source: 'gmail',
      sourceUrl: 'https://mail.google.com/mail/u/0/#inbox/abc',
    },
    { fullName: 'Ada Achterberg', company: 'Northwind Analytics', source: 'web', sourceUrl: 'https://northwind-analytics.example/team' },
  ]);

  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/leads`);
  const grid = dashboard.getByRole('grid', { name: 'Leads' });
  const dataRows = grid.getByRole('row').filter({ has: dashboard.getByRole('gridcell') });
  const selectBrunoAndChiara = async (sort: boolean) => {
    if (sort) await grid.getByRole('button', { name: 'Name' }).click();
    await expect(grid.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(dataRows).toHaveText([/Ada Achterberg/, /Bruno Brightwater/, /Chiara Castellano/]);
    await grid.focus();
    await dashboard.keyboard.press('Home');
    await dashboard.keyboard.press('ArrowDown');
    await dashboard.keyboard.press('Space');
    await dashboard.keyboard.press('Shift+ArrowDown');
    await expect(grid.getByRole('row', { selected: true })).toHaveText([/Bruno Brightwater/, /Chiara Castellano/]);
  };

  // Enroll both in the sequence.
  await selectBrunoAndChiara(true);
  const bulk = dashboard.getByRole('toolbar', { name: 'Bulk actions' });
  await bulk.getByRole('button', { name: 'Enroll in sequence…' }).click();
  const enroll = dashboard.getByRole('dialog', { name: 'Enroll in sequence: 2 leads' });
  await enroll.getByRole('button', { name: 'Enroll 2 leads' }).click();
  await expect(dashboard.getByRole('status').filter({ hasText: 'Enrolled 2 leads in “Call round”.' })).toBeVisible();
  await expect(bulk).toBeHidden();
  await grid.getByRole('link', { name: 'Chiara Castellano' }).click();
  await expect(dashboard.getByRole('region', { name: 'Sequences' }).getByRole('listitem', { name: 'Call round' })).toContainText('Active');

  // Export the same two as CSV in Leadline's columns (back on the list, it is still sorted by name).
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/leads`);
  await expect(dataRows).toHaveCount(3);
  await selectBrunoAndChiara(false);
  await bulk.getByRole('button', { name: 'Export selection…' }).click();
  const exportDialog = dashboard.getByRole('dialog', { name: 'Export selection: 2 leads' });
  const [download] = await Promise.all([
    dashboard.waitForEvent('download'),
    exportDialog.getByRole('button', { name: 'Export 2 as CSV' }).click(),
  ]);
  const lines = (await readFile(await download.path(), 'utf8'))
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines).toHaveLength(3);
  const header = lines[0]!.split(',');
  const nameColumn = header.indexOf('Full name');
  expect(nameColumn).toBeGreaterThanOrEqual(0);
  expect(lines.slice(1).map((line) => line.split(',')[nameColumn])).toEqual(['Bruno Brightwater', 'Chiara Castellano']);
  expect(lines[2]).toContain('"CTO, Platform"');
});
