import type { BrowserContext, Page, Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request as forwardRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCouchServer } from '../unit/sync/couch-server';
import { expect, grantHostInProfile, launchWithExtension, LOOPBACK_HOSTS, openExtensionPage, serviceWorker, test } from './harness';

/*
 * Two Chromium profiles — Dana (marketing) and Ravi (sales) — and one CouchDB-protocol server
 * (pouchdb-server in memory on 127.0.0.1, its CORS switched off as Apache CouchDB ships). Each
 * connects through Settings → Team as a person would.
 *
 * The browser's permission prompt cannot be answered from Playwright, so each profile is launched
 * once, closed, and given the server's host in its Preferences (`granted_permissions`: what Chromium
 * keeps once a person has accepted that prompt, `granted_permissions` and `runtime_granted_permissions`),
 * then launched again. Leadline's own
 * `permissions.request` on Connect then resolves at once, and the extension holds the real host
 * permission: nothing in the product is bypassed.
 */

interface Profile {
  context: BrowserContext;
  worker: Worker;
  page: Page;
  extensionId: string;
  dir: string;
}

/** What each request reaching the server carried: the session cookie, Basic credentials, an Origin. */
const seen: Array<{ path: string; cookie: boolean; basic: boolean; origin?: string }> = [];
let offline = false;

/**
 * A pass-through in front of pouchdb-server that notes how each request authenticates, as the
 * server sees it (the browser adds cookies below Playwright's interception, so only the server
 * side can tell).
 */
async function watchingProxy(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const upstream = new URL(target);
  const proxy = createServer((incoming, reply) => {
    seen.push({
      path: incoming.url ?? '',
      cookie: /AuthSession=/.test(incoming.headers.cookie ?? ''),
      basic: /^Basic /.test(incoming.headers.authorization ?? ''),
      ...(incoming.headers.origin ? { origin: incoming.headers.origin } : {}),
    });
    const forward = forwardRequest(
      { hostname: upstream.hostname, port: upstream.port, path: incoming.url, method: incoming.method, headers: incoming.headers },
      (answer) => {
        reply.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(reply);
      },
    );
    forward.on('error', () => reply.destroy());
    incoming.pipe(forward);
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  const address = proxy.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => proxy.close(() => done())),
  };
}

async function launchProfile(serverUrl: string): Promise<Profile> {
  const dir = await mkdtemp(join(tmpdir(), 'leadline-team-'));
  const first = await launchWithExtension(dir);
  const extensionId = new URL((await serviceWorker(first)).url()).host;
  await first.close();
  await grantHostInProfile(dir, extensionId, LOOPBACK_HOSTS);
  const context = await launchWithExtension(dir);
  // The one server the test runs is reachable (everything else stays blocked by the harness).
  await context.route(`${serverUrl}/**`, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  const worker = await serviceWorker(context);
  const page = await openExtensionPage(context, extensionId, 'dashboard.html#/settings');
  return { context, worker, page, extensionId, dir };
}

const badge = (worker: Worker) =>
  worker.evaluate(() =>
    (globalThis as unknown as { chrome: { action: { getBadgeText(details: object): Promise<string> } } }).chrome.action.getBadgeText({}),
  );

async function connect(profile: Profile, serverUrl: string, user: string, displayName: string): Promise<void> {
  const { page } = profile;
  await page.goto(`chrome-extension://${profile.extensionId}/dashboard.html#/settings`);
  const form = page.getByRole('region', { name: 'Team' }).getByRole('form', { name: 'Team server' });
  await form.getByLabel('Server address').fill(serverUrl);
  await form.getByLabel('Database').fill('acme-leads');
  await form.getByLabel('User name').fill(user);
  await form.getByLabel('Password').fill(`${user}-pass`);
  await form.getByLabel('Your name for the team').fill(displayName);
  await form.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Team' }).getByText('Connected as', { exact: false })).toBeVisible();
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByTestId('team-test-result')).toHaveText(new RegExp(`^Connected to acme-leads on .+ as ${user}$`));
}

/** Presses Sync now and waits until the status says everything went up. */
async function syncNow(page: Page): Promise<void> {
  const group = page.getByRole('group', { name: 'Team sync' }).first();
  await group.getByRole('button', { name: 'Sync now' }).click();
  await expect(group.getByRole('status')).toHaveText(/^Synced · just now$/);
}

