import type { Page } from '@playwright/test';
import { expect, openExtensionPage, test } from './harness';

/** Saves prospects through the background, as the capture flow does (sent from an extension page). */
async function capture(page: Page, drafts: unknown[]): Promise<void> {
  const reply = await page.evaluate<{ ok: boolean }>(
    `chrome.runtime.sendMessage(${JSON.stringify({ tag: 'leadline/1', type: 'capture.save', payload: { drafts } })})`,
  );
  expect(reply.ok).toBe(true);
}

test('leads are found, filtered, selected with the keyboard, tagged in bulk, and a used campaign is deleted only with a choice', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(180_000);
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/campaigns/new');
  await dashboard.setViewportSize({ width: 1920, height: 900 });
  const form = dashboard.getByRole('form', { name: 'New campaign' });
  await form.getByLabel('Name').fill('Autumn webinar');
  await form.getByLabel('Channel').selectOption('Webinar');
  await form.getByLabel('Budget / cost (USD)').fill('ten thousand');
  await form.getByRole('button', { name: 'Create campaign' }).click();
  await expect(form.getByText('Enter the cost as a number, such as 12500 or 12,500.50')).toBeVisible();
  await form.getByLabel('Budget / cost (USD)').fill('800');
  await form.getByRole('button', { name: 'Create campaign' }).click();
  await expect(dashboard.getByRole('row', { name: /Autumn webinar/ })).toBeVisible();

  await capture(dashboard, [
    {
      fullName: 'Bruno Brightwater',
      company: 'Bluefin Logistics',
      source: 'linkedin',
      sourceUrl: 'https://www.linkedin.com/in/bruno-brightwater/',
      linkedinUrl: 'https://www.linkedin.com/in/bruno-brightwater/',
    },
    {
      fullName: 'Chiara Castellano',
      email: 'chiara@copperleaf.example',
      source: 'gmail',
      sourceUrl: 'https://mail.google.com/mail/u/0/#inbox/abc',
    },
    {
      fullName: 'Ada Achterberg',
      company: 'Northwind Analytics',
      source: 'web',
      sourceUrl: 'https://northwind-analytics.example/team?utm_source=newsletter',
    },
  ]);

  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/leads`);
  const grid = dashboard.getByRole('grid', { name: 'Leads' });
  const dataRows = grid.getByRole('row').filter({ has: dashboard.getByRole('gridcell') });
  await expect(dataRows).toHaveCount(3);

  // Search as you type, then the source filter (capture site and UTM source).
  await dashboard.getByRole('searchbox', { name: 'Search leads' }).fill('north');
  await expect(dataRows).toHaveText([/Ada Achterberg/]);
  await dashboard.getByRole('searchbox', { name: 'Search leads' }).fill('');
  const filters = dashboard.getByRole('group', { name: 'Filters' });
  await filters.getByLabel('Source').selectOption({ label: 'Gmail' });
  await expect(dataRows).toHaveText([/Chiara Castellano/]);
  await filters.getByLabel('Source').selectOption({ label: 'newsletter' });
  await expect(dataRows).toHaveText([/Ada Achterberg/]);
  await dashboard.getByRole('button', { name: 'Clear filters' }).click();

  // Sort by name, then select Bruno and Chiara with the keyboard.
  await grid.getByRole('button', { name: 'Name' }).click();
  await expect(grid.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(dataRows).toHaveText([/Ada Achterberg/, /Bruno Brightwater/, /Chiara Castellano/]);
  await grid.focus();
  await dashboard.keyboard.press('ArrowDown');
  await dashboard.keyboard.press('Space');
  await dashboard.keyboard.press('Shift+ArrowDown');
  await expect(grid.getByRole('row', { selected: true })).toHaveText([/Bruno Brightwater/, /Chiara Castellano/]);

  const bulk = dashboard.getByRole('toolbar', { name: 'Bulk actions' });
  await expect(bulk).toContainText('2 selected');
  await bulk.getByRole('button', { name: 'Tag with campaign…' }).click();
  const dialog = dashboard.getByRole('dialog', { name: 'Tag with campaign: 2 leads' });
  await dialog.getByRole('button', { name: 'Tag 2 leads' }).click();
  await expect(dashboard.getByRole('status')).toContainText('Tagged 2 leads');
  await expect(bulk).toBeHidden();

  // Filter by the campaign and keep it as a saved filter.
  await filters.getByLabel('Campaign').selectOption({ label: 'Autumn webinar' });
  await expect(dataRows).toHaveText([/Bruno Brightwater.*Autumn webinar/, /Chiara Castellano.*Autumn webinar/]);
  await dashboard.getByRole('button', { name: 'Save filters…' }).click();
  await dashboard.getByLabel('Filter name').fill('Webinar leads');
  await dashboard.getByRole('button', { name: 'Save', exact: true }).click();
  await dashboard.getByRole('button', { name: 'Clear filters' }).click();
  await expect(dataRows).toHaveCount(3);
  await dashboard.getByLabel('Saved filters').selectOption({ label: 'Webinar leads' });
  await expect(dataRows).toHaveCount(2);

  // Enter opens the active lead.
  await grid.focus();
  await dashboard.keyboard.press('Home');
  await dashboard.keyboard.press('Enter');
  await expect(dashboard.getByRole('heading', { level: 1 })).toHaveText('Bruno Brightwater');
  await expect(dashboard.getByRole('region', { name: 'Timeline' })).toContainText('Tagged with campaign “Autumn webinar”');

  // Back to the list: the same saved filter and order as it was left.
  await dashboard.goBack();
  await expect(dataRows).toHaveText([/Bruno Brightwater/, /Chiara Castellano/]);
  await expect(filters.getByLabel('Campaign').locator('option:checked')).toHaveText('Autumn webinar');
  await expect(grid.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
  await dashboard.getByRole('button', { name: 'Clear filters' }).click();
  await expect(dataRows).toHaveText([/Ada Achterberg/, /Bruno Brightwater/, /Chiara Castellano/]);

  // On the board, Alt+→ moves Ada on to Contacted, without a mouse.
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/pipeline`);
  await dashboard.getByRole('link', { name: 'Ada Achterberg' }).focus();
  await dashboard.keyboard.press('Alt+ArrowRight');
  await expect(dashboard.getByRole('region', { name: 'Contacted: 1 deal' })).toContainText('Ada Achterberg');

  // The campaign is used by two leads: deleting it asks what becomes of their tags.
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/campaigns`);
  await dashboard.getByRole('button', { name: 'Delete Autumn webinar' }).click();
  const confirm = dashboard.getByRole('dialog', { name: 'Delete “Autumn webinar”?' });
  await expect(confirm).toContainText('2 leads use this campaign');
  await confirm.getByLabel('Remove the tag from those leads').check();
  await confirm.getByRole('button', { name: 'Delete campaign' }).click();
  await expect(dashboard.getByRole('status')).toContainText('Deleted “Autumn webinar”; 2 leads untagged');
  await expect(dashboard.getByRole('heading', { name: 'No campaigns yet' })).toBeVisible();

  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/leads`);
  await expect(dataRows.filter({ hasText: 'Autumn webinar' })).toHaveCount(0);
  await expect(dataRows).toHaveCount(3);
});

