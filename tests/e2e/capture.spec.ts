import type { BrowserContext, Page } from '@playwright/test';
import { clickToolbarButton, fixtureMain, openPanelFor, rightClickSaveToLeadline } from './capture-helpers';
import { expect, leadRows, openExtensionPage, openLeadFromTable, serveFixture, test } from './harness';

const INGRID = 'https://www.linkedin.com/in/ingrid-solvang-adeyemi-7a1/';
const PRIYA = 'https://www.linkedin.com/in/priya-raghunathan/';

async function visit(context: BrowserContext, url: string, fixture: string): Promise<Page> {
  await serveFixture(context, url, fixture);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Adds a lead by hand in the dashboard, as a user would before capturing. */
async function addLeadByHand(context: BrowserContext, extensionId: string, fields: Record<string, string>): Promise<void> {
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/leads');
  await dashboard.getByRole('button', { name: 'Add a lead' }).click();
  const form = dashboard.getByRole('form', { name: 'New lead' });
  for (const [label, value] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole('button', { name: 'Save lead' }).click();
  await expect(dashboard.getByRole('heading', { name: fields.Name })).toBeVisible();
  await dashboard.close();
}

test('a LinkedIn profile is captured with where each field came from, saved, and recognised next time', async ({
  context,
  extensionId,
}) => {
  const page = await visit(context, INGRID, 'linkedin/profile-classic.html');
  const panel = await openPanelFor(context, extensionId, page);

  const card = panel.getByRole('article', { name: 'Ingrid Solvang-Adeyemi' });
  await expect(card.getByLabel('Name', { exact: true })).toHaveValue('Ingrid Solvang-Adeyemi');
  await expect(card.getByLabel('Name', { exact: true })).toHaveAccessibleDescription('From embedded page data');
  await expect(card.getByLabel('Title')).toHaveValue('Head of Procurement');
  await expect(card.getByLabel('Company', { exact: true })).toHaveValue('Ironbark Energy');
  await expect(card.getByLabel('Location')).toHaveValue('Stavanger, Rogaland, Norway');
  await expect(card.getByLabel('LinkedIn', { exact: true })).toHaveValue('https://www.linkedin.com/in/ingrid-solvang-adeyemi-7a1/');
  await expect(card.getByLabel('LinkedIn', { exact: true })).toHaveAccessibleDescription('From page address');
  // The names of other people on the page (the signed-in user, "People also viewed") are not offered.
  await expect(panel.getByRole('article')).toHaveCount(1);

  // A correction typed in review becomes the user's own value.
  await card.getByLabel('Title').fill('Head of Procurement, Nordics');
  await expect(card.getByLabel('Title')).toHaveAccessibleDescription('Typed by you');
  await card.getByRole('button', { name: 'Save lead' }).click();
  await expect(card.getByRole('status')).toHaveText('Saved as a new lead.');

  const opened = context.waitForEvent('page');
  await card.getByRole('button', { name: 'Open in Leadline' }).click();
  const dashboard = await opened;
  await expect(dashboard.getByRole('heading', { name: 'Ingrid Solvang-Adeyemi', level: 1 })).toBeVisible();
  await expect(dashboard.getByText('Head of Procurement, Nordics')).toBeVisible();
  await expect(dashboard.getByText('LinkedIn · embedded page data').first()).toBeVisible();
  await expect(dashboard.getByRole('region', { name: 'Timeline' })).toContainText('Captured from LinkedIn');

  // Reading the same profile again: already a lead, and the typed title is not offered for overwriting.
  await panel.reload();
  const again = panel.getByRole('article', { name: 'Ingrid Solvang-Adeyemi' });
  await expect(again.getByText('Already a lead', { exact: true })).toBeVisible();
  await expect(again.getByText('Nothing on this page is new for this lead.')).toBeVisible();
  await expect(again.getByRole('button', { name: 'Update lead' })).toBeDisabled();
});

test('an existing lead is offered as "Update lead" with a field-by-field diff, and keeps what the user typed', async ({
  context,
  extensionId,
}) => {
  await addLeadByHand(context, extensionId, {
    Name: 'Ingrid Solvang-Adeyemi',
    'LinkedIn URL': 'linkedin.com/in/Ingrid-Solvang-Adeyemi-7a1?trk=x',
    Title: 'Category Manager',
  });
  const page = await visit(context, INGRID, 'linkedin/profile-classic.html');
  const panel = await openPanelFor(context, extensionId, page);
  const card = panel.getByRole('article', { name: 'Ingrid Solvang-Adeyemi' });
  await expect(card.getByText('Ingrid Solvang-Adeyemi is already a lead.')).toBeVisible();

  const diff = card.getByRole('table', { name: 'What updating would change' });
  await expect(diff.getByRole('row', { name: /^Company/ })).toContainText('Ironbark Energy');
  await expect(diff.getByRole('row', { name: /^Location/ })).toContainText('Stavanger, Rogaland, Norway');
  // The title was typed by hand: a capture never replaces it.
  await expect(diff.getByRole('row', { name: /^Title/ })).toHaveCount(0);

  await card.getByRole('button', { name: 'Update lead' }).click();
  await expect(card.getByRole('status')).toHaveText('Updated first name, last name, company, location.');

  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/leads');
  await expect(leadRows(dashboard)).toHaveCount(1);
  await leadRows(dashboard).getByRole('link').click();
  await expect(dashboard.getByText('Category Manager')).toBeVisible();
  await expect(dashboard.getByText('Stavanger, Rogaland, Norway')).toBeVisible();
});

test('the panel follows in-app navigation to another profile and never shows the previous person for it', async ({
  context,
  extensionId,
}) => {
  const page = await visit(context, INGRID, 'linkedin/profile-classic.html');
  await serveFixture(context, PRIYA, 'linkedin/profile-stale-embedded.html');
  const panel = await openPanelFor(context, extensionId, page);
  await expect(panel.getByRole('article', { name: 'Ingrid Solvang-Adeyemi' })).toBeVisible();

  // Record every person card the panel shows, with the page URL at that moment.
  await panel.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      for (const heading of document.querySelectorAll('article h2')) seen.push(heading.textContent ?? '');
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });

  // LinkedIn's router: the URL changes first, the content 600 ms later; the embedded data stays Ingrid's.
  const priyaMain = await fixtureMain('linkedin/profile-stale-embedded.html');
  const navigatedAt = Date.now();
  await page.evaluate((main) => {
    history.pushState({}, '', '/in/priya-raghunathan/');
    setTimeout(() => {
      document.querySelector('main')!.outerHTML = main;
      document.title = 'Priya Raghunathan | LinkedIn';
    }, 600);
  }, priyaMain);

  await expect(panel.getByRole('article', { name: 'Ingrid Solvang-Adeyemi' })).toHaveCount(0, { timeout: 1000 });
  await expect(panel.getByRole('article', { name: 'Priya Raghunathan' })).toBeVisible();
  const followedIn = Date.now() - navigatedAt;
  console.log(`panel followed the navigation in ${followedIn} ms (content swapped at 600 ms)`);
  const card = panel.getByRole('article', { name: 'Priya Raghunathan' });
  await expect(card.getByLabel('Title')).toHaveValue('VP Clinical Operations');
  await expect(card.getByLabel('Company', { exact: true })).toHaveValue('Halcyon Biotech');
  // Once the URL changed, Ingrid was never shown again.
  const seen = await panel.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.slice(seen.indexOf('Priya Raghunathan'))).not.toContain('Ingrid Solvang-Adeyemi');
  expect(seen.filter((name) => name !== 'Ingrid Solvang-Adeyemi' && name !== 'Priya Raghunathan')).toEqual([]);

  await card.getByRole('button', { name: 'Save lead' }).click();
  await expect(card.getByRole('status')).toHaveText('Saved as a new lead.');
});

