import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from '../../scripts/find-chrome.mjs';
import { ARGS, EXTENSION_DIR, PROFILE_TEMPLATE_ENV } from './harness';

/**
 * Starts Chromium once with Leadline on a new profile, opens its pages, and keeps that profile
 * (minus everything Leadline stored) as the template each test's profile is copied from. A first
 * start of a profile builds Chromium's own databases and compiles every script cold; the template
 * saves that in each of the suite's launches. Leadline itself starts with no data and no state, as
 * on a fresh install: its IndexedDB, extension storage and alarms are not kept.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const template = await mkdtemp(join(tmpdir(), 'leadline-profile-'));
  const context = await chromium.launchPersistentContext(template, {
    executablePath: findChrome(),
    headless: true,
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...ARGS],
  });
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  for (const path of ['dashboard.html#/leads', 'popup.html', 'sidepanel.html']) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/${path}`);
    await page.waitForLoadState('networkidle');
    await page.close();
  }
  await context.close();
  const leadlineState = [
    'IndexedDB',
    'Local Extension Settings',
    'Sync Extension Settings',
    'Managed Extension Settings',
    'Extension State',
    'Extension Rules',
    'Extension Scripts',
    'Local Storage',
    'Session Storage',
    'Sessions',
    'WebStorage',
  ];
  await Promise.all(leadlineState.map((name) => rm(join(template, 'Default', name), { recursive: true, force: true })));
  process.env[PROFILE_TEMPLATE_ENV] = template;
  return () => rm(template, { recursive: true, force: true });
}
