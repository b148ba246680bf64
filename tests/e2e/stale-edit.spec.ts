import { expect, openExtensionPage, test } from './harness';

test('a stale Edit form in one tab reverts nothing saved in another, and says what changed', async ({ context, extensionId }) => {
  const tab1 = await openExtensionPage(context, extensionId, 'dashboard.html#/leads');
  await tab1.getByRole('button', { name: 'Add a lead' }).click();
  const create = tab1.getByRole('form', { name: 'New lead' });
  await create.getByLabel('Name').fill('Grace Obuya');
  await create.getByLabel('Title').fill('Engineer');
  await create.getByLabel('Company', { exact: true }).fill('Harbr Dental');
  await create.getByRole('button', { name: 'Save lead' }).click();
  await expect(tab1.getByRole('heading', { name: 'Grace Obuya' })).toBeVisible();
  const leadUrl = tab1.url();

  // Tab 1 opens the Edit form and leaves it open.
  await tab1.getByRole('button', { name: 'Edit' }).click();
  const edit1 = tab1.getByRole('form', { name: 'Edit Grace Obuya' });
  await expect(edit1.getByLabel('Title')).toHaveValue('Engineer');

  // Tab 2 wins the deal with a value, then writes notes and fixes the company.
  const tab2 = await context.newPage();
  await tab2.goto(leadUrl);
  const deal = tab2.getByRole('form', { name: 'Deal' });
  await deal.getByLabel('Stage').selectOption('won');
  await deal.getByLabel(/Deal value/).fill('5100');
  await deal.getByRole('button', { name: 'Save deal' }).click();
  await expect(tab2.getByText('Moved to Won')).toBeVisible();
  await tab2.getByRole('button', { name: 'Edit' }).click();
  const edit2 = tab2.getByRole('form', { name: 'Edit Grace Obuya' });
  await edit2.getByLabel('Company', { exact: true }).fill('Harbor Dental');
  await edit2.getByLabel('Notes').fill('Signed at the Bergen trade fair');
  await edit2.getByRole('button', { name: 'Save changes' }).click();
  await expect(tab2.getByText('Saved company, notes')).toBeVisible();

  // Tab 1 saves only a title change: nothing is written yet, the conflict is shown.
  await edit1.getByLabel('Title').fill('Head of Engineering');
  await edit1.getByRole('button', { name: 'Save changes' }).click();
  const dialog = tab1.getByRole('dialog', { name: 'Changed since you opened it' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('company, stage, deal value, notes changed elsewhere');
  await expect(tab1.getByText('Changes saved')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Merge and save' }).click();
  await expect(tab1.getByText('Saved title; kept changes made elsewhere to company, stage, deal value, notes')).toBeVisible();

  // Both tabs show every change: the title from tab 1, the rest from tab 2.
  for (const tab of [tab1, tab2]) {
    await tab.goto(leadUrl);
    await tab.reload();
    await expect(tab.getByRole('heading', { name: 'Grace Obuya' })).toBeVisible();
    await expect(tab.getByText('Head of Engineering', { exact: true })).toBeVisible();
    await expect(tab.getByText('Harbor Dental', { exact: true })).toBeVisible();
    await expect(tab.getByText('$5,100').first()).toBeVisible();
    await expect(tab.getByText('Signed at the Bergen trade fair', { exact: true })).toBeVisible();
    await expect(tab.getByRole('form', { name: 'Deal' }).getByLabel('Stage')).toHaveValue('won');
  }
});
