import { test, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DRAFTS_SHOWN_MARK, TODAY_SHOWN_MARK } from '../../lib/perf/measure';
import { launchWithExtension } from '../e2e/harness';
import { benchPage, call, PANEL_WINDOW, POPUP_WINDOW, serveFixtureAt, tabIdOf, timeToMark } from './browser';
import { PANEL_FIXTURE } from './fixtures';
import { summarise } from './stats';

// Two bench builds side by side in one browser, their popup and side panel opened alternately:
// the VM's drift (a third between runs) hits both alike, so a change worth 10–30 ms shows. The
// builds and their labels come from scripts/bench-compare.mjs (LEADLINE_COMPARE=label=dir,...).
const BUILDS = (process.env.LEADLINE_COMPARE ?? '').split(',').map((entry) => entry.split('=') as [string, string]);
const RUNS = Number(process.env.LEADLINE_BENCH_RUNS ?? 20);
const LEADS = Number(process.env.LEADLINE_BENCH_SIZES ?? 10_000);
const SETTLE_MS = 500;

test('the popup and side panel of two builds, opened alternately', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'leadline-compare-'));
  const context = await launchWithExtension(dir, BUILDS.map(([, build]) => build).join(','), { asUsersRun: true });
  try {
    while (context.serviceWorkers().length < BUILDS.length) await context.waitForEvent('serviceworker');
    // Each build carries its label in compare-label.txt (written by the script): which worker is which.
    const workers = new Map<string, Worker>();
    for (const worker of context.serviceWorkers()) {
      workers.set(await worker.evaluate(async () => (await (await fetch('/compare-label.txt')).text()).trim()), worker);
    }
    const urlOf = (label: string, path: string) => new URL(path, workers.get(label)!.url()).href;
    for (const [label] of BUILDS) {
      const page = await benchPage({ context, url: (path) => urlOf(label, `/${path}`) });
      await call(page, 'seed', LEADS, 42, Date.now());
      await page.close();
    }
    const [file, url] = PANEL_FIXTURE;
    await serveFixtureAt(context, url, file);
    await (await context.newPage()).goto(url);
    const tabId = await tabIdOf(context, url);

    const figures = new Map<string, number[]>();
    const record = (key: string, ms: number) => figures.set(key, [...(figures.get(key) ?? []), ms]);
    for (let run = 0; run <= RUNS; run++) {
      // Alternate which build goes first; the first round only compiles the scripts.
      for (const [label] of run % 2 ? [...BUILDS].reverse() : BUILDS) {
        const worker = workers.get(label)!;
        const popup = await timeToMark(context, urlOf(label, '/popup.html'), TODAY_SHOWN_MARK, { window: POPUP_WINDOW, worker });
        // Each page is left to finish what it does after its figure (the popup's other views read
        // the database once Today is shown) before it closes: the next figure starts from a quiet browser.
        await popup.page.waitForTimeout(SETTLE_MS);
        await popup.page.close();
        const panel = await timeToMark(context, urlOf(label, `/sidepanel.html?tabId=${tabId}`), DRAFTS_SHOWN_MARK, {
          window: PANEL_WINDOW,
          worker,
        });
        await panel.page.waitForTimeout(SETTLE_MS);
        await panel.page.close();
        if (run === 0) continue;
        record(`popup: open → Today  ${label}`, popup.ms);
        record(`side panel: open → draft  ${label}`, panel.ms);
      }
    }
    const [first, second] = BUILDS.map(([label]) => label);
    for (const figure of ['popup: open → Today', 'side panel: open → draft']) {
      const a = figures.get(`${figure}  ${first}`)!;
      const b = figures.get(`${figure}  ${second}`)!;
      const wins = a.filter((ms, index) => ms < b[index]!).length;
      console.log(
        `${figure}: ${first} ${summarise(a).median.toFixed(0)} ms, ${second} ${summarise(b).median.toFixed(0)} ms (median of ${a.length}); ${first} was faster in ${wins} of ${a.length} pairs`,
      );
    }
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
});