test('Sales Navigator search results are saved in bulk, each deduplicated, names shown as text', async ({ context, extensionId }) => {
  await addLeadByHand(context, extensionId, { Name: 'Amelia Thistlewood', Company: 'Brightwater Foods' });
  const url = 'https://www.linkedin.com/sales/search/people?query=(keywords%3Aprocurement)&sessionId=abc';
  const page = await visit(context, url, 'linkedin/sales-navigator-search.html');
  const panel = await openPanelFor(context, extensionId, page);

  const cards = panel.getByRole('article');
  await expect(cards).toHaveCount(4);
  await expect(cards.getByRole('heading')).toHaveText(['Haruto Bergström', 'Amelia Thistlewood', 'Ravi Menon', 'Chidinma Eze-Laurent']);
  await expect(panel.getByRole('article', { name: 'Amelia Thistlewood' }).getByText('Already a lead')).toBeVisible();
  // The page's script inside a name never reaches the panel; markup typed as a name is not offered.
  expect(await panel.evaluate(() => (window as unknown as { leadlinePwned?: boolean }).leadlinePwned)).toBeUndefined();
  await expect(panel.locator('img[src="x"]')).toHaveCount(0);

  await panel.getByRole('checkbox', { name: 'Select Haruto Bergström' }).check();
  await panel.getByRole('checkbox', { name: 'Select Amelia Thistlewood' }).check();
  await panel.getByRole('checkbox', { name: 'Select Ravi Menon' }).check();
  await panel.getByRole('button', { name: 'Save selected (3)' }).click();
  await expect(panel.getByText('Saved 3 leads: 2 new, 1 already in Leadline.')).toBeVisible();
  await expect(panel.getByRole('article', { name: 'Chidinma Eze-Laurent' }).getByRole('checkbox')).not.toBeChecked();

  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/leads');
  const rows = leadRows(dashboard);
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: 'Amelia Thistlewood' })).toContainText('Head of Sourcing');
  await openLeadFromTable(dashboard, 'Haruto Bergström');
  await expect(dashboard.getByRole('link', { name: 'https://www.linkedin.com/in/haruto-bergstrom/' })).toBeVisible();
  await expect(dashboard.getByText('Captured from Sales Navigator')).toBeVisible();
});

