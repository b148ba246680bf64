import { expect, launchWithExtension, openExtensionPage, serviceWorker, test } from './harness';

test('a lead added in the dashboard is found in popup search and survives a browser restart', async ({
  context,
  extensionId,
  userDataDir,
}) => {
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/leads');
  await expect(dashboard.getByRole('heading', { name: 'No leads yet' })).toBeVisible();
  await dashboard.getByRole('button', { name: 'Add a lead' }).click();

  const form = dashboard.getByRole('form', { name: 'New lead' });
  await form.getByLabel('Name').fill('Odile Valcourt');
  await form.getByLabel('Emails').fill('Odile.Valcourt@Harborlight.example');
  await form.getByLabel('Title').fill('VP Marketing');
  await form.getByLabel('Company', { exact: true }).fill('Harborlight Media');
  await form.getByLabel('LinkedIn URL').fill('linkedin.com/in/Odile-Valcourt?trk=abc');
  await form.getByLabel('Deal value (USD)').fill('12500');
  await form.getByRole('button', { name: 'Save lead' }).click();

  await expect(dashboard.getByRole('heading', { name: 'Odile Valcourt' })).toBeVisible();
  await expect(dashboard.getByRole('link', { name: 'odile.valcourt@harborlight.example' })).toHaveAttribute(
    'href',
    'mailto:odile.valcourt@harborlight.example',
  );
  await expect(dashboard.getByRole('link', { name: 'https://www.linkedin.com/in/odile-valcourt/' })).toBeVisible();
  await expect(dashboard.getByText('$12,500')).toBeVisible();
  await expect(dashboard.getByText('Added by hand').first()).toBeVisible();

  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await popup.getByRole('searchbox', { name: 'Search leads' }).fill('harbor');
  const results = popup.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('button')).toHaveCount(1);
  await expect(results.getByRole('button')).toContainText('Odile Valcourt');
  await popup.getByRole('searchbox', { name: 'Search leads' }).fill('nobody-like-this');
  await expect(popup.getByText('No lead matches “nobody-like-this”.')).toBeVisible();

  await context.close();
  const reopened = await launchWithExtension(userDataDir);
  try {
    const id = new URL((await serviceWorker(reopened)).url()).host;
    const again = await openExtensionPage(reopened, id, 'dashboard.html#/leads');
    const rows = again.getByRole('grid', { name: 'Leads' }).getByRole('row');
    await expect(rows).toHaveCount(2); // the header row and Odile's
    await expect(rows.nth(1)).toContainText('Odile Valcourt');
  } finally {
    await reopened.close();
  }
});
