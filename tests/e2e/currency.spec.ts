import { expect, openExtensionPage, test } from './harness';

test('changing the workspace currency never adds old amounts into the new currency’s totals', async ({ context, extensionId }) => {
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/leads/new');
  const form = dashboard.getByRole('form', { name: 'New lead' });
  await form.getByLabel('Name').fill('Maren Westergaard');
  await form.getByLabel('Stage').selectOption('Won');
  await form.getByLabel('Deal value (USD)').fill('5000');
  await form.getByRole('button', { name: 'Save lead' }).click();
  await expect(dashboard.getByRole('heading', { name: 'Maren Westergaard' })).toBeVisible();

  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/reports`);
  await expect(dashboard.getByLabel('Key sales figures')).toContainText('Revenue won$5,000');

  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/settings`);
  await dashboard.getByLabel('Currency').fill('EUR');
  await dashboard.getByRole('button', { name: 'Save settings' }).click();
  await expect(dashboard.getByRole('status').filter({ hasText: 'Settings saved' })).toHaveText('Settings saved');

  // The 5,000 was entered in dollars: it stays dollars, shown as such, and is left out of euro totals.
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/reports`);
  await expect(dashboard.getByRole('note')).toHaveText(
    'Left out of every total because they are not in EUR, the workspace currency: 1 deal value in USD. Enter them again in EUR to count them.',
  );
  await expect(dashboard.getByLabel('Key sales figures')).toContainText('Revenue won€0');
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/leads`);
  await expect(dashboard.getByRole('grid', { name: 'Leads' }).getByRole('row', { name: /Maren Westergaard/ })).toContainText('$5,000');

  // Entering the value again in euros counts it.
  await dashboard.getByRole('link', { name: 'Maren Westergaard' }).click();
  const deal = dashboard.getByRole('form', { name: 'Deal' });
  await expect(deal.getByLabel('Deal value (USD)')).toHaveValue('5000');
  await deal.getByLabel('Deal value (USD)').fill('4,600');
  await deal.getByRole('button', { name: 'Save deal' }).click();
  await expect(dashboard.getByRole('region', { name: 'Timeline' })).toContainText('Deal value: 5000 USD → 4600');
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/reports`);
  await expect(dashboard.getByLabel('Key sales figures')).toContainText('Revenue won€4,600');
  await expect(dashboard.getByRole('note')).toBeHidden();
});
