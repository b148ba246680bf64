import { expect, openExtensionPage, serveFixture, test } from './harness';

// The content script does no work while Gmail shows a list (sizes are checked in
// capture-budgets.spec.ts; extraction time by the benchmark suite, npm run bench).

test('the Gmail content script does nothing while a list is shown, and reports a thread once it is opened', async ({
  context,
  extensionId,
}) => {
  const inbox = 'https://mail.google.com/mail/u/0/#inbox';
  await serveFixture(context, 'https://mail.google.com/mail/u/0/', 'gmail/thread.html');
  // An extension page records every message our content scripts send.
  const listener = await openExtensionPage(context, extensionId, 'dashboard.html#/leads');
  await listener.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    (
      globalThis as unknown as { chrome: { runtime: { onMessage: { addListener(f: (m: { type?: string }) => void): void } } } }
    ).chrome.runtime.onMessage.addListener((message) => {
      if (message?.type) seen.push(message.type);
    });
  });
  const seen = () => listener.evaluate(() => (window as unknown as { seen: string[] }).seen.slice());

  const page = await context.newPage();
  await page.goto(inbox);
  // The inbox (a list view): Gmail churns its DOM; nothing is observed, nothing is sent.
  await page.waitForTimeout(600);
  expect(await seen()).toEqual([]);
  await page.evaluate(async () => {
    const main = document.querySelector('div[role="main"]')!;
    for (let i = 0; i < 200; i += 1) {
      main.append(Object.assign(document.createElement('div'), { className: 'zA', textContent: `row ${i}` }));
      await new Promise((done) => setTimeout(done, 2));
    }
  });
  await page.waitForTimeout(600);
  expect(await seen()).toEqual([]);

  // Opening a thread (Gmail changes the hash): the thread is reported to the background once.
  await page.evaluate(() => (location.hash = '#inbox/FMfcgzQXKWbZrTqLvPzHcJdNmSxRtBwD'));
  await expect.poll(seen).toEqual(['mail.seen', 'mail.changed']);
  console.log(`\nmessages from the Gmail content script: ${(await seen()).join(', ')}`);
});
