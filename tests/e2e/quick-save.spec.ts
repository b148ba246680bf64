import type { Page } from '@playwright/test';
import { openPanelFor } from './capture-helpers';
import { expect, openExtensionPage, serveFixture, test } from './harness';

const INGRID = 'https://www.linkedin.com/in/ingrid-solvang-adeyemi-7a1/';

test('in a 360×665 side panel Save stays in view, and Ctrl+Enter saves from any field', async ({ context, extensionId }) => {
  await serveFixture(context, INGRID, 'linkedin/profile-classic.html');
  const page = await context.newPage();
  await page.goto(INGRID);
  const panel = await openPanelFor(context, extensionId, page);
  await panel.setViewportSize({ width: 360, height: 665 });
  const card = panel.getByRole('article', { name: 'Ingrid Solvang-Adeyemi' });
  await expect(card.getByLabel('Name', { exact: true })).toHaveValue('Ingrid Solvang-Adeyemi');

  // The card leads with what a rep checks; the rest folds away, and sources are a marker, not a line each.
  const labels = await card.locator('label').allTextContents();
  expect(labels.slice(0, 6)).toEqual(['Name', 'Title', 'Company', 'Email', 'Phone', 'LinkedIn']);
  await expect(card.getByLabel('Location')).toBeHidden();
  // Read to screen readers (the field's description), but not a line on screen.
  const source = card.getByText('From embedded page data').first();
  expect((await source.boundingBox())!.height).toBeLessThanOrEqual(1);
  await expect(card.getByLabel('Name', { exact: true })).toHaveAccessibleDescription('From embedded page data');
  await card.getByRole('button', { name: 'Show sources' }).click();
  await expect(source).toBeVisible();
  expect((await source.boundingBox())!.height).toBeGreaterThan(8);

  const save = card.getByRole('button', { name: 'Save lead' });
  await expect(save).toBeInViewport({ ratio: 1 });
  await card.getByRole('button', { name: /^More fields/ }).click();
  await expect(card.getByLabel('Location')).toHaveValue('Stavanger, Rogaland, Norway');
  await expect(save).toBeInViewport({ ratio: 1 });

  // From the folded-out Location field, at the top of a scrolled card: Ctrl+Enter saves.
  await card.getByLabel('Title').fill('Head of Procurement, Nordics');
  await card.getByLabel('Location').focus();
  await panel.keyboard.press('Control+Enter');
  await expect(card.getByRole('status')).toHaveText('Saved as a new lead.');

  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/leads');
  await expect(dashboard.getByRole('grid', { name: 'Leads' }).getByRole('link', { name: 'Ingrid Solvang-Adeyemi' })).toBeVisible();
  await expect(dashboard.getByRole('grid', { name: 'Leads' })).toContainText('Head of Procurement, Nordics');
});

async function loadSampleData(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText('Sample data loaded')).toBeVisible();
}

test('Esc closes the Snooze menu and gives focus back to its button; no two controls of a row share a name', async ({
  context,
  extensionId,
}) => {
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/settings');
  await loadSampleData(dashboard);
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  const row = popup
    .getByRole('listitem')
    .filter({ has: popup.getByRole('button', { name: 'Snooze' }) })
    .first();
  const snooze = row.getByRole('button', { name: 'Snooze' });
  await snooze.click();
  const menu = row.getByRole('group', { name: 'Snooze until' });
  await expect(menu).toBeVisible();

  const names = await row.getByRole('button').evaluateAll((buttons) => buttons.map((button) => button.textContent?.trim() ?? ''));
  expect(names.length).toBeGreaterThan(5);
  expect(new Set(names).size).toBe(names.length);

  await menu.getByRole('button', { name: 'Tomorrow' }).focus();
  await popup.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(snooze).toBeFocused();
  await expect(snooze).toHaveAttribute('aria-expanded', 'false');
});

test('at 1280 px every leads column can be seen: a column chooser, kept across visits', async ({ context, extensionId }) => {
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/settings');
  await dashboard.setViewportSize({ width: 1280, height: 800 });
  await loadSampleData(dashboard);
  await dashboard.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Leads' }).click();
  const grid = dashboard.getByRole('grid', { name: 'Leads' });
  await expect(grid.getByRole('gridcell').first()).toBeVisible();
  const updated = grid.getByRole('columnheader', { name: 'Updated' });

  // Scrolled sideways, the last column's cells are there to read, not clipped.
  await grid.evaluate((element) => (element.scrollLeft = element.scrollWidth));
  const lastCell = grid.getByRole('row').nth(1).getByRole('gridcell').last();
  await expect(lastCell).toBeInViewport({ ratio: 1 });
  await expect(lastCell).toHaveText(/\d{4}/);
  await grid.evaluate((element) => (element.scrollLeft = 0));
  await expect(updated).not.toBeInViewport({ ratio: 1 });

  const chooser = dashboard.getByRole('button', { name: 'Columns' });
  await chooser.click();
  for (const name of ['Title', 'Email', 'Campaigns', 'Source']) await dashboard.getByRole('checkbox', { name, exact: true }).uncheck();
  await dashboard.keyboard.press('Escape');
  await expect(chooser).toBeFocused();
  await expect(dashboard.getByRole('button', { name: 'Columns (4 hidden)' })).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: 'Title' })).toHaveCount(0);
  for (const name of ['Owner', 'Captured', 'Updated']) await expect(grid.getByRole('columnheader', { name })).toBeInViewport({ ratio: 1 });

  await dashboard.reload();
  await expect(dashboard.getByRole('grid', { name: 'Leads' }).getByRole('gridcell').first()).toBeVisible();
  await expect(dashboard.getByRole('grid', { name: 'Leads' }).getByRole('columnheader', { name: 'Title' })).toHaveCount(0);
  await expect(dashboard.getByRole('grid', { name: 'Leads' }).getByRole('columnheader', { name: 'Updated' })).toBeInViewport({ ratio: 1 });
});
