import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { openPanelFor } from './capture-helpers';
import { expect, openExtensionPage, serveFixture, test } from './harness';

/*
 * axe-core on every page a user sees, in light and in dark mode: no serious or critical violation.
 * Each page is checked once its content has loaded (sample data, a captured profile), so the rules
 * run on what a user reads, not on a loading line.
 */
const SCHEMES = ['light', 'dark'] as const;
/** axe-core's rules that read colours (AA): what a change of colour scheme can break. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The serious and critical violations on `page` in one colour scheme, one line each (rule, element, summary). */
async function violationsIn(page: Page, scheme: (typeof SCHEMES)[number]): Promise<string[]> {
  await page.emulateMedia({ colorScheme: scheme });
  // Colours that transition to the new scheme are read once they have arrived.
  await page.evaluate(async () => {
    const transitions = document.getAnimations().filter((animation) => animation instanceof CSSTransition);
    await Promise.race([
      Promise.allSettled(transitions.map((transition) => transition.finished)),
      new Promise((done) => setTimeout(done, 1000)),
    ]);
  });
  // Dark mode changes colours only (components/app.css): every rule runs in light mode, and the
  // colour rules run again in dark mode.
  const axe = new AxeBuilder({ page });
  const results = await (scheme === 'light' ? axe : axe.withRules(COLOUR_RULES)).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${scheme}: ${violation.id}: ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`,
      ),
    );
}

/**
 * The violations on `page` as it is now, in light and then in dark mode. Switching the scheme in
 * place checks both on the same content without loading it twice.
 */
async function violations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of SCHEMES) found.push(...(await violationsIn(page, scheme)));
  return found;
}

async function loadSampleData(context: BrowserContext, extensionId: string): Promise<Page> {
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/settings');
  await dashboard.getByRole('button', { name: 'Load sample data' }).click();
  await expect(dashboard.getByText('Sample data loaded')).toBeVisible();
  return dashboard;
}

test.describe('light and dark mode', () => {
  test('every dashboard view has no serious or critical violation', async ({ context, extensionId }) => {
    // Ten views, each analysed in full: more than the default minute on a shared 2-core machine.
    test.setTimeout(300_000);
    const dashboard = await loadSampleData(context, extensionId);
    const found: string[] = [];
    const check = async (view: string) => found.push(...(await violations(dashboard)).map((line) => `${view}: ${line}`));

    await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/leads`);
    await expect(dashboard.getByRole('grid', { name: 'Leads' }).getByRole('gridcell').first()).toBeVisible();
    await check('leads');
    const first = dashboard.getByRole('grid', { name: 'Leads' }).getByRole('link').first();
    const name = (await first.textContent())!;
    await first.click();
    await expect(dashboard.getByRole('heading', { name, level: 1 })).toBeVisible();
    await expect(dashboard.getByRole('region', { name: 'Timeline' })).toBeVisible();
    await check('lead page');
    const views: Array<[string, string, (page: Page) => Promise<void>]> = [
      [
        'duplicates',
        'Possible duplicates',
        async (page) => await expect(page.getByRole('heading', { name: 'Possible duplicates', level: 1 })).toBeVisible(),
      ],
      ['pipeline', 'Pipeline', async (page) => await expect(page.getByRole('heading', { name: 'Pipeline', level: 1 })).toBeVisible()],
      ['campaigns', 'Campaigns', async (page) => await expect(page.getByRole('heading', { name: 'Campaigns', level: 1 })).toBeVisible()],
      ['sequences', 'Sequences', async (page) => await expect(page.getByRole('heading', { name: 'Sequences', level: 1 })).toBeVisible()],
      ['templates', 'Templates', async (page) => await expect(page.getByRole('heading', { name: 'Templates', level: 1 })).toBeVisible()],
      ['reports', 'Reports', async (page) => await expect(page.getByRole('table').first()).toBeVisible()],
      [
        'import-export',
        'Import & export',
        async (page) => await expect(page.getByRole('heading', { name: 'Import & export', level: 1 })).toBeVisible(),
      ],
      ['settings', 'Settings', async (page) => await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()],
    ];
    for (const [path, label, ready] of views) {
      await dashboard.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: label }).click();
      await expect(dashboard).toHaveURL(new RegExp(`#/${path}`));
      await ready(dashboard);
      await check(path);
    }
    expect(found).toEqual([]);
  });

  test('Settings → Team (connected, a form error, the first sync’s progress) and the popup’s sync line have no serious or critical violation', async ({
    context,
    extensionId,
  }) => {
    const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/settings');
    await dashboard.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
      await chrome.storage.local.set({
        'leadline.team': {
          serverUrl: 'https://couch.fernhollow.example',
          database: 'fernhollow',
          username: 'dana',
          password: 'pw',
          displayName: 'Dana (marketing)',
          enabled: true,
        },
        'leadline.sync.status': {
          state: 'syncing',
          waiting: 3,
          lastSyncAt: Date.now() - 120_000,
          progress: { done: 4200, total: 12000 },
        },
      });
    });
    await dashboard.reload();
    const team = dashboard.getByRole('region', { name: 'Team' });
    await expect(team.getByRole('progressbar').first()).toBeVisible();
    await team.getByLabel('Database').fill('Not A Name');
    await team.getByRole('button', { name: 'Save and reconnect' }).click();
    await expect(team.getByText('Use lower-case letters, digits and _$()+-/, starting with a letter')).toBeVisible();
    expect(await violations(dashboard)).toEqual([]);
    await dashboard.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
      await chrome.storage.local.set({
        'leadline.sync.status': { state: 'error', waiting: 2, lastError: 'Wrong user name or password' },
      });
    });
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByTestId('sync-status')).toHaveText('Wrong user name or password · 2 waiting');
    expect(await violations(popup)).toEqual([]);
  });

  test('the popup (Today with follow-ups) has no serious or critical violation', async ({ context, extensionId }) => {
    const dashboard = await loadSampleData(context, extensionId);
    await dashboard.close();
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    // Today's rows are in (sample data always has follow-ups coming due).
    const snooze = popup.getByRole('button', { name: 'Snooze', exact: true }).first();
    await expect(snooze).toBeVisible();
    expect(await violations(popup)).toEqual([]);
    // The snooze menu, open.
    await snooze.click();
    await expect(popup.getByRole('group', { name: 'Snooze until' })).toBeVisible();
    expect(await violations(popup)).toEqual([]);
  });

  test('the side panel with a draft beside a LinkedIn profile has no serious or critical violation', async ({ context, extensionId }) => {
    const url = 'https://www.linkedin.com/in/ingrid-solvang-adeyemi-7a1/';
    await serveFixture(context, url, 'linkedin/profile-classic.html');
    const page = await context.newPage();
    await page.goto(url);
    const panel = await openPanelFor(context, extensionId, page);
    await panel.setViewportSize({ width: 360, height: 665 });
    await expect(panel.getByRole('article', { name: 'Ingrid Solvang-Adeyemi' })).toBeVisible();
    expect(await violations(panel)).toEqual([]);
  });
});