test('marketing hands a lead to sales through a CouchDB server; offline edits merge; erase and hostile documents', async () => {
  test.setTimeout(120_000);
  const started = Date.now();
  const server = await startCouchServer();
  const profiles: Profile[] = [];
  const closers: Array<() => Promise<void>> = [];
  try {
    await server.createUser('dana', 'dana-pass');
    await server.createUser('ravi', 'ravi-pass');
    await server.createDatabase('acme-leads', ['dana', 'ravi']);
    // Apache CouchDB ships with CORS off; pouchdb-server turns it on for every origin unless told.
    await server.admin('_config/httpd/enable_cors', { method: 'PUT', body: 'false' });
    const proxy = await watchingProxy(server.url);
    closers.push(() => proxy.close());
    const [dana, ravi] = await Promise.all([launchProfile(proxy.url), launchProfile(proxy.url)]);
    profiles.push(dana, ravi);

    await connect(ravi, proxy.url, 'ravi', 'Ravi (sales)');
    await syncNow(ravi.page);
    await connect(dana, proxy.url, 'dana', 'Dana (marketing)');
    await syncNow(dana.page);

    // Dana: a call sequence, a lead, Ravi as its owner, enrolled (a call due now, Ravi's).
    const d = dana.page;
    await d.goto(`chrome-extension://${dana.extensionId}/dashboard.html#/sequences/new`);
    const sequenceForm = d.getByRole('form', { name: 'New sequence' });
    await sequenceForm.getByLabel('Sequence name').fill('Handoff call');
    const step1 = sequenceForm.getByRole('group', { name: 'Step 1' });
    await step1.getByLabel('Type').selectOption('call');
    await step1.getByLabel('Instructions').fill('Introduce yourself as her account manager');
    // Due at once whatever day and hour the suite runs at (a step comes due at 09:00 by default).
    await step1.getByLabel('Counted in').selectOption('calendar');
    await step1.getByLabel('Time of day').fill('00:00');
    await sequenceForm.getByLabel('Skip weekends').setChecked(false);
    await sequenceForm.getByRole('button', { name: 'Save sequence' }).click();
    await expect(d.getByRole('heading', { name: 'Handoff call', level: 1 })).toBeVisible();
    await d.goto(`chrome-extension://${dana.extensionId}/dashboard.html#/leads/new`);
    const leadForm = d.getByRole('form', { name: 'New lead' });
    await leadForm.getByLabel('Name').fill('Ottoline Farrant');
    await leadForm.getByLabel('Emails').fill('ottoline@gullwing-ferries.example');
    await leadForm.getByLabel('Company', { exact: true }).fill('Gullwing Ferries');
    await leadForm.getByRole('button', { name: 'Save lead' }).click();
    await expect(d.getByRole('heading', { name: 'Ottoline Farrant' })).toBeVisible();
    const deal = d.getByRole('form', { name: 'Deal' });
    await deal.getByLabel('Owner').selectOption('ravi');
    await deal.getByRole('button', { name: 'Save deal' }).click();
    await expect(d.getByRole('region', { name: 'Timeline' }).getByText('Assigned to Ravi (sales) by Dana (marketing)')).toBeVisible();
    await d.getByRole('region', { name: 'Sequences' }).getByRole('button', { name: 'Enroll', exact: true }).click();
    await expect(d.getByRole('region', { name: 'Sequences' }).getByRole('listitem', { name: 'Handoff call' })).toContainText('due now');
    const leadUrl = d.url().replace(`chrome-extension://${dana.extensionId}/`, '');
    await syncNow(d);
    // Ravi's follow-up is not Dana's.
    await expect.poll(() => badge(dana.worker)).toBe('');

    // Ravi: the lead, the handoff addressed to him, his follow-up on the badge.
    const r = ravi.page;
    await syncNow(r);
    await r.goto(`chrome-extension://${ravi.extensionId}/dashboard.html#/leads`);
    await expect(r.getByRole('grid', { name: 'Leads' }).getByRole('link', { name: 'Ottoline Farrant' })).toBeVisible();
    await r.goto(`chrome-extension://${ravi.extensionId}/${leadUrl}`);
    await expect(r.getByRole('region', { name: 'Timeline' }).getByText('Assigned to you by Dana (marketing)')).toBeVisible();
    await expect.poll(() => badge(ravi.worker)).toBe('1');

    // Both offline, each types a different field.
    offline = true;
    for (const [profile, field, value] of [
      [dana, 'Title', 'Head of Fleet Procurement'],
      [ravi, 'Location', 'Whitby'],
    ] as const) {
      const page = profile.page;
      await page.goto(`chrome-extension://${profile.extensionId}/${leadUrl}`);
      await page.getByRole('button', { name: 'Edit' }).click();
      const edit = page.getByRole('form', { name: 'Edit Ottoline Farrant' });
      await edit.getByLabel(field, { exact: true }).fill(value);
      await edit.getByRole('button', { name: 'Save changes' }).click();
      await expect(page.getByText(value, { exact: true })).toBeVisible();
      const group = page.getByRole('group', { name: 'Team sync' }).first();
      await group.getByRole('button', { name: 'Sync now' }).click();
      await expect(group.getByRole('status')).toHaveText(/^Offline · \d+ waiting$/);
    }
    offline = false;
    await syncNow(d);
    await syncNow(r);
    await syncNow(d);
    for (const profile of [dana, ravi]) {
      await profile.page.reload();
      await expect(profile.page.getByText('Head of Fleet Procurement', { exact: true })).toBeVisible();
      await expect(profile.page.getByText('Whitby', { exact: true })).toBeVisible();
    }

    // Dana erases her; she leaves Ravi's Leadline too.
    await d.getByRole('button', { name: 'Erase…' }).click();
    await d.getByRole('dialog', { name: 'Erase Ottoline Farrant?' }).getByRole('button', { name: 'Erase permanently' }).click();
    await expect(d.getByRole('status').filter({ hasText: 'Erased Ottoline Farrant and everything about them' })).toBeVisible();
    await syncNow(d);
    await syncNow(r);
    await r.goto(`chrome-extension://${ravi.extensionId}/dashboard.html#/leads`);
    await expect(r.getByRole('heading', { name: 'No leads yet' })).toBeVisible();
    await expect.poll(() => badge(ravi.worker)).toBe('');

    // A hostile document written straight to the server is refused and listed under Problems.
    const hostile = await server.admin('acme-leads/_bulk_docs', {
      method: 'POST',
      body: {
        docs: [
          {
            _id: 'leads:lead-hostile',
            id: 'lead-hostile',
            fullName: 'Mallory <img src=x onerror=alert(1)>',
            websiteUrl: 'javascript:alert(document.cookie)',
            createdAt: Date.now(),
            updatedAt: Date.now(),
          },
        ],
      },
    });
    expect(hostile.status).toBe(201);
    await syncNow(r);
    await r.goto(`chrome-extension://${ravi.extensionId}/dashboard.html#/leads`);
    await expect(r.getByRole('heading', { name: 'No leads yet' })).toBeVisible();
    await r.goto(`chrome-extension://${ravi.extensionId}/dashboard.html#/settings`);
    await expect(r.getByTestId('problem-count')).toHaveText('1');
    await expect(r.getByText(/leads lead-hostile: Refused from the team server: markup or a script link in/)).toBeVisible();

    // How Chromium authenticated after POST /_session, and whether it sent an Origin (CORS).
    const after = seen.filter((request) => !request.path.endsWith('/_session'));
    console.log(
      `team-sync: ${after.length} requests; AuthSession cookie ${after.filter((a) => a.cookie).length}, ` +
        `Basic ${after.filter((a) => a.basic).length}, origins ${[...new Set(after.map((a) => a.origin ?? 'none'))].join(' ')}; ` +
        `wall time ${Math.round((Date.now() - started) / 1000)} s`,
    );
    // Chromium keeps CouchDB's session cookie for the extension: no request falls back to Basic.
    expect(after.length).toBeGreaterThan(10);
    expect(after.filter((request) => !request.cookie)).toEqual([]);
    expect(after.filter((request) => request.basic)).toEqual([]);
  } finally {
    for (const profile of profiles) {
      await profile.context.close();
      await rm(profile.dir, { recursive: true, force: true });
    }
    for (const close of closers) await close();
    await server.stop();
  }
});
