import type { BrowserContext, Page } from '@playwright/test';
import { clickToolbarButton, openPanelFor } from './capture-helpers';
import { expect, serveFixture, test } from './harness';

const SPEAKER = 'https://www.gridworks-europe.example/speakers/sunniva-okonjo-hartley';
const GUEST = 'https://www.linkedin.com/in/seun-brightwater-hale/';

async function visit(context: BrowserContext, url: string, fixture: string): Promise<Page> {
  await serveFixture(context, url, fixture);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

test('a speaker page gives one person from its structured data, not a second one from og:title', async ({ context, extensionId }) => {
  const page = await visit(context, SPEAKER, 'generic/speaker-page-opengraph.html');
  const panel = await openPanelFor(context, extensionId, page);
  await expect(panel.getByText('Leadline reads this page only when you ask')).toBeVisible();
  // The toolbar button grants access to the tab: the panel reads it then.
  await clickToolbarButton(context, extensionId, page);

  const card = panel.getByRole('article', { name: 'Sunniva Okonjo-Hartley' });
  await expect(card.getByLabel('Title')).toHaveValue('Chief Technology Officer');
  await expect(card.getByLabel('Title')).toHaveAccessibleDescription('From structured data (JSON-LD)');
  await expect(card.getByLabel('Location')).toHaveValue('Bergen, Norway');
  await expect(card.getByLabel('Location')).toHaveAccessibleDescription('From microdata');
  await expect(card.getByRole('textbox', { name: 'Email' })).toHaveValue('sunniva.oh@brightfjord.example');
  await expect(card.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription('From hCard');
  // One card: no "Keynote Speaker" from the OpenGraph profile tags, no organiser, no byline.
  await expect(panel.getByRole('article')).toHaveCount(1);
  const also = panel.getByRole('region', { name: 'Also on this page' });
  await expect(also.getByRole('link', { name: 'Ragnhild Sæther' })).toHaveAttribute(
    'href',
    'https://www.gridworks-europe.example/blog/authors/ragnhild',
  );
});

test('a LinkedIn profile seen signed out is read from its JSON-LD, never from its date or location lines', async ({
  context,
  extensionId,
}) => {
  const page = await visit(context, GUEST, 'linkedin/profile-guest.html');
  const panel = await openPanelFor(context, extensionId, page);

  const card = panel.getByRole('article', { name: 'Oluwaseun Brightwater-Hale' });
  await expect(card.getByLabel('Title')).toHaveValue('Head of Customer Operations');
  await expect(card.getByLabel('Title')).toHaveAccessibleDescription('From structured data (JSON-LD)');
  await expect(card.getByLabel('Company', { exact: true })).toHaveValue('Tallowmere Logistics');
  await expect(card.getByLabel('Location')).toHaveValue('Greater Manchester');
  await expect(card.getByLabel('LinkedIn', { exact: true })).toHaveValue(GUEST);
  await expect(panel.getByRole('article')).toHaveCount(1);
  await expect(panel.getByText(/Jul 2021|Present/)).toHaveCount(0);
});

test('recapturing a saved lead shows the saved values, typed ones included, beside the page’s', async ({ context, extensionId }) => {
  const page = await visit(context, GUEST, 'linkedin/profile-guest.html');
  const panel = await openPanelFor(context, extensionId, page);
  const card = panel.getByRole('article', { name: 'Oluwaseun Brightwater-Hale' });
  await card.getByLabel('Title').fill('COO-designate');
  await card.getByLabel('Phone').fill('+44 161 555 0199');
  await card.getByRole('button', { name: 'Save lead' }).click();
  await expect(card.getByRole('status')).toHaveText('Saved as a new lead.');

  await panel.reload();
  const again = panel.getByRole('article', { name: 'Oluwaseun Brightwater-Hale' });
  await expect(again.getByText('Already a lead', { exact: true })).toBeVisible();
  const saved = again.getByRole('table', { name: 'Saved in Leadline and on this page' });
  await expect(saved.getByRole('row', { name: /^Title/ })).toContainText('COO-designateTyped by you · kept');
  await expect(saved.getByRole('row', { name: /^Title/ })).toContainText('Head of Customer Operations');
  await expect(saved.getByRole('row', { name: /^Phones/ })).toContainText('+44 161 555 0199');
  await expect(saved.getByRole('row', { name: /^Company/ })).toContainText('Tallowmere Logistics');
  await expect(again.getByText('Nothing on this page is new for this lead.')).toBeVisible();
});
