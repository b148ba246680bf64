import type { BrowserContext, Page } from '@playwright/test';
import { openPanelFor } from './capture-helpers';
import { expect, serveFixture, test } from './harness';

// The newest message's own signature and the newest message itself, on Gmail and Outlook on the web
// served from synthetic fixtures at their real origins (the content scripts run as on the real sites).
const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/1957a1b2c3d4e5f6';
const OUTLOOK_ITEM = 'https://outlook.office.com/mail/inbox/id/AAQkADk3NzEwAQAB';

async function visit(context: BrowserContext, served: string, fixture: string, url = served): Promise<Page> {
  await serveFixture(context, served, fixture);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

test("a Gmail message with a signature and then a forwarded colleague gives the writer's title, company, phone and LinkedIn", async ({
  context,
  extensionId,
}) => {
  const page = await visit(context, 'https://mail.google.com/mail/u/0/', 'gmail/thread-forward-signature.html', GMAIL_THREAD);
  const panel = await openPanelFor(context, extensionId, page);

  await expect(panel.getByRole('heading', { name: 'On this page · Gmail' })).toBeVisible();
  await expect(panel.getByRole('article')).toHaveCount(1);
  const lucia = panel.getByRole('article', { name: 'Lucía Ferraro' });
  // The only person: their card opens for review at once.
  await expect(lucia.getByLabel('Title', { exact: true })).toHaveValue('Director of Warehouse Operations');
  await expect(lucia.getByLabel('Title', { exact: true })).toHaveAccessibleDescription('From signature');
  await expect(lucia.getByLabel('Company', { exact: true })).toHaveValue('Brightmoor Storage');
  await expect(lucia.getByLabel('Phone', { exact: true })).toHaveValue('+34 612 555 019');
  await expect(lucia.getByLabel('LinkedIn', { exact: true })).toHaveValue('https://www.linkedin.com/in/lucia-ferraro-bm/');
  await expect(lucia.getByRole('button', { name: 'Use +34 91 555 0140 as phone' })).toBeVisible();
  // The forwarded colleague is never the sender, and nothing of his signature is offered.
  await expect(panel.getByText(/Henrik|Solberg|912 34 567|Site Engineering/)).toHaveCount(0);
});

test('Outlook describes and logs the newest message, with older ones collapsed below it', async ({ context, extensionId }) => {
  const page = await visit(context, OUTLOOK_ITEM, 'outlook/conversation-newest-on-top.html');
  const panel = await openPanelFor(context, extensionId, page);

  const card = panel.getByRole('region', { name: 'This email' });
  await expect(card).toContainText('Re: Dryer line retrofit');
  await expect(card).toContainText('From Tomás Reyes');
  await expect(card).not.toContainText('To yourself');
  await expect(card).not.toContainText('date unknown');

  const tomas = panel.getByRole('article', { name: 'Tomás Reyes' });
  // The only person: their card opens for review at once.
  await expect(tomas.getByLabel('Title', { exact: true })).toHaveValue('Plant Engineering Manager');
  await expect(tomas.getByLabel('Company', { exact: true })).toHaveValue('Pinecrest Mills S.A.');
  await tomas.getByRole('button', { name: 'Save lead' }).click();
  await expect(tomas.getByRole('status')).toHaveText('Saved as a new lead.');

  // Saved: "Log this email" appears, as in Gmail, and logs the newest message.
  await card.getByRole('button', { name: 'Log this email' }).click();
  await expect(card.getByRole('status')).toHaveText('Logged on Tomás Reyes’s timeline.');
});
