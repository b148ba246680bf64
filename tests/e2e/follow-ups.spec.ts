import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, openExtensionPage, openLeadFromTable, serviceWorker, test } from './harness';

/*
 * Time control. The shipped code has no test hook: every path reads `Date.now()` at call time
 * (the pages through `usePlatform().now`), and nothing a page, message or storage value says can
 * move its clock. The test moves it from outside, in each context:
 * - extension pages: an init script (added through Playwright, so only in this test's browser)
 *   makes `Date.now` return real time plus an offset the test keeps in the pages' localStorage.
 *   Playwright's own clock is not used: it replaces the Date class, which breaks subclasses such as
 *   @date-fns/tz's TZDate, so pages would compute in UTC.
 * - the service worker: Playwright's clock does not reach it, so the test replaces `Date.now`
 *   there through the DevTools protocol.
 * The fake dates lie in the real future, so alarms the worker sets for fake moments never fire on
 * their own during the test; "the alarm fires" is played by creating our alarm at a real moment
 * just ahead, which runs the worker's real alarm handler.
 */
const OFFSET_KEY = 'leadline-e2e-clock-offset';

async function installClock(context: BrowserContext): Promise<void> {
  await context.addInitScript((key) => {
    const real = Date.now.bind(Date);
    Date.now = () => {
      try {
        return real() + Number(localStorage.getItem(key) ?? 0);
      } catch {
        return real();
      }
    };
  }, OFFSET_KEY);
}

async function setTime(page: Page, worker: Worker, iso: string): Promise<void> {
  const offset = Date.parse(iso) - Date.now();
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [OFFSET_KEY, String(offset)] as const);
  await worker.evaluate((shift) => {
    const scope = globalThis as unknown as { realNow?: () => number };
    scope.realNow ??= Date.now.bind(Date);
    const real = scope.realNow;
    Date.now = () => real() + shift;
  }, offset);
}

/** The slice of the extension API these checks call inside the worker. */
interface WorkerChrome {
  alarms: {
    create(name: string, info: { when: number }): Promise<void>;
    get(name: string): Promise<{ scheduledTime: number } | undefined>;
  };
  action: { getBadgeText(details: object): Promise<string>; getBadgeBackgroundColor(details: object): Promise<number[]> };
}

/**
 * Fires the worker's next-change alarm now (as Chrome would at the due moment) and waits until
 * the refresh it runs has set the alarm again (for a fake moment, so days ahead in real time).
 * Waiting matters: a refresh still running from before could otherwise overwrite this alarm.
 */
async function fireAlarm(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const real = (globalThis as unknown as { realNow: () => number }).realNow;
    const { alarms } = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    await alarms.create('leadline-next-change', { when: real() + 20 });
    for (let i = 0; i < 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const alarm = await alarms.get('leadline-next-change');
      if (alarm && alarm.scheduledTime > real() + 86_400_000) return;
    }
    throw new Error('The alarm did not run a refresh');
  });
}

const badge = (worker: Worker) => worker.evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.action.getBadgeText({}));
const badgeColor = (worker: Worker) =>
  worker.evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.action.getBadgeBackgroundColor({}));

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByRole('searchbox', { name: 'Search leads' })).toBeFocused();
  return popup;
}

