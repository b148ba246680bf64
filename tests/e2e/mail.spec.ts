import type { BrowserContext, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { openPanelFor, tabIdOf } from './capture-helpers';
import { expect, openExtensionPage, openLeadFromTable, serveFixture, serviceWorker, test } from './harness';

// Gmail and Outlook on the web, served from synthetic fixtures at their real origins (the content
// scripts run there as they would on the real sites).
const GMAIL = 'https://mail.google.com/mail/u/0/';
const GMAIL_THREAD = `${GMAIL}#inbox/FMfcgzQXKWbZrTqLvPzHcJdNmSxRtBwD`;
const GMAIL_COMPOSE = `${GMAIL}#inbox?compose=new`;
const OUTLOOK_ITEM = 'https://outlook.office.com/mail/inbox/id/AAQkAGI2TGuLTAAQAM1%3D';
const INES = 'ines.duarte@quillfield-labs.example';

async function visit(context: BrowserContext, served: string, fixture: string, url = served): Promise<Page> {
  await serveFixture(context, served, fixture);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Adds a lead by hand in the dashboard. */
async function addLead(dashboard: Page, extensionId: string, fields: Record<string, string>): Promise<void> {
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/leads/new`);
  const form = dashboard.getByRole('form', { name: 'New lead' });
  for (const [label, value] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole('button', { name: 'Save lead' }).click();
  await expect(dashboard.getByRole('heading', { name: fields.Name, level: 1 })).toBeVisible();
}

async function addTemplate(dashboard: Page, extensionId: string, name: string, subject: string, message: string): Promise<void> {
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/templates/new`);
  const form = dashboard.getByRole('form', { name: 'New template' });
  await form.getByLabel('Template name').fill(name);
  await form.getByLabel('Subject').fill(subject);
  await form.getByLabel('Message').fill(message);
  await form.getByRole('button', { name: 'Save template' }).click();
  await expect(dashboard.getByRole('heading', { name, level: 1 })).toBeVisible();
}

test('a Gmail thread offers its external people with their signature, never the owner, and saves one', async ({ context, extensionId }) => {
  const page = await visit(context, GMAIL, 'gmail/thread.html', GMAIL_THREAD);
  const panel = await openPanelFor(context, extensionId, page);

  await expect(panel.getByRole('heading', { name: 'On this page · Gmail' })).toBeVisible();
  const people = panel.getByRole('article');
  await expect(people).toHaveCount(2);
  await expect(panel.getByRole('article', { name: 'Ines Duarte' })).toBeVisible();
  await expect(panel.getByRole('article', { name: 'Jonas Pereira' })).toBeVisible();
  // The owner, a colleague and an automated sender are left out, and the panel says why.
  await panel.getByText('2 people on this page not offered').click();
  await expect(panel.getByText('no-reply@quillfield-labs.example is on your never-capture list (Settings)')).toBeVisible();
  await expect(panel.getByText('tobias.lind@ardent-freight.example is a colleague (same company domain as yours)')).toBeVisible();
  await expect(panel.getByRole('article', { name: /Maya|Rafael|Bastien|Vendor/ })).toHaveCount(0);

  const ines = panel.getByRole('article', { name: 'Ines Duarte' });
  await ines.getByRole('button', { name: 'Review' }).click();
  await expect(ines.getByLabel('Email', { exact: true })).toHaveValue(INES);
  await expect(ines.getByLabel('Email', { exact: true })).toHaveAccessibleDescription('From message header');
  await expect(ines.getByLabel('Title', { exact: true })).toHaveValue('Head of Logistics Procurement');
  await expect(ines.getByLabel('Title', { exact: true })).toHaveAccessibleDescription('From signature');
  await expect(ines.getByLabel('Company', { exact: true })).toHaveValue('Quillfield Labs');
  await expect(ines.getByLabel('Phone', { exact: true })).toHaveValue('+351 912 345 678');
  await expect(ines.getByLabel('LinkedIn', { exact: true })).toHaveValue('https://www.linkedin.com/in/ines-duarte-ql/');
  // The signature's other phone and address are offered, not merged; the quoted CFO's phone is nowhere.
  await expect(ines.getByRole('button', { name: 'Use +351 21 000 4410 as phone' })).toBeVisible();
  await expect(ines.getByRole('button', { name: 'Use procurement@quillfield-labs.example as email' })).toBeVisible();
  await expect(panel.getByText('+351 21 999 0000')).toHaveCount(0);

  await ines.getByRole('checkbox', { name: 'Select Ines Duarte' }).check();
  await panel.getByRole('button', { name: 'Save selected (1)' }).click();
  await expect(ines.getByRole('status')).toHaveText('Saved as a new lead.');

  // The mailbox owner was learned from the page's account area.
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/settings');
  await expect(dashboard.getByLabel('Your own email addresses (never captured)')).toHaveValue('maya.ortiz@ardent-freight.example');
});

test('an Outlook reading pane offers the correspondent from the pane, never the message list beside it', async ({
  context,
  extensionId,
}) => {
  const page = await visit(context, OUTLOOK_ITEM, 'outlook/reading-pane.html');
  const panel = await openPanelFor(context, extensionId, page);

  await expect(panel.getByRole('heading', { name: 'On this page · Outlook' })).toBeVisible();
  await expect(panel.getByRole('article')).toHaveCount(2);
  const kwame = panel.getByRole('article', { name: 'Kwame Asante-Boateng' });
  await expect(panel.getByRole('article', { name: 'Priya Shah' })).toBeVisible();
  await expect(panel.getByRole('article', { name: /Maya|Bastien|Lena/ })).toHaveCount(0);
  await kwame.getByRole('button', { name: 'Review' }).click();
  await expect(kwame.getByLabel('Name', { exact: true })).toHaveAccessibleDescription('From reading pane header');
  await expect(kwame.getByLabel('Title', { exact: true })).toHaveValue('Director, Clinical Operations');
  await expect(kwame.getByLabel('Company', { exact: true })).toHaveValue('Harrowgate Clinic Group');
  await expect(kwame.getByLabel('Phone', { exact: true })).toHaveValue('+44 7700 900 123');
  await expect(kwame.getByRole('button', { name: 'Use +44 20 7946 0321 as phone' })).toBeVisible();
  await kwame.getByRole('checkbox', { name: 'Select Kwame Asante-Boateng' }).check();
  await panel.getByRole('button', { name: 'Save selected (1)' }).click();
  await expect(kwame.getByRole('status')).toHaveText('Saved as a new lead.');

  // With the lead saved, the email can be logged on their timeline.
  const card = panel.getByRole('region', { name: 'This email' });
  await expect(card).toContainText('Re: Clinical logistics pilot — Harrowgate');
  await expect(card).toContainText('From Kwame Asante-Boateng');
  await card.getByRole('button', { name: 'Log this email' }).click();
  await expect(card.getByRole('status')).toHaveText('Logged on Kwame Asante-Boateng’s timeline.');
});

test('logging the same email twice, from two panels, leaves one entry on the timeline', async ({ context, extensionId }) => {
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/leads');
  await addLead(dashboard, extensionId, { Name: 'Ines Duarte', Emails: INES });
  const page = await visit(context, GMAIL, 'gmail/thread.html', GMAIL_THREAD);

  const panel = await openPanelFor(context, extensionId, page);
  const card = panel.getByRole('region', { name: 'This email' });
  await expect(card).toContainText('Freight audit pilot — next steps 🚚');
  await expect(card).toContainText('From Ines Duarte');
  await card.getByRole('button', { name: 'Log this email' }).click();
  await expect(card.getByRole('status')).toHaveText('Logged on Ines Duarte’s timeline.');
  await expect(card.getByText('Logged', { exact: true })).toBeVisible();

  // A second panel (the pop-out) for the same tab: it knows, and logging again adds nothing.
  const second = await openPanelFor(context, extensionId, page);
  const again = second.getByRole('region', { name: 'This email' });
  await expect(again.getByText('Logged', { exact: true })).toBeVisible();
  await again.getByRole('button', { name: 'Log this email' }).click();
  await expect(again.getByRole('status')).toHaveText('Already on Ines Duarte’s timeline: nothing added.');

  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/leads`);
  await openLeadFromTable(dashboard, /Ines Duarte/);
  const timeline = dashboard.getByRole('region', { name: 'Timeline' });
  const entries = timeline.getByRole('listitem').filter({ hasText: 'Email received: “Freight audit pilot — next steps 🚚”' });
  await expect(entries).toHaveCount(1);
  await expect(entries.getByRole('link', { name: 'Open the email in Gmail' })).toHaveAttribute(
    'href',
    'https://mail.google.com/mail/u/0/#all/1955ce0ef0098854',
  );
  // No body was kept (Settings → keep a snippet is off).
  await expect(entries).not.toContainText('Signed copy attached');
});

test('a template is filled from the recipient’s lead and inserted at the caret; a missing field blocks it', async ({
  context,
  extensionId,
}) => {
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/settings');
  await dashboard.getByLabel('Your name (signs templates)').fill('Maya Ortiz');
  await dashboard.getByRole('button', { name: 'Save settings' }).click();
  await expect(dashboard.getByText('Settings saved', { exact: true })).toBeVisible();
  await addTemplate(
    dashboard,
    extensionId,
    'Pilot plan',
    'Pilot plan for {{company}}',
    'Here is the pilot plan for {{company}}.\n\nBest,\n{{senderName}}',
  );
  await addTemplate(dashboard, extensionId, 'Role check', '', 'As {{title}}, you will want the audit summary.');
  await addLead(dashboard, extensionId, { Name: 'Ines Duarte', Emails: INES, Company: 'Quillfield Labs' });

  const page = await visit(context, GMAIL, 'gmail/compose.html', GMAIL_COMPOSE);
  // The user's caret: the empty line under "Hi Ines,".
  await page.locator('#caret-line').click();
  const panel = await openPanelFor(context, extensionId, page);
  const inserter = panel.getByRole('region', { name: 'Write with a template' });
  await expect(inserter).toContainText('For Ines Duarte');
  // The inbox list's senders are not offered; the recipient is.
  await expect(panel.getByRole('article')).toHaveCount(1);
  await expect(panel.getByRole('article', { name: 'Ines Duarte' })).toBeVisible();

  await inserter.getByLabel('Template', { exact: true }).selectOption({ label: 'Role check' });
  await expect(inserter.getByRole('alert')).toHaveText('Not inserted: {{title}} would be empty for Ines Duarte: fill it in on the lead.');
  await expect(inserter.getByRole('button', { name: 'Insert into message' })).toBeDisabled();

  await inserter.getByLabel('Template', { exact: true }).selectOption({ label: 'Pilot plan' });
  const preview = inserter.getByLabel('Preview');
  await expect(preview).toContainText('Pilot plan for Quillfield Labs');
  await expect(preview).toContainText('Here is the pilot plan for Quillfield Labs.');
  await inserter.getByRole('button', { name: 'Insert into message' }).click();
  await expect(inserter.getByRole('status')).toHaveText('Inserted “Pilot plan” at the cursor, and filled the subject.');

  const compose = page.getByRole('dialog', { name: 'New Message' });
  await expect(page.locator('#caret-line')).toHaveText('Here is the pilot plan for Quillfield Labs.Best,Maya Ortiz');
  expect(await page.locator('#caret-line').innerText()).toBe('Here is the pilot plan for Quillfield Labs.\n\nBest,\nMaya Ortiz\n');
  await expect(compose.getByRole('textbox', { name: 'Message Body' })).toContainText(/^Hi Ines,Here is the pilot plan/);
  await expect(compose.getByRole('textbox', { name: 'Subject' })).toHaveValue('Pilot plan for Quillfield Labs');
  // Gmail noticed the change and saved the draft.
  await expect(page.locator('#draft-status')).toHaveText('Draft saved');
  // Nothing but text went in.
  await expect(compose.locator('[g_editable="true"] #caret-line *:not(br)')).toHaveCount(0);
});

test('the insert-template command focuses the template picker, and Enter inserts', async ({ context, extensionId }) => {
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/leads');
  await addTemplate(dashboard, extensionId, 'Nudge', 'Checking in', 'Hi {{firstName}}, any news on the pilot?');
  await addLead(dashboard, extensionId, { Name: 'Ines Duarte', Emails: INES });
  const page = await visit(context, GMAIL, 'gmail/compose.html', GMAIL_COMPOSE);
  await page.locator('#caret-line').click();
  const panel = await openPanelFor(context, extensionId, page);
  await expect(panel.getByRole('region', { name: 'Write with a template' }).getByLabel('Template', { exact: true })).toHaveValue(/.+/);

  // Alt+Shift+E as the browser delivers it to the background.
  const tabId = await tabIdOf(context, page);
  const worker = await serviceWorker(context);
  await worker.evaluate(async (id) => {
    const api = (
      globalThis as unknown as {
        chrome: { tabs: { get(id: number): Promise<object> }; commands: { onCommand: { dispatch(name: string, tab: object): void } } };
      }
    ).chrome;
    api.commands.onCommand.dispatch('insert-template', await api.tabs.get(id));
  }, tabId);
  const picker = panel.getByRole('region', { name: 'Write with a template' }).getByLabel('Template', { exact: true });
  await expect(picker).toBeFocused();
  await picker.press('Enter');
  await expect(panel.getByRole('region', { name: 'Write with a template' }).getByRole('status')).toHaveText(
    'Inserted “Nudge” at the cursor, and filled the subject.',
  );
  await expect(page.locator('#caret-line')).toHaveText('Hi Ines, any news on the pilot?');
});

test('a reply from an enrolled lead, seen in Gmail, pauses the sequence', async ({ context, extensionId }) => {
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/leads');
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/sequences/new`);
  const sequenceForm = dashboard.getByRole('form', { name: 'New sequence' });
  await sequenceForm.getByLabel('Sequence name').fill('Pilot follow-up');
  await sequenceForm.getByRole('group', { name: 'Step 1' }).getByLabel('Type').selectOption('call');
  await sequenceForm.getByLabel('When the lead replies').selectOption('pause');
  await sequenceForm.getByRole('button', { name: 'Save sequence' }).click();
  await expect(dashboard.getByRole('heading', { name: 'Pilot follow-up', level: 1 })).toBeVisible();
  await addLead(dashboard, extensionId, { Name: 'Ines Duarte', Emails: INES });
  const sequences = dashboard.getByRole('region', { name: 'Sequences' });
  await sequences.getByRole('button', { name: 'Enroll', exact: true }).click();
  const enrollment = sequences.getByRole('listitem', { name: 'Pilot follow-up' });
  await expect(enrollment).toContainText('Active');

  // Ines's newest message arrives now: its Gmail message id (and date) say so.
  const sentAt = Date.now();
  const legacyId = (BigInt(sentAt) * 1048576n + 0x7b024n).toString(16);
  const html = (await readFile(resolve(import.meta.dirname, '../fixtures/gmail/thread.html'), 'utf8')).replace(
    '1956bcf42a07b024',
    legacyId,
  );
  await context.route(GMAIL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  await page.goto(GMAIL_THREAD);

  // No panel is open: the content script tells the background, which records the reply.
  await dashboard.bringToFront();
  await expect(enrollment).toContainText('Paused', { timeout: 15_000 });
  const timeline = dashboard.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toContainText('Replied (seen in Gmail)');
  await expect(timeline).toContainText('Paused “Pilot follow-up”: the lead replied');

  // Opening the thread again records nothing new.
  await page.reload();
  await page.waitForTimeout(1000);
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Replied (seen in Gmail)' })).toHaveCount(1);
});

test('the panel follows Outlook to another message and never shows the previous sender for it', async ({ context, extensionId }) => {
  const page = await visit(context, OUTLOOK_ITEM, 'outlook/reading-pane.html');
  const panel = await openPanelFor(context, extensionId, page);
  await expect(panel.getByRole('article', { name: 'Kwame Asante-Boateng' })).toBeVisible();

  // Every distinct set of people the panel shows, in order.
  await panel.evaluate(() => {
    const states: string[] = [];
    (window as unknown as { states: string[] }).states = states;
    new MutationObserver(() => {
      const now = [...document.querySelectorAll('article h2')].map((heading) => heading.textContent).join('|');
      if (states[states.length - 1] !== now) states.push(now);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });

  // Outlook's router: the address changes first, the reading pane 600 ms later.
  await page.evaluate(() => {
    history.pushState({}, '', '/mail/inbox/id/AAQkAGI2TGuLTAAQAM3%3D');
    setTimeout(() => {
      document.getElementById('ReadingPaneContainerId')!.innerHTML = `<div role="main" aria-label="Reading Pane">
        <div role="heading" aria-level="2" title="Speaker invitation">Speaker invitation</div>
        <div aria-label="From: Lena Vasquez"><span title="lena@fieldops.example">Lena Vasquez</span></div>
        <div aria-label="To: Maya Ortiz"><span title="maya.ortiz@ardent-freight.example">Maya Ortiz</span></div>
        <div data-testid="SentReceivedSavedTime">Wed 3/5/2025 9:00 AM</div>
        <div role="document"><div>Hi Maya, would you speak at FieldOps Summit?</div><div>Best,</div><div>Lena Vasquez</div><div>Events Director</div><div>FieldOps Summit</div></div></div>`;
    }, 600);
  });
  await expect(panel.getByRole('article', { name: 'Lena Vasquez' })).toBeVisible();
  await expect(panel.getByRole('article', { name: 'Lena Vasquez' })).toContainText('Events Director · FieldOps Summit');
  const states = await panel.evaluate(() => (window as unknown as { states: string[] }).states);
  // Cleared at the address change; Kwame never again, even while the pane still showed his message.
  const cleared = states.indexOf('');
  expect(cleared).toBeGreaterThanOrEqual(0);
  expect(states.slice(cleared).filter((state) => state.includes('Kwame'))).toEqual([]);
});