/**
 * Each shown cell's text against its cell: how many end in an ellipsis, and how many are wrong
 * either way (a text wider than its cell that runs on into the next column, or an ellipsis on a
 * text that fits).
 */
function cellFit(page: Page) {
  return page.locator('[role="grid"][aria-label="Leads"]').evaluate((grid) => {
    const fit = { clipped: 0, whole: 0, runsOn: [] as string[], clippedButFits: [] as string[] };
    for (const row of grid.querySelectorAll<HTMLElement>('[role="row"][data-slot]')) {
      if (row.style.display === 'none') continue;
      for (const cell of [...row.querySelectorAll<HTMLElement>('[role="gridcell"]')].slice(1)) {
        const text = cell.firstElementChild as HTMLElement;
        const style = getComputedStyle(cell);
        const room = cell.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const wide = text.getBoundingClientRect().width > room;
        const clipped = style.overflowX === 'hidden' && style.textOverflow === 'ellipsis';
        if (clipped) fit.clipped++;
        else fit.whole++;
        if (wide && !clipped) fit.runsOn.push(cell.textContent ?? '');
        if (clipped && !wide) fit.clippedButFits.push(cell.textContent ?? '');
      }
    }
    return fit;
  });
}

test('a cell ends its text with an ellipsis exactly when the text is wider than its column', async ({ context, extensionId }) => {
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/leads');
  await dashboard.setViewportSize({ width: 1280, height: 700 });
  await dashboard.getByRole('button', { name: 'Load sample data' }).click();
  await expect(dashboard.getByTestId('lead-count')).toBeVisible({ timeout: 30_000 });
  const grid = dashboard.getByRole('grid', { name: 'Leads' });
  await expect(grid.getByRole('gridcell').first()).toBeVisible();

  const narrow = await cellFit(dashboard);
  expect(narrow).toMatchObject({ runsOn: [], clippedButFits: [] });
  expect(narrow.clipped).toBeGreaterThan(0);
  expect(narrow.whole).toBeGreaterThan(narrow.clipped);

  // Rows scrolled into view reuse the elements of rows scrolled out, with other texts.
  await grid.evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  await expect(grid.locator('[role="row"][aria-rowindex="61"]')).toBeVisible();
  await expect.poll(() => cellFit(dashboard)).toMatchObject({ runsOn: [], clippedButFits: [] });

  // A wider window gives the flexible columns room: texts that were cut now show whole.
  await grid.evaluate((element) => {
    element.scrollTop = 0;
  });
  await dashboard.setViewportSize({ width: 2400, height: 700 });
  await expect.poll(async () => (await cellFit(dashboard)).clipped).toBeLessThan(narrow.clipped);
  expect(await cellFit(dashboard)).toMatchObject({ runsOn: [], clippedButFits: [] });
});
