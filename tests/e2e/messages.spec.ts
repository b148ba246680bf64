import { evaluateInContentScript, expect, openExtensionPage, serveFixture, test } from './harness';

const PROFILE = 'https://www.linkedin.com/in/rosa-marchetti/';

function sendFromContentScript(payload: unknown): string {
  return `chrome.runtime.sendMessage(${JSON.stringify({ tag: 'leadline/1', type: 'capture.save', payload })})`;
}

test('a content-script message with a bad payload is refused and writes nothing', async ({ context, extensionId }) => {
  await serveFixture(context, PROFILE, 'linkedin/profile-minimal.html');
  const page = await context.newPage();
  await page.goto(PROFILE);

  const refused = await evaluateInContentScript(
    page,
    sendFromContentScript({ drafts: [{ fullName: 'Rosa Marchetti', source: 'linkedin', sourceUrl: 'javascript:alert(1)' }] }),
  );
  expect(refused).toEqual({
    ok: false,
    error: 'Invalid "capture.save" request: drafts.0.sourceUrl: Only http:// and https:// links are allowed',
  });

  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/leads');
  await expect(dashboard.getByRole('heading', { name: 'No leads yet' })).toBeVisible();

  // The same channel accepts a valid message, so the refusal above was about the payload.
  const accepted = (await evaluateInContentScript(
    page,
    sendFromContentScript({ drafts: [{ fullName: 'Rosa Marchetti', source: 'linkedin', sourceUrl: PROFILE, linkedinUrl: PROFILE }] }),
  )) as { ok: boolean; data: { leads: Array<{ fullName: string; created: boolean }> } };
  expect(accepted.ok).toBe(true);
  expect(accepted.data.leads).toEqual([expect.objectContaining({ fullName: 'Rosa Marchetti', created: true })]);
  await expect(dashboard.getByRole('grid', { name: 'Leads' })).toContainText('Rosa Marchetti');
});
