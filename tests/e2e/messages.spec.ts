import { evaluateInContentScript, expect, openExtensionPage, serveFixture, test } from './harness';

const PROFILE = 'https://www.linkedin.com/in/rosa-marchetti/';

function sendFromContentScript(type: string, payload: unknown): string {
  return `chrome.runtime.sendMessage(${JSON.stringify({ tag: 'leadline/1', type, payload })})`;
}

test('a content-script message with a bad payload is refused and writes nothing', async ({ context, extensionId }) => {
  await serveFixture(context, PROFILE, 'linkedin/profile-minimal.html');
  const page = await context.newPage();
  await page.goto(PROFILE);

  const refused = await evaluateInContentScript(
    page,
    sendFromContentScript('inpage.save', { draft: { fullName: 'Rosa Marchetti', source: 'linkedin', sourceUrl: 'javascript:alert(1)' } }),
  );
  expect(refused).toEqual({
    ok: false,
    error: 'Invalid "inpage.save" request: draft.sourceUrl: Only http:// and https:// links are allowed',
  });
  // Saving a batch of drafts is for Leadline's own pages: a content script may not ask for it.
  const notForPages = await evaluateInContentScript(
    page,
    sendFromContentScript('capture.save', { drafts: [{ fullName: 'Rosa Marchetti', source: 'linkedin', sourceUrl: PROFILE }] }),
  );
  expect(notForPages).toEqual({ ok: false, error: '"capture.save" cannot be sent from www.linkedin.com' });

  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/leads');
  await expect(dashboard.getByRole('heading', { name: 'No leads yet' })).toBeVisible();

  // The same channel accepts a valid message, so the refusal above was about the payload.
  const accepted = await evaluateInContentScript(
    page,
    sendFromContentScript('inpage.save', {
      draft: { fullName: 'Rosa Marchetti', source: 'linkedin', sourceUrl: PROFILE, linkedinUrl: PROFILE },
    }),
  );
  expect(accepted).toEqual({ ok: true, data: { saved: true } });
  await expect(dashboard.getByRole('grid', { name: 'Leads' })).toContainText('Rosa Marchetti');
});
