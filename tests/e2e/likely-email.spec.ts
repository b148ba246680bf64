import type { BrowserContext, Page } from '@playwright/test';
import { openPanelFor } from './capture-helpers';
import { expect, openExtensionPage, serveFixture, test } from './harness';

const INGRID = 'https://www.linkedin.com/in/ingrid-solvang-adeyemi-7a1/';
const GUESS = 'ingrid.solvangadeyemi@ironbark.example';

/** Adds a colleague at Ironbark Energy by hand, with an address that shows the company's pattern. */
async function addColleague(dashboard: Page, extensionId: string, name: string, email: string): Promise<void> {
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/leads/new`);
  const form = dashboard.getByRole('form', { name: 'New lead' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Emails').fill(email);
  await form.getByLabel('Company', { exact: true }).fill('Ironbark Energy');
  await form.getByRole('button', { name: 'Save lead' }).click();
  await expect(dashboard.getByRole('heading', { name, level: 1 })).toBeVisible();
}

async function visit(context: BrowserContext, url: string, fixture: string): Promise<Page> {
  await serveFixture(context, url, fixture);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

test('a LinkedIn capture gets the likely email from colleagues’ addresses, saved guessed, and Today asks before using it', async ({
  context,
  extensionId,
}) => {
  // Three leads, a sequence, a capture, the lead page and the popup: longer than one default timeout.
  test.setTimeout(150_000);
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/leads');
  await addColleague(dashboard, extensionId, 'Tor Halvorsen', 'tor.halvorsen@ironbark.example');
  await addColleague(dashboard, extensionId, 'Lena Brekke', 'lena.brekke@ironbark.example');
  // A role address never teaches the pattern; a webmail address says nothing about the company.
  await addColleague(dashboard, extensionId, 'Ironbark Sales', 'sales@ironbark.example');

  // A one-step email sequence to enroll the new lead in.
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/sequences/new`);
  const sequenceForm = dashboard.getByRole('form', { name: 'New sequence' });
  await sequenceForm.getByLabel('Sequence name').fill('Intro');
  await sequenceForm.getByRole('button', { name: 'Save sequence' }).click();
  await expect(dashboard.getByRole('heading', { name: 'Intro', level: 1 })).toBeVisible();

  // The profile names Ironbark Energy, no domain: the domain comes from the other leads of the company.
  const page = await visit(context, INGRID, 'linkedin/profile-classic.html');
  const panel = await openPanelFor(context, extensionId, page);
  const card = panel.getByRole('article', { name: 'Ingrid Solvang-Adeyemi' });
  const likely = card.getByRole('region', { name: 'Likely email' });
  await expect(likely.getByTestId('likely-email-address')).toHaveText(GUESS);
  await expect(likely.getByRole('list', { name: 'Evidence', exact: true })).toHaveText(
    '2 of your 2 leads at ironbark.example use first.last',
  );
  // Nothing at the domain shows how a hyphenated surname is written: the other spellings are offered too.
  await expect(likely.getByRole('list', { name: 'Conflicting evidence' })).toContainText(
    'also possible: ingrid.solvang-adeyemi@ironbark.example',
  );
  await expect(likely).toContainText('domain from other leads of this company');
  await likely.getByRole('button', { name: 'Add as guessed' }).click();
  await expect(card.getByLabel('Email', { exact: true })).toHaveValue(GUESS);
  await expect(card.getByRole('status')).toContainText(`${GUESS} is a guessed address (first.last, 2 of 2)`);
  await card.getByRole('button', { name: 'Save lead' }).click();
  await expect(card.getByRole('status')).toHaveText('Saved as a new lead.');

  // The dashboard already open in a tab shows the lead.
  await card.getByRole('button', { name: 'Open in Leadline' }).click();
  const lead = dashboard;
  await expect(lead.getByRole('heading', { name: 'Ingrid Solvang-Adeyemi', level: 1 })).toBeVisible();
  await expect(lead.getByRole('link', { name: GUESS })).toBeVisible();
  await expect(lead.getByText('guessed', { exact: true })).toBeVisible();
  await expect(lead.getByText(/Guessed from the pattern first\.last \(2 of 2\)/)).toBeVisible();

  await lead.getByRole('region', { name: 'Sequences' }).getByRole('button', { name: 'Enroll', exact: true }).click();
  await expect(lead.getByRole('region', { name: 'Sequences' }).getByRole('listitem', { name: 'Intro' })).toContainText('Active');

  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  const row = popup.getByRole('listitem', { name: /Ingrid Solvang-Adeyemi/ });
  const compose = row.getByRole('button', { name: 'Compose in Gmail · guessed address' });
  await expect(compose).toBeVisible();
  await compose.click();
  // Never used without the user agreeing once.
  const ask = row.getByRole('alertdialog', { name: 'Use a guessed address?' });
  await expect(ask).toContainText(`${GUESS} is a guessed address (first.last)`);
  await context.route('https://mail.google.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Gmail</title>' }),
  );
  const composed = context.waitForEvent('page');
  await ask.getByRole('button', { name: 'Use this address' }).click();
  const gmail = await composed;
  await gmail.waitForURL(/^https:\/\/mail\.google\.com\//);
  expect(new URL(gmail.url()).searchParams.get('to')).toBe(GUESS);
  await expect(popup.getByRole('status')).toHaveText(`Using the guessed address ${GUESS} for this lead’s steps`);
});
