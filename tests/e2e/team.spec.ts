import type { Page, Worker } from '@playwright/test';
import { expect, openExtensionPage, serviceWorker, test } from './harness';

/*
 * Settings → Team and the handoff in one profile whose team config names it as the rep "sam". The
 * browser's permission prompt cannot be clicked from Playwright, so the page's
 * `chrome.permissions.request` is replaced by one that records what it is asked and grants it:
 * the test checks when, and for what, Leadline asks. Teammates' records are written straight into
 * IndexedDB, as replication would leave them.
 */

interface PageChrome {
  permissions: { request: (request: unknown, callback?: (granted: boolean) => void) => Promise<boolean> };
  storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
  runtime: { sendMessage(message: object): Promise<unknown> };
  action: { getBadgeText(details: object): Promise<string> };
}

async function recordPermissionRequests(page: Page): Promise<void> {
  await page.evaluate(() => {
    const scope = globalThis as unknown as { chrome: PageChrome; asked: unknown[] };
    scope.asked = [];
    scope.chrome.permissions.request = (request, callback) => {
      scope.asked.push(request);
      callback?.(true);
      return Promise.resolve(true);
    };
  });
}
const asked = (page: Page) => page.evaluate(() => (globalThis as unknown as { asked: unknown[] }).asked);

const badge = (worker: Worker) => worker.evaluate(() => (globalThis as unknown as { chrome: PageChrome }).chrome.action.getBadgeText({}));

test('Settings → Team checks the form, asks for the server’s host only on Connect, and forgets on Disconnect', async ({
  context,
  extensionId,
}) => {
  const page = await openExtensionPage(context, extensionId, 'dashboard.html#/settings');
  const team = page.getByRole('region', { name: 'Team' });
  await expect(team.getByText('Nobody yet')).toBeVisible();
  await recordPermissionRequests(page);
  const form = team.getByRole('form', { name: 'Team server' });

  await form.getByLabel('Server address').fill('http://couch.fernhollow.example');
  await form.getByLabel('Database').fill('Fernhollow Leads');
  await form.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(form.getByText('Use an https:// address (http:// only for 127.0.0.1 or localhost)')).toBeVisible();
  await expect(form.getByText('Use lower-case letters, digits and _$()+-/, starting with a letter')).toBeVisible();
  await expect(form.getByText('Enter your user name')).toBeVisible();
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByText('Enter your user name')).toBeVisible();
  expect(await asked(page)).toEqual([]);

  await form.getByLabel('Server address').fill('https://couch.fernhollow.example:6984');
  await form.getByLabel('Database').fill('fernhollow');
  await form.getByLabel('User name').fill('dana');
  await form.getByLabel('Password').fill('Kestrel-7731');
  await form.getByLabel('Your name for the team').fill('Dana (marketing)');
  // Before Connect nothing was granted: Test connection says so rather than asking.
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByTestId('team-test-result')).toHaveText(
    'Press Connect first: the browser then asks to let Leadline reach couch.fernhollow.example:6984',
  );
  expect(await asked(page)).toEqual([]);

  await form.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(team.getByText('Connected as', { exact: false })).toContainText(
    'Connected as Dana (marketing) (dana) to fernhollow on couch.fernhollow.example:6984.',
  );
  expect(await asked(page)).toEqual([{ origins: ['https://couch.fernhollow.example/*'] }]);
  await expect(team.getByRole('list', { name: 'Team members' })).toHaveText(/Dana \(marketing\) · dana/);
  // The password is kept but never shown back.
  await expect(team.getByLabel('Password')).toHaveValue('');

  await team.getByRole('button', { name: 'Disconnect' }).click();
  await expect(team.getByRole('button', { name: 'Connect', exact: true })).toBeVisible();
  const stored = await page.evaluate(() => (globalThis as unknown as { chrome: PageChrome }).chrome.storage.local.get('leadline.team'));
  expect(stored).toEqual({});
});

