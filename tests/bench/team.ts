import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_BUILD, launchBench, type BenchBrowser } from './browser';

/** What Connect asks for: the team server's host (lib/sync/config.ts, `serverOriginPattern`). */
const HOST_PATTERN = 'http://127.0.0.1/*';

/**
 * The bench build on a fresh profile that holds the host permission of a team server on 127.0.0.1,
 * with requests to `serverUrl` let through (the harness refuses every other). Chromium's prompt
 * cannot be answered from Playwright, so the profile is launched once, closed, given the host in its
 * Preferences as Chromium records an accepted prompt (as tests/e2e/team-sync.spec.ts does), and
 * launched again: the extension's own `permissions.request` (Connect's) then resolves without a
 * prompt, and the extension holds the real host permission: nothing in the product is bypassed.
 * `close()` removes the profile.
 */
export async function launchTeamBench(serverUrl: string): Promise<BenchBrowser> {
  const dir = await mkdtemp(join(tmpdir(), 'leadline-bench-team-'));
  const first = await launchBench(BENCH_BUILD, dir);
  const id = first.id;
  await first.close();
  const file = join(dir, 'Default', 'Preferences');
  type Granted = { explicit_host?: string[] };
  const prefs = JSON.parse(await readFile(file, 'utf8')) as {
    extensions: { settings: Record<string, { granted_permissions?: Granted; runtime_granted_permissions?: Granted }> };
  };
  const settings = prefs.extensions.settings[id]!;
  for (const key of ['granted_permissions', 'runtime_granted_permissions'] as const) {
    const granted = (settings[key] ??= {});
    granted.explicit_host = [...(granted.explicit_host ?? []), HOST_PATTERN];
  }
  await writeFile(file, JSON.stringify(prefs));
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
