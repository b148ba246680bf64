import { readFile } from 'node:fs/promises';
import { openPanelFor } from './capture-helpers';
import { expect, openExtensionPage, serveFixture, test } from './harness';

// The profile is reached through a tagged link, as from a newsletter.
const PROFILE = 'https://www.linkedin.com/in/rosa-marchetti/?utm_source=newsletter&utm_campaign=autumn-webinar';

test('a lead captured under the active campaign, won with a deal value, shows in the reports', async ({ context, extensionId }) => {
  test.setTimeout(180_000); // A long journey through five views.
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/campaigns');
  await dashboard.setViewportSize({ width: 1400, height: 900 });

  // Create the campaign; a negative cost is refused with a message and nothing is saved.
  await dashboard.getByRole('button', { name: 'Create a campaign' }).click();
  const form = dashboard.getByRole('form', { name: 'New campaign' });
  await form.getByLabel('Name').fill('Q4 social');
  await form.getByLabel('Channel').selectOption('LinkedIn');
  await form.getByLabel('Budget / cost (USD)').fill('-1200');
  await form.getByLabel('Goal (leads)').fill('10');
  await form.getByRole('button', { name: 'Create campaign' }).click();
  await expect(form.getByText('Cost cannot be negative')).toBeVisible();
  await form.getByLabel('Budget / cost (USD)').fill('1,200');
  await form.getByRole('button', { name: 'Create campaign' }).click();
  await expect(dashboard.getByRole('row', { name: /Q4 social/ })).toContainText('$1,200');

  // The marketer makes it the active campaign from the popup.
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await popup.getByLabel('Active campaign').selectOption({ label: 'Q4 social' });
  await expect(popup.getByText('Leads you capture now are tagged with “Q4 social”.')).toBeVisible();
  await expect(dashboard.getByText('Active campaign: Q4 social')).toBeVisible();

  // Capture Rosa from her profile (the page also names the signed-in user and other people).
  await serveFixture(context, PROFILE, 'linkedin/profile-minimal.html');
  const profile = await context.newPage();
  await profile.goto(PROFILE);
  const panel = await openPanelFor(context, extensionId, profile);
  // The panel says which campaigns this capture will carry, and why.
  const captureTags = panel.getByRole('region', { name: 'Campaign tags for this capture' });
  await expect(captureTags.getByRole('listitem')).toHaveText([
    /Q4 social \(active campaign\)/,
    /autumn-webinar \(new draft from the link’s utm_campaign\)/,
  ]);
  const draft = panel.getByRole('article', { name: 'Rosa Marchetti' });
  await draft.getByRole('button', { name: 'Save lead' }).click();
  await expect(draft.getByRole('status')).toHaveText('Saved as a new lead.');

  // The link's utm_campaign matched no campaign: a draft was created for review.
  await expect(dashboard.getByRole('row', { name: /autumn-webinar/ })).toContainText('Draft: review');
  await expect(
    dashboard
      .getByRole('row', { name: /Q4 social/ })
      .getByRole('cell')
      .nth(3),
  ).toHaveText('1');

  // The lead carries both tags; the active campaign is its first touch.
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/leads`);
  const grid = dashboard.getByRole('grid', { name: 'Leads' });
  await expect(grid.getByRole('row', { name: /Rosa Marchetti/ })).toContainText('Q4 social +1');
  await grid.getByRole('link', { name: 'Rosa Marchetti' }).click();
  const tags = dashboard.getByRole('list', { name: 'Campaign tags' });
  await expect(tags.getByRole('listitem')).toHaveText([/Q4 social/, /autumn-webinar/]);
  await expect(dashboard.getByText('First touch').locator('xpath=following-sibling::dd[1]')).toHaveText('Q4 social');
  await expect(dashboard.getByText('utm_source=newsletter · utm_campaign=autumn-webinar')).toBeVisible();

  // Drag the deal to Won on the pipeline board (a screen wide enough for every column); a negative
  // value is refused, then 12,500 is kept.
  await dashboard.setViewportSize({ width: 1920, height: 900 });
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/pipeline`);
  const card = dashboard.getByRole('listitem').filter({ hasText: 'Rosa Marchetti' });
  await card.dragTo(dashboard.getByRole('region', { name: /^Won:/ }));
  const dialog = dashboard.getByRole('dialog', { name: 'Move Rosa Marchetti' });
  await dialog.getByLabel('Deal value (USD)').fill('-100');
  await dialog.getByRole('button', { name: 'Move to Won' }).click();
  await expect(dialog.getByText('Deal value cannot be negative')).toBeVisible();
  await dialog.getByLabel('Deal value (USD)').fill('12,500');
  await dialog.getByRole('button', { name: 'Move to Won' }).click();
  await expect(dashboard.getByRole('region', { name: 'Won: 1 deal' })).toContainText('Rosa Marchetti');
  await expect(dashboard.getByTestId('stage-value-won')).toHaveText('$12,500');

  // Every change is in the timeline.
  await dashboard.getByRole('link', { name: 'Rosa Marchetti' }).click();
  const timeline = dashboard.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toContainText('Stage: New → Won');
  await expect(timeline).toContainText('Deal value: — → 12500');
  await expect(timeline).toContainText('Captured from LinkedIn');

  // The reports, for the Q4 social campaign.
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/reports`);
  await dashboard.getByRole('group', { name: 'Report filters' }).getByLabel('Campaign').selectOption({ label: 'Q4 social' });
  const summary = dashboard.getByLabel('Key sales figures');
  await expect(summary).toContainText('Win rate100.0%');
  await expect(summary).toContainText('Revenue won$12,500');
  const performance = dashboard.getByRole('table', { name: 'Campaign performance' });
  await expect(performance.getByRole('row', { name: /^Q4 social/ }).getByRole('cell')).toHaveText([
    'LinkedIn',
    '1',
    '1',
    '0',
    '1',
    '1',
    '$12,500',
    '$1,200',
    '$1,200',
    '$1,200',
    '10.42×',
  ]);
  await expect(dashboard.getByRole('table', { name: 'Goal progress' }).getByRole('row', { name: /Q4 social/ })).toContainText('10.0%');

  // The same table as CSV.
  const [download] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByRole('button', { name: 'Export Campaign performance as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^leadline-campaign-performance-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  expect(csv[0]).toBe(
    'Campaign,Channel,Leads,Contacted,Replied,Qualified,Won,Revenue (USD),Cost (USD),Cost per lead (USD),Cost per customer (USD),Return on spend (×)',
  );
  expect(csv[1]).toBe('Q4 social,LinkedIn,1,1,0,1,1,12500,1200,1200,1200,10.42');
});