test('a LinkedIn company is captured and attached to the leads who work there', async ({ context, extensionId }) => {
  await addLeadByHand(context, extensionId, { Name: 'Kasper Holm', Company: 'Northwind Robotics', Title: 'CTO' });
  const page = await visit(context, 'https://www.linkedin.com/company/northwind-robotics/about/', 'linkedin/company-about.html');
  const panel = await openPanelFor(context, extensionId, page);

  const card = panel.getByRole('article', { name: 'Northwind Robotics' });
  await expect(card.getByLabel('Website')).toHaveValue('https://www.northwind-robotics.example/');
  await expect(card.getByLabel('Industry')).toHaveValue('Industrial Automation');
  await expect(card.getByLabel('Company size')).toHaveValue('51-200 employees');
  await expect(card.getByLabel('Headquarters')).toHaveAccessibleDescription('From About section');
  await expect(card.getByText('Saving attaches 1 lead of this company: Kasper Holm.')).toBeVisible();
  await card.getByRole('button', { name: 'Save company' }).click();
  await expect(card.getByRole('status')).toHaveText('Saved Northwind Robotics; 1 lead is attached to it.');

  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/leads');
  await openLeadFromTable(dashboard, /Kasper Holm/);
  const company = dashboard.getByRole('region', { name: 'Northwind Robotics' });
  await expect(company).toContainText('Industrial Automation');
  await expect(company).toContainText('51-200 employees');
  await expect(company).toContainText('Aarhus, Central Denmark Region');
  await expect(dashboard.getByText('northwind-robotics.example').first()).toBeVisible();
});

