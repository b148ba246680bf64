import { expect, leadRows, openExtensionPage, serveFixture, test } from './harness';

const INGRID = 'https://www.linkedin.com/in/ingrid-solvang-adeyemi-7a1/';

test('the in-page "Save to Leadline" button is absent by default, and saves the profile once turned on', async ({ context, extensionId }) => {
  await serveFixture(context, INGRID, 'linkedin/profile-classic.html');
  const before = await context.newPage();
  await before.goto(INGRID);
  // The content script is there (it answers extract), but inserts nothing into LinkedIn by default.
  await before.waitForTimeout(1000);
  await expect(before.locator('leadline-save-button')).toHaveCount(0);
  await before.close();

  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/settings');
  await dashboard.getByRole('checkbox', { name: /Show a “Save to Leadline” button on LinkedIn profiles/ }).check();
  await dashboard.getByRole('button', { name: 'Save settings' }).click();
  await expect(dashboard.getByText('Settings saved')).toBeVisible();

  const page = await context.newPage();
  await page.goto(INGRID);
  const button = page.getByRole('button', { name: 'Save to Leadline' });
  await expect(button).toBeVisible();
  // Rendered in a shadow root: LinkedIn's stylesheet cannot reach it.
  expect(await page.locator('leadline-save-button').evaluate((host) => host.shadowRoot !== null)).toBe(true);
  await button.click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved Ingrid Solvang-Adeyemi' })).toBeVisible();
  await button.click();
  await expect(page.getByRole('status').filter({ hasText: 'Updated Ingrid Solvang-Adeyemi' })).toBeVisible();

  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/leads`);
  await expect(leadRows(dashboard)).toHaveCount(1);
  await expect(leadRows(dashboard)).toContainText('Head of Procurement');
});
