import { chromium, test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChrome } from '../../scripts/find-chrome.mjs';

/** The unpacked Chrome build the tests load. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where `global-setup.ts` leaves the profile every new test profile starts from. */
export const PROFILE_TEMPLATE_ENV = 'LEADLINE_PROFILE_TEMPLATE';

/**
 * Launches Chromium with Leadline (by default the Chrome build) loaded on the given profile
 * directory. An empty directory with the Chrome build starts as a copy of the suite's template
 * profile: Chromium's own first-start work done, Leadline with no data (see `global-setup.ts`).
 *
 * `asUsersRun` leaves out Playwright's `--disable-renderer-backgrounding`, so that Chromium sets its
 * renderers' priority as in a user's browser. With the switch, one launch in two ran the pages' V8
 * as a background renderer's ("optimize for memory"): a major collection every half second while
 * the leads table scrolled (docs/performance.md). The benchmarks launch this way.
 */
export async function launchWithExtension(
  userDataDir: string,
  extensionDir = EXTENSION_DIR,
  { asUsersRun = false }: { asUsersRun?: boolean } = {},
): Promise<BrowserContext> {
  const template = process.env[PROFILE_TEMPLATE_ENV];
  if (template && extensionDir === EXTENSION_DIR && (await readdir(userDataDir)).length === 0)
    await cp(template, userDataDir, { recursive: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChrome(),
    headless: process.env.HEADED ? false : true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...ARGS],
    ignoreDefaultArgs: asUsersRun ? ['--disable-renderer-backgrounding'] : undefined,
  });
  // No request may leave this machine: anything not served by a test's own route is refused.
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  return context;
}

/** The extension's service worker, waiting for it to start if needed. */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Opens one of the extension's pages (`dashboard.html#/leads`) in a new tab. */
export async function openExtensionPage(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

interface Fixtures {
  userDataDir: string;
  context: BrowserContext;
  extensionId: string;
}

/** `test` with a fresh profile, the extension loaded, and its id. */
export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a pattern
  userDataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'leadline-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir }, use) => {
    const context = await launchWithExtension(userDataDir);
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = await serviceWorker(context);
    await use(new URL(worker.url()).host);
  },
});

export const expect = test.expect;

/** Serves a fixture file at a real site's URL (only this URL; everything else stays blocked). */
export async function serveFixture(context: BrowserContext, url: string, fixture: string): Promise<void> {
  const body = await readFile(resolve(import.meta.dirname, '../fixtures', fixture), 'utf8');
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}

/**
 * Runs `expression` inside Leadline's content-script world on `page` (through the DevTools protocol),
 * so a test can send exactly what a content script could send.
 */
export async function evaluateInContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; name: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 10_000;
  let isolated: (typeof contexts)[number] | undefined;
  while (!(isolated = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Leadline'))) {
    if (Date.now() > deadline) throw new Error('Leadline content script world not found');
    await new Promise((done) => setTimeout(done, 100));
  }
  const result = await cdp.send('Runtime.evaluate', { expression, contextId: isolated.id, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
  return result.result.value;
}

/** The data rows of the dashboard's leads table (header row excluded). */
export function leadRows(page: Page) {
  return page
    .getByRole('grid', { name: 'Leads' })
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell') });
}

/** Opens a lead from the dashboard's leads table by clicking its name. */
export async function openLeadFromTable(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('grid', { name: 'Leads' }).getByRole('link', { name }).click();
}

/** What Settings → Team's Connect asks for with a team server on this machine (`serverOriginPattern`). */
export const LOOPBACK_HOSTS = 'http://127.0.0.1/*';

/**
 * Records `hostPattern` as granted to the extension in a closed profile's Preferences, as Chromium
 * records an accepted permission prompt (Playwright cannot answer the prompt). Launched again, the
 * extension's own `permissions.request` resolves without one and it holds the real host permission.
 */
export async function grantHostInProfile(profileDir: string, extensionId: string, hostPattern: string): Promise<void> {
  const file = join(profileDir, 'Default', 'Preferences');
  type Granted = { explicit_host?: string[] };
  const prefs = JSON.parse(await readFile(file, 'utf8')) as {
    extensions: { settings: Record<string, { granted_permissions?: Granted; runtime_granted_permissions?: Granted }> };
  };
  const settings = prefs.extensions.settings[extensionId]!;
  for (const key of ['granted_permissions', 'runtime_granted_permissions'] as const) {
    const granted = (settings[key] ??= {});
    granted.explicit_host = [...(granted.explicit_host ?? []), hostPattern];
  }
  await writeFile(file, JSON.stringify(prefs));
}
