import { expect, openExtensionPage, test } from './harness';

test('social profiles and phones typed in the lead form: checked, normalised, shown by network and handle, dialled as E.164', async ({
  context,
  extensionId,
}) => {
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/leads');
  // Ines holds a GitHub profile Wren's edit will try to take.
  await dashboard.getByRole('button', { name: 'Add a lead' }).click();
  let form = dashboard.getByRole('form', { name: 'New lead' });
  await form.getByLabel('Name').fill('Ines Halloran');
  await form.getByLabel('Social profiles').fill('https://github.com/ihalloran');
  await form.getByRole('button', { name: 'Save lead' }).click();
  await expect(dashboard.getByRole('heading', { name: 'Ines Halloran' })).toBeVisible();

  await dashboard.goto(dashboard.url().replace(/#.*$/, '#/leads/new'));
  form = dashboard.getByRole('form', { name: 'New lead' });
  await form.getByLabel('Name').fill('Wren Calloway');
  await form.getByLabel('Emails').fill('wren@fernhollow.co.uk');
  await form.getByLabel('Phone').fill('020 7946 0321');
  await form.getByLabel('Social profiles').fill('twitter.com/WrenCalloway\njavascript:alert(1)');
  await form.getByRole('button', { name: 'Save lead' }).click();
  await expect(
    form.getByText(
      '“javascript:alert(1)” is not a profile address on X, GitHub, Facebook, Instagram, YouTube, Bluesky or Mastodon (such as https://x.com/handle)',
    ),
  ).toBeVisible();
  await form.getByLabel('Social profiles').fill('twitter.com/WrenCalloway');
  await form.getByRole('button', { name: 'Save lead' }).click();

  await expect(dashboard.getByRole('heading', { name: 'Wren Calloway' })).toBeVisible();
  await expect(dashboard.getByRole('link', { name: 'X @wrencalloway' })).toHaveAttribute('href', 'https://x.com/wrencalloway');
  // Shown as typed, dialled with its country code (the .uk address says which).
  await expect(dashboard.getByRole('link', { name: '020 7946 0321' })).toHaveAttribute('href', 'tel:+442079460321');

  await dashboard.getByRole('button', { name: 'Edit' }).click();
  const edit = dashboard.getByRole('form', { name: 'Edit Wren Calloway' });
  await expect(edit.getByLabel('Social profiles')).toHaveValue('https://x.com/wrencalloway');
  await edit.getByLabel('Social profiles').fill('https://x.com/wrencalloway\nhttps://github.com/ihalloran');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(dashboard.getByRole('alert')).toHaveText(
    'https://github.com/ihalloran is already the social profile of Ines Halloran: open that lead to compare and merge the two, or use another social profile.',
  );
});