test('on any other page: read only when asked, then the people of the page are saved with UTM tags', async ({ context, extensionId }) => {
  const url = 'https://www.harborlight-media.example/about/team?utm_source=newsletter&utm_campaign=spring';
  const page = await visit(context, url, 'generic/team-page-jsonld.html');
  const panel = await openPanelFor(context, extensionId, page);
  await expect(panel.getByText('Leadline reads this page only when you ask')).toBeVisible();

  // The toolbar button grants access to this tab (activeTab), as right-click or Alt+Shift+S would:
  // the panel reads the page then, without being asked again.
  await clickToolbarButton(context, extensionId, page);
  await expect(panel.getByRole('article')).toHaveCount(2);
  const matteo = panel.getByRole('article', { name: 'Matteo Fairweather' });
  await matteo.getByRole('button', { name: 'Review' }).click();
  await expect(matteo.getByLabel('Email')).toHaveValue('matteo.fairweather@harborlight-media.example');
  await expect(matteo.getByLabel('Email')).toHaveAccessibleDescription('From email link');
  await expect(matteo.getByLabel('Title')).toHaveAccessibleDescription('From structured data (JSON-LD)');
  await panel.getByRole('checkbox', { name: 'Select all (2)' }).check();
  await panel.getByRole('button', { name: 'Save selected (2)' }).click();
  await expect(panel.getByText('Saved 2 leads: 2 new, 0 already in Leadline.')).toBeVisible();

  const tags = await panel.evaluate(
    () =>
      new Promise<unknown>((done) => {
        const open = indexedDB.open('leadline');
        open.onsuccess = () => {
          const all = open.result.transaction('leads').objectStore('leads').getAll();
          all.onsuccess = () =>
            done((all.result as Array<{ fullName: string; sourceTags: object }>).map((lead) => [lead.fullName, lead.sourceTags]).sort());
        };
      }),
  );
  expect(tags).toEqual([
    ['Matteo Fairweather', { utm_source: 'newsletter', utm_campaign: 'spring' }],
    ['Odile Valcourt', { utm_source: 'newsletter', utm_campaign: 'spring' }],
  ]);
});

test('right-click → "Save to Leadline" on a selection or an email link captures that person', async ({ context, extensionId }) => {
  const url = 'https://www.pickwise.example/contact';
  const page = await visit(context, url, 'generic/staff-directory-mailto.html');
  const panel = await openPanelFor(context, extensionId, page);
  await expect(panel.getByText('Leadline reads this page only when you ask')).toBeVisible();

  await rightClickSaveToLeadline(context, page, { selectionText: 'Tomoko Nakashima\nCTO, Pickwise\nt.nakashima@pickwise.example' });
  await expect(panel.getByRole('heading', { name: 'From what you right-clicked' })).toBeVisible();
  const card = panel.getByRole('article', { name: 'Tomoko Nakashima' });
  await expect(card.getByLabel('Title')).toHaveValue('CTO');
  await expect(card.getByLabel('Company', { exact: true })).toHaveValue('Pickwise');
  await expect(card.getByLabel('Email')).toHaveValue('t.nakashima@pickwise.example');
  await expect(card.getByLabel('Email')).toHaveAccessibleDescription('From your selection');
  await card.getByRole('button', { name: 'Save lead' }).click();
  await expect(card.getByRole('status')).toHaveText('Saved as a new lead.');

  await rightClickSaveToLeadline(context, page, { linkUrl: 'mailto:Yusra.Haddad@Pickwise.example' });
  const email = panel.getByRole('article', { name: 'yusra.haddad@pickwise.example' });
  await expect(email.getByLabel('Email')).toHaveAccessibleDescription('From the link you clicked');
  await email.getByLabel('Name', { exact: true }).fill('Yusra Haddad');
  const yusra = panel.getByRole('article', { name: 'Yusra Haddad' });
  await yusra.getByRole('button', { name: 'Save lead' }).click();
  await expect(yusra.getByRole('status')).toHaveText('Saved as a new lead.');

  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/leads');
  await expect(leadRows(dashboard)).toHaveCount(2);
});