test('assign by hand, in bulk and by a stage rule; Today and the badge count only my follow-ups', async ({ context, extensionId }) => {
  test.setTimeout(180_000);
  const worker = await serviceWorker(context);
  const page = await openExtensionPage(context, extensionId, 'dashboard.html#/leads');
  const now = Date.now();
  await page.evaluate(async (at) => {
    const scope = globalThis as unknown as { chrome: PageChrome };
    await scope.chrome.storage.local.set({
      'leadline.team': {
        serverUrl: 'https://couch.fernhollow.example',
        database: 'fernhollow',
        username: 'sam',
        password: 'pw',
        displayName: 'Sam (sales)',
        enabled: true,
      },
    });
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('leadline');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const tx = db.transaction(['leads', 'tasks', 'members', 'activities'], 'readwrite');
    const lead = (id: string, fullName: string, owner?: string) => ({
      id,
      fullName,
      stage: 'contacted',
      ...(owner ? { owner } : {}),
      createdAt: at - 5000,
      updatedAt: at - 5000,
    });
    tx.objectStore('members').put({ username: 'dana', displayName: 'Dana (marketing)', joinedAt: at - 9000, updatedAt: at - 9000 });
    tx.objectStore('members').put({ username: 'sam', displayName: 'Sam (sales)', joinedAt: at - 9000, updatedAt: at - 9000 });
    tx.objectStore('leads').put(lead('lead-ada', 'Ada Achterberg', 'sam'));
    tx.objectStore('leads').put(lead('lead-bruno', 'Bruno Brightwater', 'dana'));
    tx.objectStore('leads').put(lead('lead-chiara', 'Chiara Castellano'));
    for (const id of ['ada', 'bruno', 'chiara']) {
      tx.objectStore('tasks').put({
        id: `task-${id}`,
        leadId: `lead-${id}`,
        type: 'call',
        title: `Call ${id}`,
        instructions: '',
        status: 'open',
        dueAt: at - 60_000,
        scheduledAt: at - 60_000,
        snoozeCount: 0,
        createdAt: at - 5000,
        updatedAt: at - 5000,
      });
    }
    // Dana handed Ada to Sam on her side; replication brought the entry here.
    tx.objectStore('activities').put({
      id: 'act-handoff',
      leadId: 'lead-ada',
      type: 'assigned',
      at: at - 4000,
      summary: 'Assigned to Sam (sales) by Dana (marketing)',
      details: { to: 'sam', toName: 'Sam (sales)', by: 'dana', byName: 'Dana (marketing)', rule: null },
    });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    await scope.chrome.runtime.sendMessage({ tag: 'leadline/1', type: 'reminders.refresh', payload: {} });
  }, now);

  // Sam's badge: Ada (his) and Chiara (nobody's), not Bruno (Dana's).
  await expect.poll(() => badge(worker)).toBe('2');
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByText('Ada Achterberg', { exact: true })).toBeVisible();
  await expect(popup.getByText('Chiara Castellano', { exact: true })).toBeVisible();
  await expect(popup.getByText(/Bruno Brightwater/)).toHaveCount(0);
  await popup.close();

  // The handoff reads as addressed to Sam; he gives Ada back to Dana by hand.
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/leads/lead-ada`);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByText('Assigned to you by Dana (marketing)')).toBeVisible();
  const deal = page.getByRole('form', { name: 'Deal' });
  await deal.getByLabel('Owner').selectOption('dana');
  await deal.getByRole('button', { name: 'Save deal' }).click();
  await expect(timeline.getByText('Assigned to Dana (marketing) by Sam (sales)')).toBeVisible();
  await expect.poll(() => badge(worker)).toBe('1');

  // Bulk: Bruno and Chiara to Sam.
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/leads`);
  const grid = page.getByRole('grid', { name: 'Leads' });
  await grid.getByRole('button', { name: 'Name' }).click();
  await expect(grid.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
  await grid.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(grid.getByRole('row', { selected: true })).toHaveText([/Bruno Brightwater/, /Chiara Castellano/]);
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Assign to…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Assign to: 2 leads' });
  await dialog.getByLabel('Assign to').selectOption('sam');
  await dialog.getByRole('button', { name: 'Assign 2 leads' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Assigned 2 leads to Sam (sales)' })).toBeVisible();
  await expect.poll(() => badge(worker)).toBe('2');

  // The rule: a lead reaching Qualified goes to Dana.
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/settings`);
  const rule = page.getByRole('form', { name: 'New assignment rule' });
  await rule.getByLabel('When a lead reaches').selectOption('qualified');
  await rule.getByLabel('Assign it to').selectOption('dana');
  await rule.getByRole('button', { name: 'Add rule' }).click();
  await expect(page.getByRole('list', { name: 'Assignment rules' })).toHaveText(
    /When a lead reaches Qualified, assign it to Dana \(marketing\)/,
  );
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/leads/lead-chiara`);
  await page.getByRole('form', { name: 'Deal' }).getByLabel('Stage').selectOption('qualified');
  await page.getByRole('form', { name: 'Deal' }).getByRole('button', { name: 'Save deal' }).click();
  await expect(
    page.getByRole('region', { name: 'Timeline' }).getByText('Assigned to Dana (marketing) by Sam (sales) (rule: reached Qualified)'),
  ).toBeVisible();
  await expect(page.getByRole('form', { name: 'Deal' }).getByLabel('Owner')).toHaveValue('dana');
  await expect.poll(() => badge(worker)).toBe('1');

  // The reports offer each member as a lead owner once every record is read.
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/reports`);
  await expect(page.getByRole('group', { name: 'Report filters' }).getByLabel('Lead owner').locator('option')).toHaveText([
    'Everyone (team)',
    'Nobody',
    'Dana (marketing)',
    'Sam (sales)',
  ]);
});