test('a sequence step comes due on the badge and in Today; Done, snooze and a reply move it along', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const worker = await serviceWorker(context);
  await installClock(context);
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/settings');
  // Thursday 7 March 2030, 10:00 in New York (EST).
  await setTime(dashboard, worker, '2030-03-07T15:00:00Z');
  await dashboard.reload();
  await dashboard.getByLabel('Time zone for due dates').fill('America/New_York');
  await dashboard.getByRole('button', { name: 'Save follow-up settings' }).click();
  await expect(dashboard.getByText('Follow-up settings saved')).toBeVisible();
  await dashboard.getByLabel('Your name (signs templates)').fill('Maya Ortiz');
  await dashboard.getByRole('button', { name: 'Save settings' }).click();
  await expect(dashboard.getByText('Settings saved', { exact: true })).toBeVisible();

  // A template with a misspelt field is refused, naming it; corrected, it saves.
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/templates/new`);
  const templateForm = dashboard.getByRole('form', { name: 'New template' });
  await templateForm.getByLabel('Template name').fill('Intro');
  await templateForm.getByLabel('Subject').fill('Quick question, {{firstName}}');
  await templateForm.getByLabel('Message').fill('Hi {{fristName}},\n\nHow is {{company}} handling outbound?\n\n{{senderName}}');
  await templateForm.getByRole('button', { name: 'Save template' }).click();
  await expect(templateForm.getByRole('alert')).toHaveText('Not saved: Unknown merge field {{fristName}} — did you mean {{firstName}}?');
  await templateForm.getByLabel('Message').fill('Hi {{firstName}},\n\nHow is {{company}} handling outbound?\n\n{{senderName}}');
  await templateForm.getByRole('button', { name: 'Save template' }).click();
  await expect(dashboard.getByRole('heading', { name: 'Intro', level: 1 })).toBeVisible();

  // A two-step sequence: an email at once, then a call one business day later.
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/sequences/new`);
  const sequenceForm = dashboard.getByRole('form', { name: 'New sequence' });
  await sequenceForm.getByLabel('Sequence name').fill('Outbound');
  const step1 = sequenceForm.getByRole('group', { name: 'Step 1' });
  await step1.getByLabel('Template').selectOption({ label: 'Intro' });
  await sequenceForm.getByRole('button', { name: 'Add step' }).click();
  const step2 = sequenceForm.getByRole('group', { name: 'Step 2' });
  await step2.getByLabel('Type').selectOption('call');
  await step2.getByLabel('Delay after previous').fill('1');
  await step2.getByLabel('Instructions').fill('Ask who owns outbound');
  await sequenceForm.getByLabel('When the lead replies').selectOption('pause');
  await sequenceForm.getByRole('button', { name: 'Save sequence' }).click();
  await expect(dashboard.getByRole('heading', { name: 'Outbound', level: 1 })).toBeVisible();

  // A lead, enrolled from its page.
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/leads/new`);
  const leadForm = dashboard.getByRole('form', { name: 'New lead' });
  await leadForm.getByLabel('Name').fill('Ines Duarte');
  await leadForm.getByLabel('Emails').fill('ines@quillfield.example');
  await leadForm.getByLabel('Phone').fill('+1 555 0142');
  await leadForm.getByLabel('Company', { exact: true }).fill('Quillfield Labs');
  await leadForm.getByRole('button', { name: 'Save lead' }).click();
  await expect(dashboard.getByRole('heading', { name: 'Ines Duarte' })).toBeVisible();
  const panel = dashboard.getByRole('region', { name: 'Sequences' });
  await panel.getByRole('button', { name: 'Enroll', exact: true }).click();
  const enrollment = panel.getByRole('listitem', { name: 'Outbound' });
  await expect(enrollment).toContainText('Active · next: Email, due now');
  // A second enrollment is refused with a warning.
  await panel.getByRole('button', { name: 'Enroll', exact: true }).click();
  await expect(panel.getByRole('alert')).toHaveText('Already in “Outbound”: unenroll there first to enroll in “Outbound”.');
  await expect(panel.getByRole('list', { name: 'Enrollments' }).getByRole('listitem')).toHaveCount(1);

  await expect.poll(() => badge(worker)).toBe('1');
  expect(await badgeColor(worker)).toEqual([220, 38, 38, 255]);

  let popup = await openPopup(context, extensionId);
  let row = popup.getByRole('list', { name: 'Due today' }).getByRole('listitem');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Ines Duarte');
  await expect(row).toContainText('Email · step 1 of 2 · Outbound');
  // Compose opens Gmail with the rendered template.
  await context.route('https://mail.google.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Gmail</title>' }),
  );
  const composed = context.waitForEvent('page');
  await row.getByRole('button', { name: 'Compose in Gmail' }).click();
  const gmailPage = await composed;
  await gmailPage.waitForURL(/^https:\/\/mail\.google\.com\//);
  const gmail = new URL(gmailPage.url());
  await gmailPage.close();
  expect(gmail.searchParams.get('to')).toBe('ines@quillfield.example');
  expect(gmail.searchParams.get('su')).toBe('Quick question, Ines');
  expect(gmail.searchParams.get('body')).toBe('Hi Ines,\n\nHow is Quillfield Labs handling outbound?\n\nMaya Ortiz');

  // Friday 18:30: the email is a day late; Done schedules the call for Monday 09:00 (the clocks
  // go forward on Sunday 10 March, so that is 13:00 UTC, not 14:00).
  await popup.close();
  await setTime(dashboard, worker, '2030-03-08T23:30:00Z');
  await fireAlarm(worker);
  popup = await openPopup(context, extensionId);
  row = popup.getByRole('list', { name: 'Overdue' }).getByRole('listitem');
  await expect(row).toContainText('1 day late');
  await row.getByRole('button', { name: 'Done' }).click();
  await expect(popup.getByRole('status')).toHaveText('Done. Next: Call Mon 11 Mar, 09:00');
  await expect(popup.getByRole('list', { name: 'Upcoming' }).getByRole('listitem')).toContainText('Call · step 2 of 2 · Outbound');
  await expect(popup.getByText('Nothing due today.')).toBeVisible();
  await expect.poll(() => badge(worker)).toBe('');

  // Saturday: still nothing due.
  await popup.close();
  await setTime(dashboard, worker, '2030-03-09T15:00:00Z');
  await fireAlarm(worker);
  await expect.poll(() => badge(worker)).toBe('');

  // Monday 09:01 EDT: the call is due.
  await setTime(dashboard, worker, '2030-03-11T13:01:00Z');
  await fireAlarm(worker);
  await expect.poll(() => badge(worker)).toBe('1');
  popup = await openPopup(context, extensionId);
  row = popup.getByRole('list', { name: 'Due today' }).getByRole('listitem');
  await expect(row).toContainText('1 minute late');
  await expect(row).toContainText('Ask who owns outbound');
  await expect(row.getByRole('button', { name: 'Call +1 555 0142' })).toBeVisible();

  // Snooze until tomorrow: off today's badge, into Upcoming.
  await row.getByRole('button', { name: 'Snooze' }).click();
  await row.getByRole('group', { name: 'Snooze until' }).getByRole('button', { name: 'Tomorrow' }).click();
  await expect(popup.getByRole('status')).toHaveText('Snoozed until Tue 12 Mar, 09:00');
  await expect(popup.getByRole('list', { name: 'Upcoming' }).getByRole('listitem')).toContainText('Tue 12 Mar, 09:00');
  await expect.poll(() => badge(worker)).toBe('');

  // The lead replies: the sequence pauses and the follow-up leaves Today.
  await dashboard.bringToFront();
  await panel.getByRole('button', { name: 'Record a reply' }).click();
  await expect(panel.getByRole('status')).toHaveText('Reply recorded: paused “Outbound”.');
  await expect(enrollment).toContainText('Paused');
  const timeline = dashboard.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('listitem').nth(0)).toContainText('Paused “Outbound”: the lead replied');
  await expect(timeline).toContainText('Replied (marked by hand)');
  await expect(timeline).toContainText('Snoozed until Tue 12 Mar 2030, 09:00: Call · step 2 of 2 · Outbound');
  await expect(timeline).toContainText('Done: Email · step 1 of 2 · Outbound');
  await expect(timeline).toContainText('Enrolled in “Outbound”');
  await expect(popup.getByRole('heading', { name: 'No follow-ups' })).toBeVisible();
  await expect.poll(() => badge(worker)).toBe('');

  // Deleting the sequence asks first, then ends the paused enrollment; history stays.
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/sequences`);
  await dashboard.getByRole('link', { name: /Outbound/ }).click();
  await dashboard.getByRole('button', { name: 'Delete' }).click();
  const confirm = dashboard.getByRole('alertdialog', { name: 'Delete “Outbound”?' });
  await expect(confirm).toContainText('1 lead is still in this sequence');
  await confirm.getByRole('button', { name: 'Delete and end enrollments' }).click();
  await expect(dashboard.getByRole('heading', { name: 'No sequences yet' })).toBeVisible();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/leads`);
  await openLeadFromTable(dashboard, /Ines Duarte/);
  await expect(panel.getByRole('listitem', { name: 'Deleted sequence' })).toContainText('Finished: sequence deleted');
  await expect(timeline.getByRole('listitem').nth(0)).toContainText('Finished “Outbound”: the sequence was deleted');
  await expect(timeline).toContainText('Done: Email · step 1 of 2 · Outbound');
});

test('the badge turns red when a follow-up comes due while the service worker is stopped', async ({ context, extensionId }) => {
  test.setTimeout(180_000);
  const page = await openExtensionPage(context, extensionId, 'dashboard.html#/leads');
  await expect(page.getByRole('heading', { name: 'No leads yet' })).toBeVisible();
  // Real time throughout: a lead with a call due 20 seconds from now, written as stored records.
  const dueAt = await page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const request = indexedDB.open('leadline');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const now = Date.now();
    const due = now + 20_000;
    const tx = db.transaction(['leads', 'tasks'], 'readwrite');
    tx.objectStore('leads').put({
      id: 'lead-1',
      fullName: 'Odile Valcourt',
      emails: [],
      phones: [],
      stage: 'new',
      notes: '',
      customFields: {},
      campaignIds: [],
      sourceTags: {},
      capturedFrom: 'manual',
      provenance: {},
      editedFields: [],
      createdAt: now,
      updatedAt: now,
      identity: [],
      search: [],
    });
    tx.objectStore('tasks').put({
      id: 'task-1',
      leadId: 'lead-1',
      type: 'call',
      title: 'Call · step 1 of 1 · Check-in',
      instructions: '',
      status: 'open',
      dueAt: due,
      scheduledAt: due,
      snoozeCount: 0,
      createdAt: now,
      updatedAt: now,
    });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
    return due;
  });
  type PageChrome = {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    action: { getBadgeText(details: object): Promise<string>; getBadgeBackgroundColor(details: object): Promise<number[]> };
  };
  const read = () =>
    page.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: PageChrome }).chrome;
      return { text: await api.action.getBadgeText({}), color: await api.action.getBadgeBackgroundColor({}) };
    });
  // Pages ask the background to recompute after writes; this one was written behind its back.
  await page.evaluate(() =>
    (globalThis as unknown as { chrome: PageChrome }).chrome.runtime.sendMessage({
      tag: 'leadline/1',
      type: 'reminders.refresh',
      payload: {},
    }),
  );
  await expect.poll(read).toEqual({ text: '1', color: [37, 99, 235, 255] });

  // Stop the service worker, as Chrome does after 30 idle seconds.
  const cdp = await context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => statuses.push(...event.versions.map((version) => version.runningStatus)));
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => statuses.at(-1)).toBe('stopped');
  expect(Date.now()).toBeLessThan(dueAt);

  // The alarm set for the due moment wakes it; the badge turns red within the minute.
  await expect.poll(read, { timeout: 90_000, intervals: [1000] }).toEqual({ text: '1', color: [220, 38, 38, 255] });
  expect(Date.now()).toBeGreaterThanOrEqual(dueAt);
  expect(statuses.slice(statuses.lastIndexOf('stopped'))).toContain('running');
});
