import type { Page } from '@playwright/test';
import { expect, leadRows, openExtensionPage, serveFixture, test } from './harness';

const INGRID = 'https://www.linkedin.com/in/ingrid-solvang-adeyemi-7a1/';
const MARIT = 'https://www.linkedin.com/in/marit-holm-22b/';

/** Turns the optional button on in Settings. */
async function turnButtonOn(dashboard: Page) {
  await dashboard.getByRole('checkbox', { name: /Show a “Save to Leadline” button on LinkedIn profiles/ }).check();
  await dashboard.getByRole('button', { name: 'Save settings' }).click();
  await expect(dashboard.getByText('Settings saved', { exact: true })).toBeVisible();
}

/**
 * A person's click on the button in its closed shadow root: its box is found through the DevTools
 * protocol (which sees closed roots; the page's script does not) and the mouse clicks there.
 */
async function clickAsPerson(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  type DomNode = { nodeId: number; nodeName: string; children?: DomNode[]; shadowRoots?: DomNode[] };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (node: DomNode, inside: boolean): DomNode | undefined => {
    if (inside && node.nodeName === 'BUTTON') return node;
    const within = inside || node.nodeName === 'LEADLINE-SAVE-BUTTON';
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
      const found = find(child, within);
      if (found) return found;
    }
    return undefined;
  };
  const button = find(root, false);
  if (!button) throw new Error('The Save to Leadline button is not on the page');
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await cdp.detach();
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

test('the in-page "Save to Leadline" button is absent by default, and saves the profile on a person’s click', async ({
  context,
  extensionId,
}) => {
  await serveFixture(context, INGRID, 'linkedin/profile-classic.html');
  const before = await context.newPage();
  await before.goto(INGRID);
  // The content script is there (it answers extract), but inserts nothing into LinkedIn by default.
  await before.waitForTimeout(1000);
  await expect(before.locator('leadline-save-button')).toHaveCount(0);
  await before.close();

  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/settings');
  await turnButtonOn(dashboard);

  const page = await context.newPage();
  await page.goto(INGRID);
  await expect(page.locator('leadline-save-button')).toHaveCount(1);
  // A closed shadow root: LinkedIn's stylesheet and script cannot reach inside.
  expect(await page.locator('leadline-save-button').evaluate((host) => host.shadowRoot)).toBeNull();
  await clickAsPerson(page);

  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/leads`);
  await expect(leadRows(dashboard)).toHaveCount(1);
  await expect(leadRows(dashboard)).toContainText('Ingrid Solvang-Adeyemi');
  await expect(leadRows(dashboard)).toContainText('Head of Procurement');
});

test('LinkedIn’s own script cannot press the button, read it, or rename a lead through it', async ({ context, extensionId }) => {
  await serveFixture(context, INGRID, 'linkedin/profile-classic.html');
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/leads');
  // A lead the user added by hand, whose profile the page will pretend to show.
  await dashboard.getByRole('button', { name: 'Add a lead' }).click();
  const create = dashboard.getByRole('form', { name: 'New lead' });
  await create.getByLabel('Name').fill('Marit Holm');
  await create.getByLabel('LinkedIn URL').fill(MARIT);
  await create.getByRole('button', { name: 'Save lead' }).click();
  await expect(dashboard.getByRole('heading', { name: 'Marit Holm' })).toBeVisible();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/settings`);
  await turnButtonOn(dashboard);

  const page = await context.newPage();
  // The page's script: catch shadow roots as they are made, press every button it can reach (with
  // click() and synthetic events), read their status, then move to Marit's profile with fake
  // markup and press again.
  await page.addInitScript(() => {
    const seen: { roots: number; statuses: string[]; clicks: number } = { roots: 0, statuses: [], clicks: 0 };
    (window as unknown as { __attack: typeof seen }).__attack = seen;
    const roots: ShadowRoot[] = [];
    const original = Object.getOwnPropertyDescriptor(Element.prototype, 'attachShadow')!.value as (
      this: Element,
      init: ShadowRootInit,
    ) => ShadowRoot;
    Element.prototype.attachShadow = function (init: ShadowRootInit) {
      const root = original.call(this, { ...init, mode: 'open' });
      roots.push(root);
      seen.roots++;
      return root;
    };
    const press = () => {
      const host = document.querySelector('leadline-save-button');
      if (!host) return;
      for (const root of [host.shadowRoot, ...roots]) {
        for (const button of root?.querySelectorAll('button') ?? []) {
          button.click();
          seen.clicks++;
        }
        for (const status of root?.querySelectorAll('output') ?? []) if (status.textContent) seen.statuses.push(status.textContent);
      }
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      const under = document.elementFromPoint(window.innerWidth - 60, window.innerHeight - 100);
      if (under instanceof HTMLElement) under.click();
    };
    let round = 0;
    const timer = setInterval(() => {
      press();
      if (++round === 10) {
        history.pushState({}, '', '/in/marit-holm-22b/');
        document.title = 'Marit Holm-Sørensen, CFO at Evil Corp | LinkedIn';
        const heading = document.querySelector('h1');
        if (heading) heading.textContent = 'Mallory Pratt';
      }
      if (round === 30) clearInterval(timer);
    }, 100);
  });
  await page.goto(INGRID);
  await expect(page.locator('leadline-save-button')).toHaveCount(1);
  await page.waitForTimeout(3500);
  const attack = await page.evaluate(
    () => (window as unknown as { __attack: { roots: number; statuses: string[]; clicks: number } }).__attack,
  );
  expect(attack).toEqual({ roots: 0, statuses: [], clicks: 0 });

  // Nothing saved, nothing renamed.
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/leads`);
  await expect(leadRows(dashboard)).toHaveCount(1);
  await expect(leadRows(dashboard)).toContainText('Marit Holm');
  await expect(leadRows(dashboard)).not.toContainText('Mallory');

  // A person's click after the fake navigation: the stored lead keeps its name.
  await clickAsPerson(page);
  await page.waitForTimeout(1000);
  await dashboard.reload();
  const grid = dashboard.getByRole('grid', { name: 'Leads' });
  await expect(grid.getByRole('link', { name: 'Marit Holm', exact: true })).toHaveCount(1);
  await expect(grid.getByRole('link', { name: /Mallory|Holm-Sørensen/ })).toHaveCount(0);
});
