import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { grantHostInProfile, LOOPBACK_HOSTS } from '../e2e/harness';
import { BENCH_BUILD, launchBench, type BenchBrowser } from './browser';

/**
 * The bench build on a fresh profile that holds the host permission of a team server on 127.0.0.1,
 * with requests to `serverUrl` let through (the harness refuses every other). Chromium's prompt
 * cannot be answered from Playwright, so the profile is launched once, closed, given the host in its
 * Preferences as Chromium records an accepted prompt (`grantHostInProfile`, tests/e2e/harness.ts),
 * and launched again: the extension's own `permissions.request` (Connect's) then resolves without a
 * prompt, and the extension holds the real host permission: nothing in the product is bypassed.
 * `close()` removes the profile.
 */
export async function launchTeamBench(serverUrl: string): Promise<BenchBrowser> {
  const dir = await mkdtemp(join(tmpdir(), 'leadline-bench-team-'));
  const first = await launchBench(BENCH_BUILD, dir);
  const id = first.id;
  await first.close();
  await grantHostInProfile(dir, id, LOOPBACK_HOSTS);
  const browser = await launchBench(BENCH_BUILD, dir);
  await browser.context.route(`${serverUrl}/**`, (route) => route.continue());
  return {
    ...browser,
    close: async () => {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
